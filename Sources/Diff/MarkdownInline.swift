import Outline

/// Inline content back to Markdown, with `<ins>`/`<del>` around changed tokens inside the
/// formatting: `**your <del>data</del><ins>files</ins>**`.
///
/// Emphasis is written with `*`, `**` and `~~` where cmark-gfm would read those delimiters
/// back as written (`MarkdownDelimiters`); where it would not (a bold word directly followed
/// by a letter, emphasis starting with a space) the same formatting is written as the HTML
/// tag cmark renders it as.
struct MarkdownInline {
    struct Piece {
        var span: InlineSpan
        var operation: TokenRun.Operation
    }

    /// Headings and table cells are one line: breaks become spaces.
    var singleLine = false
    /// In a table row every `|` is escaped, in code spans too.
    var inTable = false

    private enum Tag: Equatable {
        case mark(InlineMark)
        case change(TokenRun.Operation)
        case code
    }

    func render(_ pieces: [Piece]) -> String {
        var builder = Builder(inline: self)
        for piece in pieces {
            var wanted = piece.span.marks.map(Tag.mark)
            if piece.operation != .equal { wanted.append(.change(piece.operation)) }
            if case .code = piece.span.content { wanted.append(.code) }
            builder.reopen(wanted)
            builder.content(piece.span.content, changed: piece.operation != .equal)
        }
        builder.reopen([])
        builder.flushText()
        return MarkdownDelimiters.resolve(builder.atoms)
    }

    private struct Builder {
        let inline: MarkdownInline
        var atoms: [MarkdownDelimiters.Atom] = []
        private var stack: [Tag] = []
        private var openPairs: [Int] = []
        private var pairs = 0
        private var code = ""
        /// Text not yet escaped and written.
        private var pendingText = ""
        private var atLineStart = true

        init(inline: MarkdownInline) { self.inline = inline }

        mutating func reopen(_ wanted: [Tag]) {
            if stack == wanted { return }
            flushText()
            let kept = zip(stack, wanted).prefix { $0 == $1 }.count
            while stack.count > kept { close(stack.removeLast()) }
            for tag in wanted[kept...] {
                open(tag)
                stack.append(tag)
            }
        }

        private mutating func open(_ tag: Tag) {
            switch tag {
            case .mark(.link):
                write("[")
            case .mark(.element(let element)):
                write(element.openTag)
            case .mark(let mark):
                let emphasis = MarkdownDelimiters.Emphasis(mark)!
                // The same formatting inside itself would read as another one (`**` for `*` in `*`).
                let nested = stack.contains(tag)
                atoms.append(.opening(emphasis, pair: pairs, forcedHTML: nested))
                openPairs.append(pairs)
                pairs += 1
                atLineStart = false
            case .change(let operation):
                write(operation == .inserted ? "<ins>" : "<del>")
            case .code:
                code = ""
            }
        }

        private mutating func close(_ tag: Tag) {
            switch tag {
            case .mark(.link(let destination, let title)):
                write("](" + MarkdownEscaping.destination(destination) + MarkdownEscaping.title(title) + ")")
            case .mark(.element(let element)):
                write(element.closeTag)
            case .mark(let mark):
                atoms.append(.closing(MarkdownDelimiters.Emphasis(mark)!, pair: openPairs.removeLast()))
            case .change(let operation):
                write(operation == .inserted ? "</ins>" : "</del>")
            case .code:
                if !code.isEmpty { write(MarkdownEscaping.codeSpan(code, inTable: inline.inTable)) }
            }
        }

        mutating func content(_ content: InlineSpan.Content, changed: Bool) {
            switch content {
            case .text(let text):
                // Escaped once the run of text ends: `1` and `.` are two tokens, `1.` one list marker.
                pendingText += text
            case .code(let text):
                code += text
            case .softBreak:
                // Inside a change the break is a space, so no line starts within `<ins>`.
                if inline.singleLine || changed { write(" ") } else { lineBreak("\n") }
            case .hardBreak:
                // In a table cell only an HTML <br> breaks a line.
                if inline.inTable { write("<br>") } else if inline.singleLine { write(" ") } else { lineBreak("\\\n") }
            case .image(let image):
                write("![" + MarkdownEscaping.text(image.alt, atLineStart: false) + "]("
                      + MarkdownEscaping.destination(image.source) + MarkdownEscaping.title(image.title) + ")")
            case .footnoteReference(let label):
                write("[^" + MarkdownEscaping.label(label) + "]")
            case .html(let html):
                write(html)
            case .emptyElement(let element):
                write(element.emptyHTML)
            }
        }

        /// Writes the text read since the last markup, escaped.
        mutating func flushText() {
            guard !pendingText.isEmpty else { return }
            let text = MarkdownEscaping.text(pendingText, atLineStart: atLineStart)
            pendingText = ""
            write(text)
        }

        private mutating func write(_ text: String) {
            guard !text.isEmpty else { return }
            if !pendingText.isEmpty { flushText() }
            atoms.append(.text(text))
            atLineStart = false
        }

        private mutating func lineBreak(_ text: String) {
            flushText()
            atoms.append(.text(text))
            atLineStart = true
        }
    }
}
