import CCmarkGFM
import Config
import Outline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one parse-and-render hands back: Swift values only.
struct CmarkOutput: Sendable {
    /// cmark's HTML, only for a text whose blocks do not keep all of it (nested deeper than
    /// `NestingPath.deepest`, or past the reader's budget): its task boxes and cell alignments
    /// are rewritten after the lock is released (`MarkdownRenderer`). Any other text's HTML is
    /// written from its blocks (`BlockHTMLWriter`), outside the lock.
    var html: String?
    var headings: [ParsedHeading]
    /// The id of each heading, as `assignIDs` named them.
    var ids: [String]
    /// Ids cmark gives footnotes (`fn-label`, `fnref-label`), which headings must not take.
    var footnoteIDs: Set<String>
    var blocks: [DocumentBlock]
    /// Where each block starts in the parsed text (line, byte column).
    var blockStarts: [(line: Int, column: Int)]
    var links: ParsedLinks
    /// References that could not be inserted.
    var variableProblems: [VariablePlaceholders.Entry]
    /// `html: safe`: the raw HTML that `html` holds markers for, in order.
    var rawHTML: [RawHTML]
    /// `html: trusted`: the raw HTML that may hold `@/` site links, as written (not marked).
    var trustedHTML: [RawHTML] = []
    /// Where the blocks stopped keeping the text's nesting.
    var nesting: BlockReader.Nesting
    /// Where a container starts anew that the blocks would join (`BlockReader`).
    var restarts: [Int: Int] = [:]
    /// Where the text passed a limit of `NodeBudget`; then nothing else was read or rendered.
    var overBudget: NodeBudget.Excess? = nil

    /// A text refused by `NodeBudget`: nothing of it is made.
    static func refused(_ excess: NodeBudget.Excess) -> Self {
        CmarkOutput(html: "", headings: [], ids: [], footnoteIDs: [], blocks: [], blockStarts: [],
                    links: ParsedLinks(), variableProblems: [], rawHTML: [], nesting: BlockReader.Nesting(),
                    overBudget: excess)
    }
}

/// One text's C objects: the parser and the tree it finished, made inside the lock
/// (`CmarkLibrary.parse`) and read outside it (`read`). Parsing is what changes cmark-gfm's
/// process-wide state (the table of inline special characters, while `cmark_parser_feed` and
/// `cmark_parser_finish` parse inlines); a finished tree is memory of its own, which only the
/// thread holding this value reaches. Not copyable: the tree and the parser are freed once,
/// when it ends (tree first), and no pointer leaves it.
struct CmarkTree: ~Copyable {
    fileprivate let parser: OpaquePointer
    fileprivate let document: OpaquePointer
    fileprivate let unsafeHTML: Bool

    deinit {
        cmark_node_free(document)
        cmark_parser_free(parser)
    }
}

extension CmarkLibrary {
    /// cmark-gfm's parse of `placeholders.text`: the only part of a text that needs the lock.
    borrowing func parse(_ placeholders: VariablePlaceholders, html mode: HTMLMode) -> CmarkTree {
        let unsafeHTML = mode == .trusted
        // Source positions make cmark count the lines inside code spans and inline HTML;
        // they are not rendered (the render options do not have them).
        guard let parser = cmark_parser_new(Self.options(unsafeHTML: unsafeHTML) | CMARK_OPT_SOURCEPOS) else {
            fatalError("cmark-gfm could not create a parser")
        }
        for name in Self.extensionNames {
            // A missing extension would silently publish wrong HTML; it means a broken install.
            guard let extensionPointer = cmark_find_syntax_extension(name),
                  cmark_parser_attach_syntax_extension(parser, extensionPointer) != 0 else {
                fatalError("cmark-gfm has no usable '\(name)' extension")
            }
        }
        var text = placeholders.text
        text.withUTF8 { bytes in
            // The UTF-8 byte count, not strlen: the text is not NUL-terminated here.
            guard let base = bytes.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
        }
        guard let document = cmark_parser_finish(parser) else { fatalError("cmark-gfm returned no document") }
        return CmarkTree(parser: parser, document: document, unsafeHTML: unsafeHTML)
    }
}

extension CmarkTree {
    /// Gives each heading the id `assignIDs` names for it (knowing the ids footnotes take),
    /// reads the blocks, and renders HTML when the blocks cannot; outside the lock.
    consuming func read(_ placeholders: VariablePlaceholders, variables: VariableTree, html mode: HTMLMode,
                        assignIDs: ([ParsedHeading], Set<String>) -> [String]) -> CmarkOutput {
        let document = self.document
        let unsafeHTML = self.unsafeHTML
        let options = CmarkLibrary.options(unsafeHTML: unsafeHTML)
        if let excess = NodeBudget.exceeded(in: document) { return .refused(excess) }

        // The extensions list belongs to the parser, which is alive until this value ends.
        let extensions = cmark_parser_get_syntax_extensions(parser)

        // Values first: heading ids are made from the text after variables.
        let variableProblems = VariableNodes.substitute(in: document, placeholders, variables: variables)

        // The walk only collects; the tree is changed after it, as cmark's iterator requires.
        let headingNodes = HeadingNodes.all(in: document)
        let headings = headingNodes.map(HeadingNodes.prepare)
        let footnoteLabels = FootnoteLabels.inOrder(in: document, options: options, extensions: extensions)
        let footnoteIDs = FootnoteIDs.taken(in: document, labels: footnoteLabels)
        let ids = assignIDs(headings, footnoteIDs)
        precondition(ids.count == headings.count, "one id per heading")
        // Read while the headings are still cmark's nodes, without their `{#id}`.
        let read = BlockReader.read(document, headingIDs: ids, footnoteLabels: footnoteLabels,
                                    unsafeHTML: unsafeHTML, budget: BlockReader.Budget(bytes: placeholders.text.utf8.count))

        // Before the headings are rendered: a heading's own tags are put back with the rest.
        let mayHoldHTML = mode == .safe && placeholders.text[...].firstRange(ofBytes: "<") != nil
        let rawHTML = mayHoldHTML ? RawHTMLNodes.mark(in: document) : []
        // Trusted HTML is published as written; only its site links are wanted of it (PG200).
        let trustedHTML = mode == .trusted && placeholders.text[...].firstRange(ofBytes: "@/") != nil
            ? RawHTMLNodes.pieces(in: document) : []
        var html: String?
        if read.nesting.tooDeep != nil || read.nesting.overBudget != nil {
            let renderOptions = rawHTML.isEmpty ? options : options | CMARK_OPT_UNSAFE
            for (node, id) in zip(headingNodes, ids) {
                HeadingNodes.replace(node, withID: id, options: renderOptions, extensions: extensions)
            }
            html = CmarkLibrary.html(of: document, options: renderOptions, extensions: extensions)
        }
        return CmarkOutput(html: html,
                           headings: headings, ids: ids, footnoteIDs: footnoteIDs, blocks: read.blocks,
                           blockStarts: read.starts, links: read.links, variableProblems: variableProblems,
                           rawHTML: rawHTML, trustedHTML: trustedHTML, nesting: read.nesting, restarts: read.restarts)
    }

}

extension CmarkLibrary {
    /// cmark's HTML for `node` and everything in it.
    static func html(of node: OpaquePointer, options: Int32,
                     extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let buffer = cmark_render_html(node, options, extensions) else {
            fatalError("cmark-gfm could not render HTML")
        }
        // cmark allocates the buffer with the default allocator (malloc); the caller frees it.
        defer { free(buffer) }
        return String(cString: buffer)
    }
}
