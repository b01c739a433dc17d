import Localization
import Outline

/// How a redline marks one block; a document's blocks are unmarked (`BlockMarking()`).
public struct BlockMarking {
    /// Whether a cell's column is in both versions, or only in one.
    public enum Column: Sendable, Hashable {
        case kept
        case added
        case removed
    }

    /// A cell of a table row: its column's place in the version that has it (for its
    /// alignment), and whether that column was added or removed.
    public struct Cell: Sendable, Hashable {
        public var position: Int
        public var column: Column

        public init(position: Int, column: Column) {
            self.position = position
            self.column = column
        }
    }

    /// The block is the earlier version's only (deleted, moved away): its headings give up
    /// their ids, its footnote references their numbers in the later one.
    public var isOld = false
    /// A deleted heading keeps its id, prefixed (`pg:del-…`), so links to it still land.
    public var isDeleted = false
    /// The classes of the block's element (`pg-inserted`, `pg-deleted pg-old` …).
    public var classes = ""
    /// HTML before the block's text (where a moved block came from or went).
    public var note = ""
    /// How the block's own spans are marked, when its fields are written from them.
    public var change = SpanChange.equal
    /// HTML after the block's first field (its form changes, noted in words).
    public var formNotes = ""
    /// One per cell of a table row; a row with fewer is unchanged past them.
    public var cells: [Cell] = []

    public init() {}
}

/// The one HTML writer of blocks: a document's, and a redline's, whose blocks come from two
/// documents and carry change marks. Blocks are written one at a time, in reading order; the
/// writer opens and closes the containers around them (lists, quotes, tables, footnotes) as
/// cmark-gfm would, writes each block's element (heading ids, task boxes, cell alignment,
/// footnote numbers and back-links), and its inline content (`InlineHTML`).
public struct BlockHTMLWriter {
    fileprivate var containers: ContainerHTML
    private var inline: InlineHTML
    private let raw: RawHTMLWriting
    private let newFootnotes: [String: Int]
    private let oldFootnotes: [String: Int]
    /// The notes a table's header cell of an added or removed column ends with (HTML).
    private let columnNotes: (added: String, removed: String)
    /// Reused for the few blocks whose markup depends on whether their text is empty.
    private var scratch = HTMLBytes()
    /// The footnote whose definition is open, and the version it is shown from.
    private var footnote: (label: String, fromOld: Bool)?
    /// The number the last footnote showed: the list counts on from it.
    private var lastFootnoteNumber = 0
    /// While `writeUnchanged` writes a block: its index, and the elements kept.
    private var keeping: (index: Int, kept: UnchangedBlockHTML)?

    /// `newFootnotes`: footnote numbers by label of the document (of the later one in a
    /// redline); `oldFootnotes`, of the earlier one. `newHeadingIDs`: the later document's ids,
    /// which links of the earlier one's text keep when they name them.
    public init(newFootnotes: [String: Int], oldFootnotes: [String: Int] = [:], newHeadingIDs: Set<String> = [],
                raw: RawHTMLWriting, struck: InlineHTML.Struck, columnNotes: (added: String, removed: String) = ("", ""),
                capacity: Int = 0) {
        containers = ContainerHTML(capacity: capacity)
        // One writer of inline content for both versions' text, so that footnote references
        // are counted across the page, as their ids and the definitions' back-links need.
        inline = InlineHTML(newFootnotes: newFootnotes, oldFootnotes: oldFootnotes, newHeadingIDs: newHeadingIDs,
                            raw: raw, struck: struck)
        self.raw = raw
        self.newFootnotes = newFootnotes
        self.oldFootnotes = oldFootnotes
        self.columnNotes = columnNotes
    }

    /// A document's blocks, as cmark-gfm writes them (with our task boxes and alignment
    /// classes). `restarts`: by block index, the depth of a container that starts anew at that
    /// block although the one before it is of its kind (two lists with different bullets).
    public static func document(_ blocks: [DocumentBlock], restarts: [Int: Int] = [:], raw: RawHTMLWriting,
                                capacity: Int = 0) -> String {
        var numbers: [String: Int] = [:]
        for block in blocks {
            if case .footnoteDefinition(let label) = block.kind { numbers[label] = numbers.count + 1 }
        }
        var writer = BlockHTMLWriter(newFootnotes: numbers, raw: raw, struck: .del, capacity: capacity)
        let unmarked = BlockMarking()
        for index in blocks.indices {
            writer.containers.restart = restarts[index]
            writer.write(blocks[index], marking: unmarked,
                         endsFootnote: index + 1 == blocks.count || endsFootnote(before: blocks[index + 1]), field: nil)
        }
        return writer.finish()
    }

