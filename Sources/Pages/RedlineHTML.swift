import Config
import Diff
import Localization
import Markdown
import Outline

/// A redline as HTML: the new document with its formatting (lists stay lists, tables stay
/// tables), changed words inside `<ins>`/`<del>`, inserted and deleted blocks marked whole,
/// and each moved block shown at both places, linked. Every block that only the old version
/// has carries the class `pg-old`, so a page can hide them and show the plain new text.
/// Formatting changes are noted in words after the text they concern (`pg-note`), a block's
/// form changes after its text; cells of a column added or removed are marked as cells;
/// footnotes keep each version's numbers and their back-links.
struct RedlineHTML {
    /// Footnote numbers by label in the new and the old document.
    let newFootnotes: [String: Int]
    let oldFootnotes: [String: Int]
    let html: HTMLMode
    /// "Moved from above" / "moved below", already HTML.
    let movedHereLabel: String
    let movedAwayLabel: String
    /// How notes are worded: the page language's interface strings.
    var notes = RedlineNoteWording.english

    func render(_ redline: Redline) -> String {
        var writer = BlockWriter(html: html)
        var headingIDs = Set<String>()
        for entry in redline.blocks {
            if case .heading(_, let id)? = entry.new?.block.kind { headingIDs.insert(id) }
            headingIDs.formUnion(entry.new?.block.elementIDs ?? [])
        }
        // One writer of inline content for both versions' text, so that footnote references
        // are counted across the page, as their ids and the definitions' back-links need.
        var inline = InlineHTML(newFootnotes: newFootnotes, oldFootnotes: oldFootnotes, newHeadingIDs: headingIDs,
                                html: html)
        // Reused for the few blocks whose markup depends on whether their text is empty.
        var scratch = HTMLBytes()
        // The footnote whose definition is open, and the version it is shown from.
        var footnote: (label: String, fromOld: Bool)?
        // The number the last footnote showed: the list counts on from it.
        var lastFootnoteNumber = 0
        for (index, entry) in redline.blocks.enumerated() {
            let block = entry.block
            let isOld = entry.new == nil
            writer.place(block, isOld: isOld)
            writer.tightItemText = isTight(block) && { if case .listItem = block.kind { true } else { false } }()
            inline.isOldSide = isOld
            var value = ""
            if case .footnoteDefinition(let label) = block.kind {
                footnote = (label, isOld)
                // Each version's own number, whatever the other version's footnotes are: an
                // `<ol>` counts a deleted definition too, so the numbers it would get wrong are set.
                let number = (isOld ? oldFootnotes : newFootnotes)[label] ?? lastFootnoteNumber + 1
                if number != lastFootnoteNumber + 1 { value = " value=\"\(number)\"" }
                lastFootnoteNumber = number
            }
            if block.containers.first != .footnotes { footnote = nil }
            // A definition's back-links end its last paragraph, as cmark-gfm writes them.
            let next = index + 1 < redline.blocks.count ? redline.blocks[index + 1].block : nil
            let endsFootnote = next.map { next in
                if case .footnoteDefinition = next.kind { return true }
                return next.containers.first != .footnotes
            } ?? true
            let backLinks = endsFootnote ? footnote.map { inline.backLinks($0.label, fromOld: $0.fromOld) } ?? "" : ""
            element(entry, block, isOld: isOld, footnoteValue: value, backLinks: backLinks, inline: &inline,
                    into: &writer.html, scratch: &scratch)
        }
        writer.closeAll()
        return writer.html.string
    }

