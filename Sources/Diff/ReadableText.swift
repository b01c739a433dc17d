import Outline

/// Inline content as the plain-text formats of a redline show it: the text a reader sees,
/// with breaks as spaces, an image as its alt text, a footnote reference as `[^label]`, raw
/// HTML as written and an empty element of the text's own HTML as its tags, so that a change
/// to any of them is not invisible. Formatting is dropped.
enum ReadableText {
    static func of(_ content: InlineSpan.Content) -> String {
        switch content {
        case .text(let text), .code(let text): text
        case .softBreak, .hardBreak: " "
        case .image(let image): image.alt
        case .footnoteReference(let label): "[^\(FootnoteLabel.written(label))]"
        case .html(let html): html
        case .emptyElement(let element): element.emptyHTML
        }
    }

    static func of(_ spans: [InlineSpan]) -> String {
        spans.reduce(into: "") { $0 += of($1.content) }
    }

    /// A field's runs as text, neighbours with one operation (and formatting change) joined
    /// and runs without text left out.
    static func runs(_ field: [TokenRun])
        -> [(operation: TokenRun.Operation, text: String, formatting: FormattingChange?)] {
        var result: [(operation: TokenRun.Operation, text: String, formatting: FormattingChange?)] = []
        for run in field {
            let text = run.tokens.reduce(into: "") { $0 += of($1.span.content) }
            guard !text.isEmpty else { continue }
            if let last = result.last, last.operation == run.operation, last.formatting == run.formatting {
                result[result.count - 1].text += text
            } else {
                result.append((run.operation, text, run.formatting))
            }
        }
        return result
    }

    /// A field's text in pieces for the text formats: runs as `runs(_:)` joins them, and
    /// after the text each formatting change concerns, its note (`formattingNotes`).
    enum Piece {
        case text(TokenRun.Operation, String)
        case note(FormattingChange)
    }

    static func pieces(_ field: [TokenRun]) -> [Piece] {
        let notes = field.formattingNotes
        guard !notes.isEmpty else { return runs(field).map { .text($0.operation, $0.text) } }
        var pieces: [Piece] = []
        var start = 0
        for note in notes {
            pieces += runs(Array(field[start...note.afterRun])).map { .text($0.operation, $0.text) }
            pieces.append(.note(note.change))
            start = note.afterRun + 1
        }
        pieces += runs(Array(field[start...])).map { .text($0.operation, $0.text) }
        return pieces
    }

    /// The text of each field of a block; a code block's without its final line break, raw
    /// HTML's as written.
    static func fields(of block: DocumentBlock) -> [String] {
        switch block.kind {
        case .codeBlock:
            block.fields.map { field in
                let text = of(field)
                return text.hasSuffix("\n") ? String(text.dropLast()) : text
            }
        case .htmlBlock(let html):
            [html.hasSuffix("\n") ? String(html.dropLast()) : html]
        default:
            block.fields.map(of)
        }
    }
}
