import Outline

extension RedlineToken {
    /// A block's tokens, one array per field. Joining the tokens' texts gives each field's
    /// text back exactly.
    public static func tokens(of block: DocumentBlock) -> [[RedlineToken]] {
        block.fields.map { tokens(of: $0) }
    }

    /// The tokens of inline content, in order; each keeps its span's formatting.
    public static func tokens(of spans: [InlineSpan]) -> [RedlineToken] {
        var tokens: [RedlineToken] = []
        tokens.reserveCapacity(spans.count * 8)
        for span in spans {
            switch span.content {
            case .text(let text):
                split(text) { piece, kind in tokens.append(RedlineToken(kind: kind, span: InlineSpan(.text(piece), marks: span.marks))) }
            case .code(let code):
                split(code) { piece, kind in tokens.append(RedlineToken(kind: kind, span: InlineSpan(.code(piece), marks: span.marks))) }
            case .softBreak:
                tokens.append(RedlineToken(kind: .space, span: span))
            case .hardBreak, .image, .footnoteReference, .html:
                tokens.append(RedlineToken(kind: .element, span: span))
            }
        }
        return tokens
    }

    /// Calls `emit` with each token of `text`: runs of white space, words of scripts written
    /// with spaces, and single graphemes of everything else.
    static func split(_ text: String, _ emit: (String, Kind) -> Void) {
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        let end = text.endIndex
        var start = text.startIndex
        func scalarClass(at index: String.Index) -> ScriptClass {
            let byte = utf8[index]
            return byte < 0x80 ? ScriptClass.of(Unicode.Scalar(byte)) : ScriptClass.of(scalars[index])
        }
        func nextScalar(after index: String.Index) -> String.Index {
            utf8[index] < 0x80 ? utf8.index(after: index) : scalars.index(after: index)
        }
        while start < end {
            let startClass = scalarClass(at: start)
            var next: String.Index
            let kind: Kind
            switch startClass {
            case .space, .wordPart:
                // A run of the same class; a word keeps the marks and joiners that follow it.
                next = nextScalar(after: start)
                while next < end, scalarClass(at: next) == startClass { next = nextScalar(after: next) }
                kind = startClass == .space ? .space : .word
            case .unspaced, .other:
                // One grapheme: a character with its combining marks, an emoji sequence.
                // `index(after:)` moves to the end of the grapheme holding `start`, which is
                // always past it, even when a word ended inside a grapheme.
                next = text.index(after: start)
                kind = startClass == .unspaced ? .character : .punctuation
            }
            emit(String(text[start..<next]), kind)
            start = next
        }
    }
}