    /// Whether a footnote's definition open before `next` ends there.
    public static func endsFootnote(before next: DocumentBlock) -> Bool {
        if case .footnoteDefinition = next.kind { return true }
        return next.containers.first != .footnotes
    }

    /// One block with its own spans, marked as `marking.change` says. `endsFootnote`: whether
    /// the block written after it (`endsFootnote(before:)`) ends a footnote's definition open here.
    public mutating func write(_ block: DocumentBlock, marking: BlockMarking, endsFootnote: Bool) {
        write(block, marking: marking, endsFootnote: endsFootnote, field: nil)
    }

    /// One block whose `fieldCount` fields `field` writes (a redline's word changes). Every
    /// field is written once, in order, as footnote references count their ids.
    public mutating func write(_ block: DocumentBlock, marking: BlockMarking, endsFootnote: Bool, fieldCount: Int,
                               field: (Int, inout InlineHTML, inout HTMLBytes) -> Void) {
        withoutActuallyEscaping(field) { field in
            write(block, marking: marking, endsFootnote: endsFootnote, field: (fieldCount, field))
        }
    }

    /// A block of the later document that reads the same in both versions, as
    /// `write(_:marking:endsFootnote:)` writes it unmarked; its element is taken from `kept` (by
    /// `index`, its place in its document) when an earlier redline of the document wrote it,
    /// else written and kept. Only elements that depend on nothing but their block are kept:
    /// not footnotes' nor those with footnote references, whose ids count across the page.
    public mutating func writeUnchanged(_ block: DocumentBlock, at index: Int, endsFootnote: Bool,
                                        reusing kept: inout UnchangedBlockHTML) {
        guard Self.dependsOnItselfOnly(block) else {
            return write(block, marking: BlockMarking(), endsFootnote: endsFootnote, field: nil)
        }
        // Moved in and out rather than copied, so that the elements are never copied.
        keeping = (index, UnchangedBlockHTML())
        swap(&keeping!.kept, &kept)
        write(block, marking: BlockMarking(), endsFootnote: endsFootnote, field: nil)
        swap(&keeping!.kept, &kept)
        keeping = nil
    }

    private static func dependsOnItselfOnly(_ block: DocumentBlock) -> Bool {
        if case .footnoteDefinition = block.kind { return false }
        guard block.containers.first != .footnotes else { return false }
        return !block.fields.contains { field in
            field.contains { if case .footnoteReference = $0.content { true } else { false } }
        }
    }

    /// `field` nil: the block's own spans, each field once.
    private mutating func write(_ block: DocumentBlock, marking: BlockMarking, endsFootnote: Bool,
                                field: (count: Int, write: (Int, inout InlineHTML, inout HTMLBytes) -> Void)?) {
        let isOld = marking.isOld
        containers.place(block, isOld: isOld)
        containers.tightItemText = isTight(block) && { if case .listItem = block.kind { true } else { false } }()
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
        if footnote != nil, block.containers.first != .footnotes { footnote = nil }
        // A definition's back-links end its last paragraph, as cmark-gfm writes them.
        var backLinks = endsFootnote ? footnote.map { inline.backLinks($0.label, fromOld: $0.fromOld) } ?? "" : ""
        // They end the definition's last paragraph; when its last block is something else, they
        // stand on a line of their own before the item closes, as cmark-gfm writes them.
        if !backLinks.isEmpty, !endsWithParagraph(block) {
            containers.footnoteEnd = String(backLinks.dropFirst()) + "\n"
            backLinks = ""
        }
        // Taken out while the element is written, so that no two accesses to the writer overlap.
        var scratch = self.scratch, html = containers.html
        self.scratch = HTMLBytes()
        containers.html = HTMLBytes()
        if let index = keeping?.index, let element = keeping?.kept.elements[index] {
            html.append(contentsOf: element)
        } else {
            let start = html.bytes.count
            element(block, marking, footnoteValue: value, backLinks: backLinks, field: field, into: &html, scratch: &scratch)
            if let index = keeping?.index { keeping!.kept.elements[index] = Array(html.bytes[start...]) }
        }
        self.scratch = scratch
        containers.html = html
    }

    /// Closes what is open, and gives the HTML.
    public mutating func finish() -> String {
        containers.closeAll()
        return containers.html.string
    }

