import CCmarkGFM
import Outline
import SafeHTML

/// Reads a document's `DocumentBlock`s from cmark's tree in one walk.
///
/// Runs inside `CmarkLibrary.render`, after headings lost their `{#id}` and before they are
/// replaced by their HTML; borrows the tree and keeps nothing of it.
struct BlockReader {
    private let headingIDs: [String]
    private let footnoteLabels: [String]
    private let unsafeHTML: Bool

    private var blocks: [DocumentBlock] = []
    /// Where each of `blocks` starts: line and byte column in the parsed text.
    private var starts: [(line: Int, column: Int)] = []
    /// Links and images in the order they start; a link is filled in as its content is read.
    private var links: [ParsedLink] = []
    /// The links being read (indices in `links`), innermost last (cmark does not nest links).
    private var openLinks: [Int] = []
    /// The blocks whose inlines are read (paragraphs, headings, table rows), for placing links.
    private var inlineBlocks: [InlineBlock] = []
    /// What is known of the open block's inlines read so far: see `InlineCursor`.
    private var cursor = InlineCursor()
    private var containers = NestingPath<BlockContainer>()
    /// Block quotes open, all of them (`containers` keeps 100 levels).
    private var quoteDepth = 0
    private var sectionID: String?
    private var headingsSeen = 0
    private var footnotesSeen = 0
    /// A list item or footnote definition entered whose first paragraph may still become it.
    private var pendingStart: DocumentBlock.Kind?
    private var pendingStartPosition = (line: 0, column: 0)
    /// The block being read (paragraph, heading, table row) and its fields so far.
    private var open: (kind: DocumentBlock.Kind, fields: [[InlineSpan]], start: (line: Int, column: Int))?
    private var alignments: [DocumentBlock.ColumnAlignment] = []
    private var marks = NestingPath<InlineMark>()
    /// The length of the paths of every span and block made so far (what reading them back
    /// costs), and of the distinct arrays among them (the memory they take), held to `budget`.
    private var weight = 0
    private var distinctWeight = 0
    /// The arrays held so far (every one is alive, held by a span or block, so no address is
    /// used twice).
    private var heldArrays: Set<UnsafeRawPointer> = []
    private let budget: Budget
    private var nesting = Nesting()
    /// Blocks whose container at a depth starts anew right after one like it (two lists with
    /// different bullets, two quotes a blank line apart), which the blocks alone would join:
    /// block index to that depth, for the document's HTML.
    private var restarts: [Int: Int] = [:]
    /// Text read but not yet a span, and its formatting: cmark splits text wherever a
    /// delimiter might have started something, and the pieces are joined here, in place (a
    /// long paragraph has thousands of them).
    private var pendingText = ""
    private var pendingMarks: [InlineMark] = []
    /// Inside an image, whose content only becomes its alt text; nested images count.
    private var image: (source: String, title: String, alt: String, depth: Int)?

    /// Where the text nests deeper than the blocks keep, and where it passed its budget.
    struct Nesting {
        /// The first node nested deeper than `NestingPath.deepest`.
        var tooDeep: (line: Int, column: Int)?
        /// The block at which the paths of spans and blocks made added up to more than the
        /// budget; the spans and blocks after it hold no path.
        var overBudget: (line: Int, column: Int)?
    }

    /// What the spans and blocks of a text may hold in all: 16 levels per byte of the text
    /// read back, and one level per two bytes in arrays of their own. Real texts hold far
    /// fewer (a list item three deep holds three, shared with its siblings, for its ten
    /// bytes or more); a run of `**b**` inside 99 levels of emphasis, a new array of 100 per
    /// six bytes.
    struct Budget {
        var levels: Int
        var distinctLevels: Int

        init(bytes: Int) {
            levels = 16 * bytes + 1_048_576
            distinctLevels = bytes / 2 + 65_536
        }
    }

