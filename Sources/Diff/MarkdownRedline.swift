import Outline

/// A redline as Markdown: the new document, with `<del>…</del><ins>…</ins>` around the words
/// that changed (inside the formatting: `**your <del>data</del><ins>files</ins>**`) and around
/// the text of whole blocks inserted or deleted, deleted blocks kept where they stood. A moved
/// block stands deleted at its old place and inserted at its new one.
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
        for entry in redline.blocks {
            switch entry.change {
            case .unchanged:
                write(entry.new!.block, as: .equal, to: &writer)
            case .changed where entry.fields.isEmpty:
                // Only its form changed: the new form.
                write(entry.new!.block, as: .equal, to: &writer)
            case .changed:
                writeChanged(entry, to: &writer)
            case .moved(let move):
                if move.edited { writeChanged(entry, to: &writer) } else { write(entry.new!.block, as: .inserted, to: &writer) }
            case .inserted:
                write(entry.new!.block, as: .inserted, to: &writer)
            case .deleted, .movedAway:
                write(entry.old!.block, as: .deleted, to: &writer)
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
        let fields = entry.fields.map { runs in
            runs.flatMap { run in run.tokens.map { piece($0.span.content, run.operation, marks: $0.span.marks) } }
        }
        writer.write(block, fields: fields)
    }

    /// A block unchanged, or wholly inserted or deleted.
    private func write(_ block: DocumentBlock, as operation: TokenRun.Operation, to writer: inout MarkdownBlockWriter) {
        let fields = block.fields.map { spans in spans.map { piece($0.content, operation, marks: $0.marks) } }
        switch block.kind {
        case .codeBlock, .thematicBreak, .htmlBlock:
            writer.write(block, fields: fields, whole: operation)
        default:
            writer.write(block, fields: fields)
        }
    }

    private func piece(_ content: InlineSpan.Content, _ operation: TokenRun.Operation,
                       marks: [InlineMark] = []) -> MarkdownInline.Piece {
        MarkdownInline.Piece(span: InlineSpan(content, marks: marks), operation: operation)
    }
}