    /// One block's own element (its containers are placed by the writer), appended to `html`.
    /// Every field is rendered once, in order, as footnote references count their ids.
    private func element(_ entry: RedlineBlock, _ block: DocumentBlock, isOld: Bool, footnoteValue: String, backLinks: String,
                         inline: inout InlineHTML, into html: inout HTMLBytes, scratch: inout HTMLBytes) {
        var classes = ""
        var note = ""
        var operation = TokenRun.Operation.equal
        switch entry.change {
        case .unchanged, .changed: break
        case .inserted: classes = "pg-inserted"; operation = .inserted
        case .deleted: classes = "pg-deleted pg-old"; operation = .deleted
        case .moved(let move):
            classes = "pg-moved"
            note = "<span class=\"pg-move-note\" id=\"pg:moved-\(move.newIndex)\">\(movedHereLabel)</span> "
            if !move.edited { operation = .inserted }
        case .movedAway(let move):
            classes = "pg-moved-away pg-old"
            note = "<span class=\"pg-move-note\"><a href=\"#pg:moved-\(move.newIndex)\">\(movedAwayLabel)</a></span> "
            operation = .deleted
        }
        if !entry.form.isEmpty { classes = classes.isEmpty ? "pg-reformatted" : classes + " pg-reformatted" }
        // The content of each field: token changes where there are any, else the block's own spans.
        let fieldCount = entry.fields.isEmpty ? block.fields.count : entry.fields.count
        func renderField(_ index: Int, into html: inout HTMLBytes) {
            if entry.fields.isEmpty {
                inline.render(block.fields[index], as: operation, into: &html)
            } else {
                renderRuns(entry.fields[index], inline: &inline, into: &html)
            }
        }
        /// The note and the first field, as the block's text, with the notes of its form;
        /// then the fields no element shows.
        func renderFirst(into html: inout HTMLBytes) {
            html += note
            if fieldCount > 0 { renderField(0, into: &html) }
            if !entry.form.isEmpty { html += notes.html(entry.form.map(\.note)) }
            renderUnshown(from: 1)
        }
        /// The same, as a paragraph of its own, unless it makes nothing.
        func renderParagraph(into html: inout HTMLBytes) {
            scratch.removeAll()
            renderFirst(into: &scratch)
            guard !scratch.isEmpty else { return }
            html += "<p>"
            html += scratch
            html += "</p>\n"
        }
        func renderUnshown(from first: Int) {
            guard first < fieldCount else { return }
            var unshown = HTMLBytes()
            for index in first..<fieldCount { renderField(index, into: &unshown) }
        }
        let classAttribute = classes.isEmpty ? "" : " class=\"\(classes)\""

        switch block.kind {
        case .heading(let level, let id):
            // Only the new version's headings own their ids; an old one's is prefixed so links to it never clash.
            let anchor = isOld ? (entry.change == .deleted ? "pg:del-\(id)" : nil) : id
            let idAttribute = anchor.map { " id=\"\($0)\"" } ?? ""
            html += "<h\(level)\(idAttribute)\(classAttribute)>"
            renderFirst(into: &html)
            html += "</h\(level)>\n"
        case .paragraph:
            if isTight(block) {
                renderFirst(into: &html)
                html += "\n"
            } else {
                html += "<p\(classAttribute)>"
                renderFirst(into: &html)
                html += backLinks
                html += "</p>\n"
            }
        case .listItem(let task):
            html += "<li\(classAttribute)>"
            if let task { html += TaskCheckbox.html(task, label: block.plainText) }
            if isTight(block) {
                // cmark ends a tight item's text with a line break only when a block follows in it.
                renderFirst(into: &html)
            } else {
                html += "\n"
                renderParagraph(into: &html)
            }
        case .footnoteDefinition(let label):
            // An old definition owns an id only when the later document has no footnote of that label.
            let anchor = InlineHTML.footnoteAnchor(label, newFootnotes: newFootnotes)
            let idAttribute = isOld && newFootnotes[label] != nil ? "" : " id=\"\(anchor)\""
            html += "<li\(idAttribute)\(footnoteValue)\(classAttribute)>\n"
            scratch.removeAll()
            renderFirst(into: &scratch)
            scratch += backLinks
            guard !scratch.isEmpty else { break }
            html += "<p>"
            html += scratch
            html += "</p>\n"
        case .tableRow(let isHeader, let alignments):
            let cell = isHeader ? "th" : "td"
            html += "<tr\(classAttribute)>\n"
            for index in 0..<fieldCount {
                // A cell of a column added or removed is marked as such, in every row.
                let pair = index < entry.cells.count ? entry.cells[index] : CellPair(old: index, new: index)
                let column = pair.old == nil ? " class=\"pg-inserted pg-column-added\""
                    : pair.new == nil ? " class=\"pg-deleted pg-old pg-column-removed\"" : ""
                let position = pair.new ?? pair.old ?? index
                let alignment = position < alignments.count ? alignments[position] : .none
                html += "<\(cell)\(CellAlignment.attribute(alignment))\(column)>\(index == 0 ? note : "")"
                if pair.old == nil || pair.new == nil {
                    inline.isOldSide = isOld || pair.new == nil
                    defer { inline.isOldSide = isOld }
                    renderField(index, into: &html)
                    if isHeader { html += notes.html([RedlineNote(pair.old == nil ? "note_column_added" : "note_column_removed")]) }
                } else {
                    renderField(index, into: &html)
                }
                if index == 0, !entry.form.isEmpty { html += notes.html(entry.form.map(\.note)) }
                html += "</\(cell)>\n"
            }
            html += "</tr>\n"
        case .codeBlock(let info):
            let language = info.split(separator: " ").first.map { " class=\"language-\(HTMLText.escape(String($0)))\"" } ?? ""
            html += "<pre\(classAttribute)><code\(language)>"
            if fieldCount > 0 { renderField(0, into: &html) }
            renderUnshown(from: 1)
            html += "</code></pre>\n"
        case .thematicBreak:
            renderUnshown(from: 0)
            html += "<hr\(classAttribute) />\n"
        case .htmlBlock(let raw):
            renderUnshown(from: 0)
            let raw = self.html.shown(block: raw)
            // A raw block cannot be marked inside; a changed one is wrapped whole.
            html += classes.isEmpty ? raw : "<div\(classAttribute)>\n\(raw)</div>\n"
        }
    }

