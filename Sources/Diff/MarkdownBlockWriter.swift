import Outline

/// Writes blocks as Markdown lines, opening and closing their containers as they come: block
/// quotes (`> `), list items (`- `, `3. `, later lines indented to the marker's width), and
/// footnote definitions (`[^label]: `, later lines indented four spaces); consecutive rows
/// form a GFM table.
///
/// Blocks are separated by a blank line, except in a tight list, where one would make the
/// list loose, and between rows of one table. An item that does not begin with a paragraph
/// takes the block it begins with on its marker's line (`- - nested`, `- > quote`).
struct MarkdownBlockWriter {
    private struct OpenContainer {
        var container: BlockContainer
        /// What each line inside it starts with after the first: `> `, or an item's indentation.
        var continuation: String
        /// The number the next item of an ordered list shows.
        var next: Int
    }

    private var lines: [String] = []
    private var open: [OpenContainer] = []
    private var table: (containers: [BlockContainer], inBody: Bool)?
    /// The line start of an item whose first block is still to come, one piece per container.
    private var pendingItem: [String]?
    /// The containers of the block written last.
    private var previousPath: [BlockContainer] = []
    private var started = false
    /// The last block was wrapped in `<ins>`/`<del>` lines, raw HTML that only a blank line ends.
    private var afterWrapper = false

    /// Writes `block`. `fields` holds its inline content, changes marked; a code block,
    /// thematic break or raw HTML, which have no words to mark, is wrapped whole in
    /// `<ins>`/`<del>` as `whole` says.
    mutating func write(_ block: DocumentBlock, fields: [[MarkdownInline.Piece]], whole: TokenRun.Operation = .equal) {
        let path = block.containers
        var keep = 0
        while keep < min(path.count, open.count), path[keep].continues(open[keep].container) { keep += 1 }
        let isRow = Self.isRow(block)
        let continuesTable = isRow && table.map { $0.containers == path && keep == path.count && !(Self.isHeaderRow(block) && $0.inBody) } ?? false
        let startsItem = Self.startsItem(block)

        // Does the block go on the marker line of an item it begins?
        var merged: [String]?
        if let pending = pendingItem {
            let itemDepth = pending.count - 1
            let inItem = keep > itemDepth && !(startsItem && path.count == itemDepth + 1)
            if inItem { merged = pending } else { lines.append(pending.joined().trimmingTrailingSpaces) }
            pendingItem = nil
        }
        let wraps = whole != .equal
        if started, merged == nil, !continuesTable {
            let shared = open[..<keep]
            // A wrapper's opening line cannot interrupt a paragraph, and its closing line takes
            // every line up to a blank one: around a wrapped block even a tight list has blank lines.
            // Two lists a redline joins may differ: tight only when both blocks' lists are.
            let tight = !wraps && !afterWrapper && table == nil && !isRow && keep > 0
                && path[keep - 1].isTightList && previousPath[keep - 1].isTightList
            if !tight { lines.append(shared.map(\.continuation).joined().trimmingTrailingSpaces) }
        }
        started = true
        previousPath = path
        open.removeSubrange(keep...)
        if !continuesTable { table = nil }

        // The line start of each container: a marker where an item begins, else its continuation.
        var leads: [String] = []
        for (depth, container) in path.enumerated() {
            let beginsItem = depth >= keep || (depth == path.count - 1 && startsItem)
            if depth >= keep { open.append(Self.opened(container)) }
            switch container {
            case .blockQuote:
                leads.append("> ")
            case .list:
                guard beginsItem else { leads.append(open[depth].continuation); continue }
                // Bullets change with depth, so that items that begin with an item (`- * +`)
                // never read as a thematic break (`- - -`).
                let bullet = ["- ", "* ", "+ "][(path[...depth].count(where: \.isList) - 1) % 3]
                let marker = open[depth].container.isOrderedList ? "\(open[depth].next). " : bullet
                open[depth].next += 1
                open[depth].continuation = String(repeating: " ", count: marker.count)
                leads.append(marker)
            case .footnotes:
                guard beginsItem, case .footnoteDefinition(let label) = block.kind else {
                    leads.append(open[depth].continuation)
                    continue
                }
                leads.append("[^" + MarkdownEscaping.label(label) + "]: ")
            }
        }
        if let merged { leads.replaceSubrange(0..<merged.count, with: merged) }
        let continuation = open.map(\.continuation).joined()

        let content = self.content(of: block, fields: fields, startsTable: isRow && !continuesTable)
        guard let content else {
            // An item that begins with another block: its marker waits for it.
            pendingItem = leads
            return
        }
        let wrapped = !wraps ? content
            : [whole == .inserted ? "<ins>" : "<del>", ""] + content + ["", whole == .inserted ? "</ins>" : "</del>"]
        afterWrapper = wraps
        for (index, line) in wrapped.enumerated() {
            let lead = index == 0 ? leads.joined() : continuation
            lines.append(line.isEmpty ? lead.trimmingTrailingSpaces : lead + line)
        }
        if isRow { table = (path, (table?.inBody ?? false) || !Self.isHeaderRow(block)) }
    }

