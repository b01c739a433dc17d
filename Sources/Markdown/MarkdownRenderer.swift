import BlockHTML
import Config
import Diagnostics
import Outline
import SafeHTML

/// Markdown bodies to HTML: CommonMark + GFM through cmark-gfm, headings with ids, and the
/// table of contents.
public enum MarkdownRenderer {
    public static func render(_ source: MarkdownSource,
                              options: MarkdownOptions) -> (document: RenderedDocument, diagnostics: [Diagnostic]) {
        if let excess = NodeBudget.tooManyReferences(in: source.text) {
            let positions = ParsedPositions(VariablePlaceholders(asWritten: source.text), firstLine: source.firstLine)
            return refused(excess, positions: positions, source: source, options: options)
        }
        let placeholders = VariablePlaceholders(source.text)
        let output = NodeBudget.exceededBeforeParse(in: placeholders.text).map(CmarkOutput.refused)
            // Only the parse holds cmark-gfm's lock; its tree is read here, beside other texts' parses.
            ?? CmarkLibrary.shared.withLock { $0.parse(placeholders, html: options.html) }
                .read(placeholders, variables: source.variables, html: options.html) { headings, footnoteIDs in
                    HeadingIDs.assign(headings.map { (text: $0.text, customID: $0.customID) }, reserved: footnoteIDs)
                }
        let headings = zip(output.headings, output.ids).map { heading, id in
            OutlineHeading(level: heading.level, text: heading.text, id: id, isCustomID: heading.customID != nil)
        }
        let positions = ParsedPositions(placeholders, firstLine: source.firstLine)
        if let excess = output.overBudget { return refused(excess, positions: positions, source: source, options: options) }
        let links = positions.links(output.links)
        // Outside the lock: the blocks are Swift values.
        var rendered = output.html ?? BlockHTMLWriter.document(
            output.blocks, restarts: output.restarts,
            raw: output.rawHTML.isEmpty ? .shown(options.html) : .marked(RawHTMLNodes.marker),
            capacity: source.text.utf8.count * 5 / 4)
        var blocks = output.blocks
        var authored: AuthoredHTML?
        if !output.rawHTML.isEmpty {
            // Outside the lock: libxml2 has nothing to do with cmark's state.
            let sanitized = AuthoredHTML(rendered: rendered, raw: output.rawHTML,
                                         reservedIDs: Set(output.ids).union(output.footnoteIDs), positions: positions)
            rendered = sanitized.html
            blocks = InlineHTMLMarks.apply(zip(output.rawHTML, sanitized.tags).filter { !$0.0.isBlock }.map(\.1), to: blocks)
            authored = sanitized
        }
        // Only cmark's HTML of a text nested too deep for its blocks needs its boxes and alignments rewritten.
        var html = output.html == nil ? rendered : CellAlignment.classes(in: TaskCheckbox.named(in: rendered, blocks: output.blocks))
        if let rootLinks = options.rootLinks { html = RootLinkHTML.publishing(html, rootLinks) }
        let document = RenderedDocument(
            html: html, headings: headings,
            tableOfContents: TableOfContents(headings: headings, maxLevel: options.tocDepth),
            blocks: blocks,
            blockStarts: positions.points(output.blockStarts),
            links: links.sorted { ($0.start.line, $0.start.column) < ($1.start.line, $1.start.column) },
            htmlSiteLinks: HTMLSiteLinks.find(in: output.rawHTML + output.trustedHTML,
                                             html: output.rawHTML.isEmpty ? .asWritten : .sanitized, positions: positions),
            removedHTML: authored?.removed ?? [], htmlIDs: authored?.ids ?? [])
        // At most `DiagnosticCap.perCode` of one code are made: ten MiB of `{{ ` are millions.
        var cap = DiagnosticCap()
        var variableProblems: [Diagnostic] = []
        for entry in output.variableProblems {
            switch entry {
            case .reference(let occurrence, let path):
                guard cap.admits(.undefinedVariable, .error, at: location(of: occurrence, in: source)) else { continue }
                variableProblems.append(VariableProblem.unresolved(path, source.variables.lookup(path),
                                                                   at: location(of: occurrence, in: source)))
            case .malformed(let occurrence):
                guard cap.admits(.malformedVariable, .error, at: location(of: occurrence, in: source)) else { continue }
                variableProblems.append(VariableProblem.malformed(occurrence, at: location(of: occurrence, in: source)))
            case .literal:
                break
            }
        }
        let others = HeadingDiagnostics.check(output.headings, footnoteIDs: output.footnoteIDs, in: source)
            + NestingDiagnostics.check(output.nesting, positions: positions, path: source.path)
        return (document, variableProblems + cap.leftOut + DiagnosticCap.capped(others))
    }

    /// A text refused by a limit of `NodeBudget`: nothing of it is made.
    private static func refused(_ excess: NodeBudget.Excess, positions: ParsedPositions, source: MarkdownSource,
                                options: MarkdownOptions) -> (document: RenderedDocument, diagnostics: [Diagnostic]) {
        (RenderedDocument(html: "", headings: [], tableOfContents: TableOfContents(headings: [], maxLevel: options.tocDepth),
                          blocks: [], blockStarts: [], links: [], removedHTML: [], htmlIDs: []),
         [NodeBudgetDiagnostic.refusal(excess, positions: positions, path: source.path)])
    }

    private static func location(of occurrence: VariableReferences.Occurrence, in source: MarkdownSource) -> SourceLocation {
        SourceLocation(path: source.path, line: source.firstLine + occurrence.line - 1, column: occurrence.column)
    }
}
