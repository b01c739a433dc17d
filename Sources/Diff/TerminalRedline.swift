import Outline

/// A redline as `policygen diff` writes it to a terminal: a header line, the sections that
/// changed, then every block that is not unchanged, under its section's heading.
///
/// Changed blocks (prefixed with two spaces) mark their words `[-deleted-]{+inserted+}`, as
/// `git diff --word-diff=plain` does; inserted blocks are prefixed `+ `, deleted ones `- `,
/// and a moved block is shown at its new place, prefixed `~ ` and saying where it came from.
/// A formatting change is noted `{~now bold~}` after the text it concerns, a block's form
/// change at the end of its first line (`{~heading level 3 → 2~}`). In colour, deletions are
/// red, insertions green and notes cyan instead of marked.
public struct TerminalRedline: Sendable {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    /// Whether output goes out in colour: only to a terminal, and not when the `NO_COLOR`
    /// environment variable holds any text (https://no-color.org; an empty value is as if it
    /// were not set).
    public static func usesColour(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        guard outputIsTerminal else { return false }
        return environment["NO_COLOR"]?.isEmpty ?? true
    }

    public func render(_ redline: Redline, subject: RedlineSubject) -> String {
        var lines = header(redline.summary, subject)
        let documents = redline.documents
        let numbers = (old: ListNumbers.of(documents.old), new: ListNumbers.of(documents.new))
        let headings = Self.sectionHeadings(documents)
        let movedSections = Set(redline.summary.moved.compactMap(\.id))
        var section: String?? = .none
        for entry in redline.blocks {
            let shown: [TerminalLine]
            switch entry.change {
            case .unchanged, .movedAway:
                continue
            case .changed where entry.fields.isEmpty:
                // A thematic break or raw HTML whose place changed: its form's note.
                shown = noted(block(entry.new!, whole: .equal, numbers: numbers.new, prefix: "  "), entry.form)
            case .changed:
                shown = noted(block(entry.new!, runs: entry.fields, numbers: numbers.new, prefix: "  "), entry.form)
            case .inserted:
                shown = block(entry.new!, whole: .inserted, numbers: numbers.new, prefix: "+ ")
            case .deleted:
                shown = block(entry.old!, whole: .deleted, numbers: numbers.old, prefix: "- ")
            case .moved(let move):
                let note = Self.moveNote(entry, movedSections: movedSections, headings: headings)
                shown = move.edited
                    ? noted(block(entry.new!, runs: entry.fields, numbers: numbers.new, prefix: "~ " + note), entry.form)
                    : block(entry.new!, whole: .equal, numbers: numbers.new, prefix: "~ " + note)
            }
            let owner = entry.block.sectionID
            if section != .some(owner) {
                section = .some(owner)
                lines.append(TerminalLine())
                if case .heading(_, let id) = entry.block.kind, id == owner {} else {
                    lines.append(TerminalLine("@@ \(Self.name(owner, headings)) @@"))
                }
            }
            lines += shown
        }
        return lines.map { $0.written(colour: colour) + "\n" }.joined()
    }