    /// The document so far, ending with a line break.
    mutating func finish() -> String {
        if let pending = pendingItem { lines.append(pending.joined().trimmingTrailingSpaces) }
        pendingItem = nil
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The block's lines without its containers' line starts; nil for an item or footnote
    /// that begins with another block.
    private func content(of block: DocumentBlock, fields: [[MarkdownInline.Piece]], startsTable: Bool) -> [String]? {
        let text = fields.first ?? []
        switch block.kind {
        case .heading(let level, _):
            let hashes = String(repeating: "#", count: level)
            let heading = MarkdownEscaping.headingEnd(MarkdownInline(singleLine: true).render(text))
            return [heading.isEmpty ? hashes : hashes + " " + heading]
        case .paragraph:
            return Self.split(MarkdownInline().render(text))
        case .listItem(let task):
            let box = task.map { $0 == .checked ? "[x] " : "[ ] " } ?? ""
            return text.isEmpty ? nil : Self.split(box + MarkdownInline().render(text))
        case .footnoteDefinition:
            return text.isEmpty ? nil : Self.split(MarkdownInline().render(text))
        case .tableRow(let isHeader, let alignments):
            let row = Self.row(fields.map { MarkdownInline(singleLine: true, inTable: true).render($0) })
            guard startsTable else { return [row] }
            let columns = max(fields.count, 1)
            let delimiters = (0..<columns).map { column in
                switch column < alignments.count ? alignments[column] : .none {
                case .none: "---"
                case .left: ":---"
                case .center: ":---:"
                case .right: "---:"
                }
            }
            // A table begins with its header row; one without (its header deleted in a
            // redline read this far) gets an empty one.
            let header = isHeader ? [row] : [Self.row(Array(repeating: "", count: columns)), ]
            return header + [Self.row(delimiters)] + (isHeader ? [] : [row])
        case .codeBlock(let info):
            let code = block.inlines.plainText
            let fence = MarkdownEscaping.codeFence(code: code, info: info)
            var body = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if body.last == "" { body.removeLast() }
            return [fence + Self.escapedInfo(info)] + body + [fence]
        case .thematicBreak:
            // Underscores: stars after a `* ` bullet would make the whole line one thematic break.
            return ["___"]
        case .htmlBlock(let html):
            var body = html.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if body.last == "" { body.removeLast() }
            return body
        }
    }

    private static func split(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func row(_ cells: [String]) -> String {
        "|" + cells.map { " " + $0 + " |" }.joined()
    }

    /// An info string as cmark reads it back: backslash escapes and entities are resolved there.
    private static func escapedInfo(_ info: String) -> String {
        info.reduce(into: "") { out, character in
            if character == "\\" || character == "&" { out += "\\" }
            out.append(character)
        }
    }

    private static func opened(_ container: BlockContainer) -> OpenContainer {
        switch container {
        case .blockQuote:
            OpenContainer(container: container, continuation: "> ", next: 1)
        case .list(let style):
            if case .ordered(let start) = style.numbering {
                OpenContainer(container: container, continuation: "", next: start)
            } else {
                OpenContainer(container: container, continuation: "", next: 1)
            }
        case .footnotes:
            OpenContainer(container: container, continuation: "    ", next: 1)
        }
    }

    private static func startsItem(_ block: DocumentBlock) -> Bool {
        switch (block.kind, block.containers.last) {
        case (.listItem, .list?), (.footnoteDefinition, .footnotes?): true
        default: false
        }
    }

    private static func isRow(_ block: DocumentBlock) -> Bool {
        if case .tableRow = block.kind { true } else { false }
    }

    private static func isHeaderRow(_ block: DocumentBlock) -> Bool {
        if case .tableRow(let isHeader, _) = block.kind { isHeader } else { false }
    }
}

extension BlockContainer {
    fileprivate var isOrderedList: Bool {
        if case .list(let style) = self { style.isOrdered } else { false }
    }

    fileprivate var isTightList: Bool {
        if case .list(let style) = self { style.isTight } else { false }
    }

    fileprivate var isList: Bool {
        if case .list = self { true } else { false }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while let last = text.last, last == " " { text.removeLast() }
        return text
    }
}