    /// A field's token runs, each formatting change's note after the text it concerns.
    private func renderRuns(_ runs: [TokenRun], inline: inout InlineHTML, into html: inout HTMLBytes) {
        let formattingNotes = runs.formattingNotes
        guard !formattingNotes.isEmpty else { return inline.render(runs, into: &html) }
        var start = 0
        for note in formattingNotes {
            inline.render(Array(runs[start...note.afterRun]), into: &html)
            html += notes.html(note.change.notes)
            start = note.afterRun + 1
        }
        if start < runs.count { inline.render(Array(runs[start...]), into: &html) }
    }

    /// A block directly in a tight list's item renders without `<p>`.
    private func isTight(_ block: DocumentBlock) -> Bool {
        if case .list(let style)? = block.containers.last { return style.isTight }
        return false
    }
}

/// How the notes of a redline are worded, as HTML: `<span class="pg-note"> now bold</span>`
/// (the space inside, so that hiding the note leaves the text as it was), its addresses and levels isolated from the text around them (`<bdi>`), so
/// that a URL keeps its order in a right-to-left page.
struct RedlineNoteWording: Sendable {
    private let phrase: @Sendable (RedlineNote) -> String

    /// In the interface strings of a language.
    init(strings: InterfaceStrings) {
        phrase = { note in strings.html(note.key, note.values.mapValues(Self.isolated)) }
    }

    private init(phrase: @escaping @Sendable (RedlineNote) -> String) {
        self.phrase = phrase
    }

    /// In English, as the default theme words them.
    static let english = RedlineNoteWording { note in
        var text = HTMLText.escape(RedlineNote.englishTemplates[note.key] ?? note.key)
        for (name, value) in note.values { text = text.replacingOccurrences(of: "{\(name)}", with: isolated(value)) }
        return text
    }

    /// Notes of one place, joined.
    func html(_ notes: [RedlineNote]) -> String {
        guard !notes.isEmpty else { return "" }
        return "<span class=\"pg-note\"> " + notes.map(phrase).joined(separator: "; ") + "</span>"
    }

    private static func isolated(_ value: String) -> String {
        "<bdi>" + HTMLText.escape(value) + "</bdi>"
    }
}

/// Opens and closes the containers around blocks as they come: block quotes, lists and their
/// items, the footnotes section, tables.
private struct BlockWriter {
    let htmlMode: HTMLMode
    var html = HTMLBytes()
    /// Set after a tight list item's text: it ends with a line break if a block follows in the item.
    var tightItemText = false
    /// Each open container, whether it has an open item, and whether that item belongs to the
    /// old version only (a deleted or moved-away item: new text must not be nested in it).
    private var open: [(container: BlockContainer, itemOpen: Bool, itemIsOld: Bool)] = []
    private var table: (containers: [BlockContainer], inBody: Bool)?