    /// One block's own element (its containers are placed already), appended to `html`.
    private mutating func element(_ block: DocumentBlock, _ marking: BlockMarking, footnoteValue: String, backLinks: String,
                                  field: (count: Int, write: (Int, inout InlineHTML, inout HTMLBytes) -> Void)?,
                                  into html: inout HTMLBytes, scratch: inout HTMLBytes) {
        let isOld = marking.isOld
        let note = marking.note
        let fieldCount = field?.count ?? block.fields.count
        func renderField(_ index: Int, into html: inout HTMLBytes) {
            if let field {
                field.write(index, &inline, &html)
            } else {
                inline.render(block.fields[index], as: marking.change, into: &html)
            }
        }
        func renderUnshown(from first: Int) {
            guard first < fieldCount else { return }
            var unshown = HTMLBytes()
            for index in first..<fieldCount { renderField(index, into: &unshown) }
        }
        /// The note and the first field, as the block's text, with the notes of its form;
        /// then the fields no element shows.
        func renderFirst(into html: inout HTMLBytes) {
            html += note
            if fieldCount > 0 { renderField(0, into: &html) }
            html += marking.formNotes
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
        let classAttribute = marking.classes.isEmpty ? "" : " class=\"\(marking.classes)\""

        switch block.kind {
        case .heading(let level, let id):
            // Only the later version's headings own their ids; an earlier one's is prefixed so links to it never clash.
            let anchor = isOld ? (marking.isDeleted ? "pg:del-\(id)" : nil) : id
            let idAttribute = anchor.map { " id=\"\($0)\"" } ?? ""
            html += headingTags[level - 1].open
            html += idAttribute
            html += classAttribute
            html += ">"
            renderFirst(into: &html)
            html += headingTags[level - 1].close
        case .paragraph:
            if isTight(block) {
                renderFirst(into: &html)
                html += "\n"
            } else {
                html += "<p"
                html += classAttribute
                html += ">"
                renderFirst(into: &html)
                html += backLinks
                html += "</p>\n"
            }
        case .listItem(let task):
            html += "<li"
            html += classAttribute
            html += ">"
            if let task { html += TaskCheckbox.html(task, label: block.plainText) }
            if isTight(block) {
                // cmark ends a tight item's text with a line break only when a block follows in it.
                renderFirst(into: &html)
            } else {
                html += "\n"
                renderParagraph(into: &html)
            }
        case .footnoteDefinition(let label):
            // An earlier definition owns an id only when the later document has no footnote of that label.
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
            html += "<tr"
            html += classAttribute
            html += ">\n"
            for index in 0..<fieldCount {
                // A cell of a column added or removed is marked as such, in every row.
                let mark = index < marking.cells.count ? marking.cells[index] : BlockMarking.Cell(position: index, column: .kept)
                let column = switch mark.column {
                case .kept: ""
                case .added: " class=\"pg-inserted pg-column-added\""
                case .removed: " class=\"pg-deleted pg-old pg-column-removed\""
                }
                let alignment = mark.position < alignments.count ? alignments[mark.position] : .none
                html += isHeader ? "<th" : "<td"
                if alignment != .none { html += ColumnAlignmentClass.attribute(alignment) }
                html += column
                html += ">"
                if index == 0 { html += note }
                if mark.column != .kept {
                    inline.isOldSide = isOld || mark.column == .removed
                    renderField(index, into: &html)
                    inline.isOldSide = isOld
                    if isHeader { html += mark.column == .added ? columnNotes.added : columnNotes.removed }
                } else {
                    renderField(index, into: &html)
                }
                if index == 0 { html += marking.formNotes }
                html += isHeader ? "</th>\n" : "</td>\n"
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
        case .htmlBlock(let literal):
            renderUnshown(from: 0)
            let shown = raw.block(literal)
            // A raw block cannot be marked inside; a changed one is wrapped whole.
            html += marking.classes.isEmpty ? shown : "<div\(classAttribute)>\n\(shown)</div>\n"
        }
    }

    /// Whether the block is a paragraph of a footnote's definition, which its back-links end.
    private func endsWithParagraph(_ block: DocumentBlock) -> Bool {
        guard block.containers == [.footnotes] else { return false }
        switch block.kind {
        case .paragraph: return true
        case .footnoteDefinition: return !block.inlines.isEmpty
        default: return false
        }
    }

    private let headingTags = (1...6).map { (open: "<h\($0)", close: "</h\($0)>\n") }

    /// A block directly in a tight list's item renders without `<p>`.
    private func isTight(_ block: DocumentBlock) -> Bool {
        if case .list(let style)? = block.containers.last { return style.isTight }
        return false
    }
}

/// The elements of a document's blocks as redlines write them unchanged, by the blocks' places
/// in the document: a document compared with several others (the current version, with every
/// older one) shows most of its blocks unchanged in each, and they are written once.
public struct UnchangedBlockHTML {
    fileprivate var elements: [Int: [UInt8]] = [:]

    public init() {}

    /// How many blocks' elements are kept.
    public var count: Int { elements.count }
}