    /// `headingIDs` name the headings in document order; `footnoteLabels` the footnotes by number.
    static func read(_ document: OpaquePointer, headingIDs: [String], footnoteLabels: [String], unsafeHTML: Bool,
                     budget: Budget)
        -> (blocks: [DocumentBlock], starts: [(line: Int, column: Int)], links: ParsedLinks, nesting: Nesting,
            restarts: [Int: Int]) {
        var reader = BlockReader(headingIDs: headingIDs, footnoteLabels: footnoteLabels, unsafeHTML: unsafeHTML,
                                 budget: budget)
        guard let iterator = cmark_iter_new(document) else { fatalError("cmark-gfm: out of memory") }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER { reader.enter(node) } else if event == CMARK_EVENT_EXIT { reader.exit(node) }
        }
        precondition(reader.headingsSeen == headingIDs.count, "one id per heading")
        return (reader.blocks, reader.starts, ParsedLinks(links: reader.links, blocks: reader.inlineBlocks),
                reader.nesting, reader.restarts)
    }

    private init(headingIDs: [String], footnoteLabels: [String], unsafeHTML: Bool, budget: Budget) {
        self.headingIDs = headingIDs
        self.footnoteLabels = footnoteLabels
        self.unsafeHTML = unsafeHTML
        self.budget = budget
    }

    /// Enters a container or mark of `node`, noting the first one beyond the depth kept.
    private mutating func enter(_ container: BlockContainer, at node: OpaquePointer) {
        if !containers.enter(container), nesting.tooDeep == nil { nesting.tooDeep = start(of: node) }
    }

    private mutating func enter(_ mark: InlineMark, at node: OpaquePointer) {
        if !marks.enter(mark), nesting.tooDeep == nil { nesting.tooDeep = start(of: node) }
    }

    /// The path a span or block made now holds, counted against the budget, and once more
    /// the first time its array is held.
    private mutating func counted<Element>(_ path: [Element], at position: (line: Int, column: Int)) -> [Element] {
        guard nesting.overBudget == nil else { return [] }
        weight += path.count
        if let array = path.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }),
           heldArrays.insert(array).inserted {
            distinctWeight += path.count
        }
        if weight > budget.levels || distinctWeight > budget.distinctLevels {
            nesting.overBudget = position
            return []
        }
        return path
    }

    private mutating func enter(_ node: OpaquePointer) {
        if image != nil {
            enterInsideImage(node)
            return
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT:
            break
        case CMARK_NODE_BLOCK_QUOTE:
            flushPendingStart()
            noteRestart(node)
            quoteDepth += 1
            enter(.blockQuote, at: node)
        case CMARK_NODE_LIST:
            flushPendingStart()
            noteRestart(node)
            let start = Int(cmark_node_get_list_start(node))
            let numbering: ListStyle.Numbering = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                ? .ordered(start: start) : .bullet
            enter(.list(ListStyle(numbering: numbering, isTight: cmark_node_get_list_tight(node) != 0)), at: node)
        case CMARK_NODE_ITEM:
            flushPendingStart()
            var task: DocumentBlock.TaskState?
            if typeString(of: node) == "tasklist" {
                task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? .checked : .unchecked
            }
            pendingStart = .listItem(task: task)
            pendingStartPosition = start(of: node)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            flushPendingStart()
            let number = footnotesSeen
            footnotesSeen += 1
            enter(.footnotes, at: node)
            pendingStart = .footnoteDefinition(label: footnoteLabels.indices.contains(number)
                                               ? footnoteLabels[number] : String(number + 1))
            pendingStartPosition = start(of: node)
        case CMARK_NODE_PARAGRAPH:
            // Only a list item's or footnote's first child can still be pending here.
            let kind = pendingStart ?? .paragraph
            pendingStart = nil
            open = (kind, [[]], start(of: node))
            openInlineBlock(node)
        case CMARK_NODE_HEADING:
            flushPendingStart()
            let id = headingIDs[headingsSeen]
            headingsSeen += 1
            sectionID = id
            open = (.heading(level: Int(cmark_node_get_heading_level(node)), id: id), [[]], start(of: node))
            openInlineBlock(node)
        case CMARK_NODE_CODE_BLOCK:
            flushPendingStart()
            emit(.codeBlock(info: string(cmark_node_get_fence_info(node))),
                 fields: [[InlineSpan(.text(string(cmark_node_get_literal(node))))]], at: start(of: node))
        case CMARK_NODE_HTML_BLOCK:
            flushPendingStart()
            emit(.htmlBlock(string(cmark_node_get_literal(node))), fields: [], at: start(of: node))
        case CMARK_NODE_THEMATIC_BREAK:
            flushPendingStart()
            emit(.thematicBreak, fields: [], at: start(of: node))
        case CMARK_NODE_TEXT:
            let literal = string(cmark_node_get_literal(node))
            for index in openLinks { links[index].text += literal }
            pass(node, through: .start)
            append(.text(literal))
        case CMARK_NODE_CODE:
            let literal = string(cmark_node_get_literal(node))
            for index in openLinks { links[index].text += literal }
            pass(node, through: .end)
            append(.code(literal))
        case CMARK_NODE_SOFTBREAK:
            cursor.passBreak(isHard: false)
            append(.softBreak)
        case CMARK_NODE_LINEBREAK:
            cursor.passBreak(isHard: true)
            append(.hardBreak)
        case CMARK_NODE_HTML_INLINE:
            pass(node, through: .end)
            append(.html(string(cmark_node_get_literal(node))))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            // cmark has replaced the reference's label by the footnote's number.
            let number = string(cmark_node_get_literal(node))
            let label = Int(number).flatMap { footnoteLabels.indices.contains($0 - 1) ? footnoteLabels[$0 - 1] : nil }
            pass(node, through: .start)
            append(.footnoteReference(label: label ?? number))
        case CMARK_NODE_EMPH:
            pass(node, through: .start)
            enter(.emphasis, at: node)
        case CMARK_NODE_STRONG:
            pass(node, through: .start)
            enter(.strong, at: node)
        case CMARK_NODE_LINK:
            let url = string(cmark_node_get_url(node))
            let link = parsedLink(node, destination: url, isImage: false)
            openLinks.append(links.count)
            links.append(link)
            enter(.link(destination: SafeURL.destination(url, unsafeHTML: unsafeHTML),
                        title: string(cmark_node_get_title(node))), at: node)
        case CMARK_NODE_IMAGE:
            let url = string(cmark_node_get_url(node))
            let link = parsedLink(node, destination: url, isImage: true)
            links.append(link)
            pass(node, through: .end)
            image = (SafeURL.destination(url, unsafeHTML: unsafeHTML), string(cmark_node_get_title(node)), "", 1)
        default:
            enterExtension(node)
        }
    }

    /// A list or quote right after one of its kind starts anew with the next block.
    private mutating func noteRestart(_ node: OpaquePointer) {
        guard let previous = cmark_node_previous(node), cmark_node_get_type(previous) == cmark_node_get_type(node) else { return }
        let depth = containers.current.count
        restarts[blocks.count] = min(restarts[blocks.count] ?? depth, depth)
    }

    /// Table parts and strikethrough, which the GFM extensions add and name.
    private mutating func enterExtension(_ node: OpaquePointer) {
        switch typeString(of: node) {
        case "table":
            flushPendingStart()
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            let raw = cmark_gfm_extensions_get_table_alignments(node)
            alignments = (0..<columns).map { column in
                switch raw?[column] {
                case UInt8(ascii: "l"): .left
                case UInt8(ascii: "c"): .center
                case UInt8(ascii: "r"): .right
                default: .none
                }
            }
        case "table_header", "table_row":
            let isHeader = typeString(of: node) == "table_header" || cmark_gfm_extensions_get_table_row_is_header(node) != 0
            open = (.tableRow(isHeader: isHeader, alignments: alignments), [], start(of: node))
            openInlineBlock(node)
        case "table_cell":
            flushText()
            open?.fields.append([])
        case "strikethrough":
            pass(node, through: .start)
            enter(.strikethrough, at: node)
        default:
            break
        }
    }

    private mutating func exit(_ node: OpaquePointer) {
        if var current = image {
            // Leaf nodes have no exit event: only containers inside the image come here.
            if cmark_node_get_type(node) == CMARK_NODE_IMAGE { current.depth -= 1 }
            if current.depth > 0 {
                image = current
            } else {
                image = nil
                append(.image(InlineImage(source: current.source, title: current.title, alt: current.alt)))
            }
            return
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_FOOTNOTE_DEFINITION:
            flushPendingStart()
            if cmark_node_get_type(node) == CMARK_NODE_BLOCK_QUOTE { quoteDepth -= 1 }
            containers.leave()
        case CMARK_NODE_ITEM:
            flushPendingStart()
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
            closeInlineBlock(node)
            closeOpenBlock()
        case CMARK_NODE_LINK:
            marks.leave()
            openLinks.removeLast()
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            marks.leave()
        default:
            switch typeString(of: node) {
            case "table_header", "table_row": closeOpenBlock()
            case "strikethrough": marks.leave()
            default: break
            }
        }
    }

    /// cmark writes an image's alt as the plain text of its content, breaks as spaces.
    private mutating func enterInsideImage(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            let literal = string(cmark_node_get_literal(node))
            image?.alt += literal
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            cursor.passBreak(isHard: cmark_node_get_type(node) == CMARK_NODE_LINEBREAK)
            image?.alt += " "
        case CMARK_NODE_IMAGE:
            image?.depth += 1
        default:
            break
        }
    }

    /// Adds a span to the open field; text joins the text before it when its formatting is
    /// the same.
    private mutating func append(_ content: InlineSpan.Content) {
        guard open != nil, !open!.fields.isEmpty else { return }
        if case .text(let added) = content {
            if !pendingText.isEmpty && pendingMarks != marks.current { flushText() }
            pendingText += added
            pendingMarks = marks.current
        } else {
            flushText()
            let held = counted(marks.current, at: open!.start)
            open!.fields[open!.fields.count - 1].append(InlineSpan(content, marks: held))
        }
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty, open != nil, !open!.fields.isEmpty else { return }
        let held = counted(pendingMarks, at: open!.start)
        open!.fields[open!.fields.count - 1].append(InlineSpan(.text(pendingText), marks: held))
        pendingText = ""
    }

    private mutating func closeOpenBlock() {
        flushText()
        guard let block = open else { return }
        open = nil
        emit(block.kind, fields: block.fields, at: block.start)
    }

    /// A list item or footnote that did not start with a paragraph still starts here, empty.
    private mutating func flushPendingStart() {
        guard let kind = pendingStart else { return }
        pendingStart = nil
        emit(kind, fields: [[]], at: pendingStartPosition)
    }

    private mutating func emit(_ kind: DocumentBlock.Kind, fields: [[InlineSpan]], at start: (line: Int, column: Int)) {
        let held = counted(containers.current, at: start)
        blocks.append(DocumentBlock(kind: kind, containers: held, sectionID: sectionID, fields: fields))
        starts.append(start)
    }

    /// A paragraph, heading or table row whose inlines come next.
    private mutating func openInlineBlock(_ node: OpaquePointer) {
        let start = start(of: node)
        var first = start
        if start.line == 0, let table = cmark_node_next(node), cmark_node_get_start_line(table) > 0 {
            first = self.start(of: table)
            open?.start = first
        }
        inlineBlocks.append(InlineBlock(start: start, first: first, end: first.line,
                                        quoteDepth: quoteDepth))
        cursor = InlineCursor(start: start)
    }

    /// cmark numbers a paragraph's inlines from its first line, also when link reference
    /// definitions took its first lines: the lines it has and the lines its inlines reach
    /// tell how many it lost. (A setext heading's last line is its underline.)
    private mutating func closeInlineBlock(_ node: OpaquePointer) {
        guard !inlineBlocks.isEmpty else { return }
        let index = inlineBlocks.count - 1
        let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
        if first == 0 {
            // Read again before a table: its lines are counted from 0.
            inlineBlocks[index].end = inlineBlocks[index].first.line + cursor.line + cursor.uncountedBreaks
            return
        }
        guard last >= first else { return }
        inlineBlocks[index].end = last
        let underline = cmark_node_get_type(node) == CMARK_NODE_HEADING && last > first ? 1 : 0
        inlineBlocks[index].removedLines = max(last - underline - cursor.line - cursor.uncountedBreaks, 0)
    }

    /// A link or image starting at `node`, with what is known of the inlines before it.
    private mutating func parsedLink(_ node: OpaquePointer, destination: String, isImage: Bool) -> ParsedLink {
        var start = start(of: node)
        let end = (line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)))
        // cmark gives a link the line where it ends and the column where it starts: a link
        // whose text goes over lines starts on the line of its content's first inline.
        if var child = cmark_node_first_child(node) {
            while cmark_node_get_start_line(child) == 0, let next = cmark_node_next(child) { child = next }
            let line = Int(cmark_node_get_start_line(child))
            if line > 0 && line < start.line { start.line = line }
        }
        let link = ParsedLink(destination: destination, text: "", isImage: isImage, start: start, end: end,
                              after: cursor.place, block: max(inlineBlocks.count - 1, 0))
        if openLinks.isEmpty { cursor.reach(line: end.line) }
        return link
    }

    /// Moves the cursor past an inline outside links (inside one, positions are not trusted:
    /// an autolink's may be off, and a link is placed by `ParsedPositions` anyway).
    private mutating func pass(_ node: OpaquePointer, through edge: InlineCursor.End) {
        guard openLinks.isEmpty else { return }
        cursor.pass(start: start(of: node),
                    end: (Int(cmark_node_get_end_line(node)), Int(cmark_node_get_end_column(node))), through: edge)
    }

    private func start(of node: OpaquePointer) -> (line: Int, column: Int) {
        (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    private func typeString(of node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