    init(html: HTMLMode) { self.htmlMode = html }

    mutating func place(_ block: DocumentBlock, isOld: Bool) {
        let path = block.containers
        let startsItem: Bool
        switch block.kind {
        case .listItem, .footnoteDefinition: startsItem = true
        default: startsItem = false
        }
        var keep = 0
        while keep < min(path.count, open.count), path[keep].continues(open[keep].container) { keep += 1 }
        // New text never continues an item only the old version has (a deleted or moved-away
        // one): hiding the old would hide it too. It gets a fresh item in the same list.
        let freshItem = isOld ? nil : (0..<keep).first { depth in
            open[depth].itemOpen && open[depth].itemIsOld && (depth < path.count - 1 || !startsItem)
        }
        if let freshItem { keep = freshItem + 1 }

        if let table, !(isRow(block) && table.containers == path && keep == path.count && !(isHeaderRow(block) && table.inBody)) {
            closeTable()
        }
        let itemDepth = open.count
        close(downTo: keep)
        let staysInItem = open.count == itemDepth && !(startsItem && keep == path.count) && freshItem == nil
        if tightItemText, staysInItem || path.count > itemDepth { html += "\n" }
        tightItemText = false
        if let freshItem {
            html += "</li>\n<li>\n"
            open[freshItem].itemIsOld = false
        }
        if startsItem, keep == path.count, keep > 0, open[keep - 1].itemOpen {
            html += "</li>\n"
            open[keep - 1].itemOpen = false
        }
        for index in keep..<path.count {
            let container = path[index]
            html += opening(container)
            let itemOpen = isList(container) && (index < path.count - 1 || !startsItem)
            if itemOpen { html += "<li>\n" }
            open.append((container, itemOpen, isOld))
        }
        if startsItem, !open.isEmpty {
            open[open.count - 1].itemOpen = true
            open[open.count - 1].itemIsOld = isOld
        }
        if isRow(block) { placeRow(header: isHeaderRow(block), containers: path) }
    }

    mutating func closeAll() {
        tightItemText = false
        closeTable()
        close(downTo: 0)
    }

    private mutating func placeRow(header: Bool, containers: [BlockContainer]) {
        if table == nil {
            html += "<table>\n" + (header ? "<thead>\n" : "<tbody>\n")
            table = (containers, !header)
        } else if !header, table?.inBody == false {
            html += "</thead>\n<tbody>\n"
            table?.inBody = true
        }
    }

    private mutating func closeTable() {
        guard let current = table else { return }
        html += (current.inBody ? "</tbody>\n" : "</thead>\n") + "</table>\n"
        table = nil
    }

    private mutating func close(downTo depth: Int) {
        while open.count > depth {
            let (container, itemOpen, _) = open.removeLast()
            if itemOpen { html += "</li>\n" }
            html += closing(container)
        }
    }

    private func opening(_ container: BlockContainer) -> String {
        switch container {
        case .blockQuote: "<blockquote>\n"
        case .list(let style):
            switch style.numbering {
            case .bullet: "<ul>\n"
            case .ordered(let start): start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            }
        case .footnotes: "<section class=\"footnotes\" data-footnotes>\n<ol>\n"
        }
    }

    private func closing(_ container: BlockContainer) -> String {
        switch container {
        case .blockQuote: "</blockquote>\n"
        case .list(let style): style.isOrdered ? "</ol>\n" : "</ul>\n"
        case .footnotes: "</ol>\n</section>\n"
        }
    }

    private func isList(_ container: BlockContainer) -> Bool {
        switch container {
        case .list, .footnotes: true
        case .blockQuote: false
        }
    }

    private func isRow(_ block: DocumentBlock) -> Bool {
        if case .tableRow = block.kind { return true }
        return false
    }

    private func isHeaderRow(_ block: DocumentBlock) -> Bool {
        if case .tableRow(let isHeader, _) = block.kind { return isHeader }
        return false
    }
}

