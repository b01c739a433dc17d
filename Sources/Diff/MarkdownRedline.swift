import Outline

/// A redline as Markdown: the new document, with `<del>…</del><ins>…</ins>` around the words
/// that changed (inside the formatting: `**your <del>data</del><ins>files</ins>**`) and around
/// the text of whole blocks inserted or deleted, deleted blocks kept where they stood. A moved
/// block stands deleted at its old place and inserted at its new one. Text formatted otherwise
/// is deleted in its old formatting and inserted in its new one, then noted, and a block's
/// form changes are noted after its first field, each note as
/// `<span class="pg-note">now bold</span>`.
///
/// The Markdown renders back to the same text (special characters are escaped); the marks
/// show only where raw HTML is rendered, as with `unsafe_html: true`.
public struct MarkdownRedline: Sendable {
    public init() {}

    /// The redline's Markdown; with a subject, after a `# title` line (both titles, marked,
    /// when the title changed).
    public func render(_ redline: Redline, subject: RedlineSubject? = nil) -> String {
        var writer = MarkdownBlockWriter()
        if let subject {
            let title = subject.old.title == subject.new.title
                ? [piece(.text(subject.new.title), .equal)]
                : [piece(.text(subject.old.title), .deleted), piece(.text(subject.new.title), .inserted)]
            writer.write(DocumentBlock(kind: .heading(level: 1, id: ""), fields: [[]]), fields: [title])
        }
        var footnotes = MarkdownDeletedFootnotes(redline)
        for entry in redline.blocks {
            if case .deleted = entry.change {} else if case .movedAway = entry.change {} else { footnotes.other() }
            switch entry.change {
            case .unchanged:
                write(entry.new!.block, as: .equal, to: &writer)
            case .changed where entry.fields.isEmpty:
                // A block without text whose form alone changed: the new form.
                write(entry.new!.block, as: .equal, to: &writer)
            case .changed:
                writeChanged(entry, to: &writer)
            case .moved(let move):
                if move.edited { writeChanged(entry, to: &writer) } else { write(entry.new!.block, as: .inserted, to: &writer) }
            case .inserted:
                write(entry.new!.block, as: .inserted, to: &writer)
            case .deleted, .movedAway:
                let (block, lead) = footnotes.deleted(entry.old!.block)
                write(block, as: .deleted, lead: lead, to: &writer)
            }
        }
        return writer.finish()
    }

    /// A block with its words marked; a code block, whose text cannot hold marks, as its old
    /// version deleted and its new one inserted.
    private func writeChanged(_ entry: RedlineBlock, to writer: inout MarkdownBlockWriter) {
        let block = entry.new!.block
        if case .codeBlock = block.kind {
            write(entry.old!.block, as: .deleted, to: &writer)
            write(block, as: .inserted, to: &writer)
            return
        }
        var fields = entry.fields.map { runs in
            let notes = Dictionary(runs.formattingNotes.map { ($0.afterRun, $0.change) }) { first, _ in first }
            return runs.enumerated().flatMap { index, run in
                // Text formatted otherwise stays a tracked change, so that rejecting every change
                // gives the old formatting back.
                (Self.isFormattedOtherwise(run)
                    ? (run.oldTokens ?? run.tokens).map { piece($0.span.content, .deleted, marks: $0.span.marks) }
                        + run.tokens.map { piece($0.span.content, .inserted, marks: $0.span.marks) }
                    : run.tokens.map { piece($0.span.content, run.operation, marks: $0.span.marks) })
                    + (notes[index]?.notes ?? []).map(note)
            }
        }
        if !fields.isEmpty { fields[0] += entry.form.map { note($0.note) } }
        writer.write(block, fields: fields)
    }

    /// A block unchanged, or wholly inserted or deleted; `lead` is text to put before it.
    private func write(_ block: DocumentBlock, as operation: TokenRun.Operation, lead: String? = nil,
                       to writer: inout MarkdownBlockWriter) {
        var fields = block.fields.map { spans in spans.map { piece($0.content, operation, marks: $0.marks) } }
        if let lead, !fields.isEmpty { fields[0].insert(piece(.text(lead), operation), at: 0) }
        switch block.kind {
        case .codeBlock, .thematicBreak, .htmlBlock:
            writer.write(block, fields: fields, whole: operation)
        default:
            writer.write(block, fields: fields)
        }
    }

    /// Whether an equal run's text, its white space included, is formatted otherwise in the
    /// old version.
    private static func isFormattedOtherwise(_ run: TokenRun) -> Bool {
        if run.formatting != nil { return true }
        guard let old = run.oldTokens, old.count == run.tokens.count else { return false }
        return zip(old, run.tokens).contains { TextStyle($0.span) != TextStyle($1.span) }
    }

    /// A note, as raw HTML that shows only where the marks do.
    private func note(_ note: RedlineNote) -> MarkdownInline.Piece {
        let text = note.english.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return piece(.html("<span class=\"pg-note\">" + text + "</span>"), .equal)
    }

    private func piece(_ content: InlineSpan.Content, _ operation: TokenRun.Operation,
                       marks: [InlineMark] = []) -> MarkdownInline.Piece {
        MarkdownInline.Piece(span: InlineSpan(content, marks: marks), operation: operation)
    }
}
