import BlockHTML
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

    /// `unchanged`: the elements of the later document's blocks written unchanged by earlier
    /// redlines of it (`UnchangedBlockHTML`); those this one writes are added.
    func render(_ redline: Redline) -> String {
        var unchanged = UnchangedBlockHTML()
        return render(redline, reusing: &unchanged)
    }

    /// `unchanged`: the elements of the later document's blocks written unchanged by earlier
    /// redlines of it (`UnchangedBlockHTML`); those this one writes are added.
    func render(_ redline: Redline, reusing unchanged: inout UnchangedBlockHTML) -> String {
        render(redline, newHeadingIDs: Self.headingIDs(of: redline.blocks.compactMap { $0.new?.block }), reusing: &unchanged)
    }

    /// The ids of a document's headings and of its own HTML's elements: those of a redline's
    /// later document (every block of which the redline shows once), which its old blocks'
    /// ids must not repeat. The same for every redline of one later document.
    static func headingIDs(of blocks: [DocumentBlock]) -> Set<String> {
        var ids = Set<String>()
        for block in blocks {
            if case .heading(_, let id) = block.kind { ids.insert(id) }
            ids.formUnion(block.elementIDs)
        }
        return ids
    }

    /// `newHeadingIDs`: `headingIDs(of:)` the later document's blocks.
    func render(_ redline: Redline, newHeadingIDs headingIDs: Set<String>, reusing unchanged: inout UnchangedBlockHTML) -> String {
        var writer = BlockHTMLWriter(
            newFootnotes: newFootnotes, oldFootnotes: oldFootnotes, newHeadingIDs: headingIDs, raw: .shown(html), struck: .s,
            columnNotes: (notes.html([RedlineNote("note_column_added")]), notes.html([RedlineNote("note_column_removed")])))
        for (index, entry) in redline.blocks.enumerated() {
            let endsFootnote = index + 1 == redline.blocks.count
                || BlockHTMLWriter.endsFootnote(before: redline.blocks[index + 1].block)
            if entry.change == .unchanged, entry.form.isEmpty, entry.fields.isEmpty, let new = entry.new {
                writer.writeUnchanged(new.block, at: new.index, endsFootnote: endsFootnote, reusing: &unchanged)
                continue
            }
            let marking = marking(of: entry)
            if entry.fields.isEmpty {
                writer.write(entry.block, marking: marking, endsFootnote: endsFootnote)
            } else {
                writer.write(entry.block, marking: marking, endsFootnote: endsFootnote, fieldCount: entry.fields.count) { index, inline, html in
                    renderRuns(entry.fields[index], inline: &inline, into: &html)
                }
            }
        }
        return writer.finish()
    }

    /// How the writer marks a block of the redline: its classes, notes and change.
    private func marking(of entry: RedlineBlock) -> BlockMarking {
        var marking = BlockMarking()
        marking.isOld = entry.new == nil
        marking.isDeleted = entry.change == .deleted
        var classes = ""
        switch entry.change {
        case .unchanged, .changed: break
        case .inserted: classes = "pg-inserted"; marking.change = .inserted
        case .deleted: classes = "pg-deleted pg-old"; marking.change = .deleted
        case .moved(let move):
            classes = "pg-moved"
            marking.note = "<span class=\"pg-move-note\" id=\"pg:moved-\(move.newIndex)\">\(movedHereLabel)</span> "
            if !move.edited { marking.change = .inserted }
        case .movedAway(let move):
            classes = "pg-moved-away pg-old"
            marking.note = "<span class=\"pg-move-note\"><a href=\"#pg:moved-\(move.newIndex)\">\(movedAwayLabel)</a></span> "
            marking.change = .deleted
        }
        if !entry.form.isEmpty {
            classes = classes.isEmpty ? "pg-reformatted" : classes + " pg-reformatted"
            marking.formNotes = notes.html(entry.form.map(\.note))
        }
        marking.classes = classes
        marking.cells = entry.cells.enumerated().map { index, pair in
            BlockMarking.Cell(position: pair.new ?? pair.old ?? index,
                              column: pair.old == nil ? .added : pair.new == nil ? .removed : .kept)
        }
        return marking
    }

    /// A field's token runs, each formatting change's note after the text it concerns.
    private func renderRuns(_ runs: [TokenRun], inline: inout InlineHTML, into html: inout HTMLBytes) {
        let formattingNotes = runs.formattingNotes
        var start = 0
        for note in formattingNotes {
            render(runs[start...note.afterRun], inline: &inline, into: &html)
            html += notes.html(note.change.notes)
            start = note.afterRun + 1
        }
        if start < runs.count { render(runs[start...], inline: &inline, into: &html) }
    }

    private func render(_ runs: ArraySlice<TokenRun>, inline: inout InlineHTML, into html: inout HTMLBytes) {
        var open = InlineHTML.OpenTags()
        for run in runs {
            let change: SpanChange = switch run.operation {
            case .equal: .equal
            case .inserted: .inserted
            case .deleted: .deleted
            }
            for token in run.tokens { inline.append(token.span, change, to: &html, open: &open) }
        }
        inline.close(open, into: &html)
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