    /// `privacy v1 (2024-01-01) → v2 (2025-01-01), en: 3 words added, 1 word removed, 2 links
    /// changed`, the title when it changed, and the sections changed, added, removed, moved
    /// and reformatted.
    private func header(_ summary: RedlineSummary, _ subject: RedlineSubject) -> [TerminalLine] {
        let (old, new) = (subject.old, subject.new)
        var counts = summary.isFormattingOnly
            ? ["formatting changed in \(Self.count(summary.reformatted.count, "section"))", "no words changed"]
            : ["\(Self.count(summary.wordsAdded, "word")) added", "\(Self.count(summary.wordsRemoved, "word")) removed"]
        if summary.linksChanged > 0 { counts.append("\(Self.count(summary.linksChanged, "link")) changed") }
        if summary.formattingChanges > 0 { counts.append(Self.count(summary.formattingChanges, "formatting change")) }
        var lines = [TerminalLine(
            "\(subject.policy) \(old.id) (\(old.effective)) → \(new.id) (\(new.effective)), \(subject.language): "
            + counts.joined(separator: ", "))]
        if old.title != new.title {
            var title = TerminalLine("title: ")
            title.append(old.title, .deleted, inline: true)
            title.append(new.title, .inserted, inline: true)
            lines.append(title)
        }
        let groups = [("changed", summary.changed), ("added", summary.added),
                      ("removed", summary.removed), ("moved", summary.moved), ("reformatted", summary.reformatted)]
        for (label, sections) in groups where !sections.isEmpty {
            let names = sections.map { $0.id == nil ? Self.introduction : $0.heading }
            lines.append(TerminalLine("Sections \(label): " + names.joined(separator: ", ")))
        }
        if summary.isEmpty, old.title == new.title { lines.append(TerminalLine("The two versions read the same.")) }
        return lines
    }

    /// A block's lines with its words marked as `runs` say.
    private func block(_ side: IndexedBlock, runs: [[TokenRun]], numbers: [Int: Int], prefix: String) -> [TerminalLine] {
        let fields = runs.map { field in
            ReadableText.pieces(field).flatMap { piece -> [TerminalLine.Piece] in
                switch piece {
                case .text(let operation, let text): [TerminalLine.Piece(text: text, operation: operation, isInline: true)]
                case .note(let change): change.notes.map { TerminalLine.Piece(note: $0.english) }
                }
            }
        }
        return lines(TerminalBlock(block: side.block, fields: fields, number: numbers[side.index], frame: .equal), prefix)
    }

    /// A block's lines, wholly inserted, deleted, or as it is.
    private func block(_ side: IndexedBlock, whole: TokenRun.Operation, numbers: [Int: Int], prefix: String) -> [TerminalLine] {
        let fields = ReadableText.fields(of: side.block).map { [TerminalLine.Piece(text: $0, operation: whole, isInline: false)] }
        return lines(TerminalBlock(block: side.block, fields: fields, number: numbers[side.index], frame: whole), prefix)
    }

    /// The lines with the notes of the block's form changes at the end of the first.
    private func noted(_ lines: [TerminalLine], _ form: [FormChange]) -> [TerminalLine] {
        guard var first = lines.first, !form.isEmpty else { return lines }
        for change in form { first.pieces.append(TerminalLine.Piece(note: change.note.english)) }
        return [first] + lines.dropFirst()
    }

    /// The block's lines, the first after `prefix`, the next after its mark (`+ `, `- `, `~ `).
    private func lines(_ block: TerminalBlock, _ prefix: String) -> [TerminalLine] {
        let continuation = String(prefix.prefix(2))
        return block.lines().enumerated().map { index, line in
            TerminalLine(index == 0 ? prefix : continuation, block.frame) + line
        }
    }

    static let introduction = "Introduction"

    /// Where a moved block came from: nothing for a block that moved with its section's
    /// heading, which says `(moved)`.
    private static func moveNote(_ entry: RedlineBlock, movedSections: Set<String>, headings: [String: String]) -> String {
        let origin = entry.old!.block.sectionID, destination = entry.new!.block.sectionID
        if case .heading = entry.block.kind { return "(moved) " }
        guard origin == destination else { return "(moved from \(name(origin, headings))) " }
        return destination.map(movedSections.contains) == true ? "" : "(moved within this section) "
    }

    private static func name(_ section: String?, _ headings: [String: String]) -> String {
        section.map { headings[$0] ?? $0 } ?? introduction
    }

    /// Each section's heading by id: the new version's, else the old one's.
    private static func sectionHeadings(_ documents: (old: [DocumentBlock], new: [DocumentBlock])) -> [String: String] {
        var headings: [String: String] = [:]
        for block in documents.new + documents.old {
            if case .heading(_, let id) = block.kind, headings[id] == nil { headings[id] = block.plainText }
        }
        return headings
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
