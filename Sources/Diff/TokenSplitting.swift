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
        for span in spans {
            switch span.content {
            case .text(let text), .code(let text):
                split(text) { bytes, range, kind, _ in
                    tokens.append(token(of: span, bytes: UnsafeBufferPointer(rebasing: bytes[range]), kind: kind))
                }
            case .softBreak:
                tokens.append(RedlineToken(kind: .space, span: span))
            case .hardBreak, .image, .footnoteReference, .html, .emptyElement:
                tokens.append(RedlineToken(kind: .element, span: span))
            }
        }
        return tokens
    }

    /// The token of a text or code span's piece `bytes`.
    static func token(of span: InlineSpan, bytes: UnsafeBufferPointer<UInt8>, kind: Kind) -> RedlineToken {
        let piece = String(decoding: bytes, as: UTF8.self)
        let content: InlineSpan.Content = if case .code = span.content { .code(piece) } else { .text(piece) }
        return RedlineToken(kind: kind, span: InlineSpan(content, marks: span.marks))
    }

    /// Calls `emit` with each token of `text` (runs of white space, words of scripts written
    /// with spaces, and single graphemes of everything else): the text's UTF-8, the token's
    /// byte range in it, its kind and the FNV-1a hash of its bytes. No token is made into a
    /// String here: most are only numbered.
    ///
    /// Reads UTF-8 bytes, ASCII without decoding; only graphemes outside ASCII that may join
    /// the scalar after them (`StandaloneScalar`) ask the standard library where they end.
    static func split(_ text: String, _ emit: (UnsafeBufferPointer<UInt8>, Range<Int>, Kind, UInt64) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            while start < bytes.count {
                let (first, firstLength) = scalar(in: bytes, at: start)
                let startClass = ScriptClass.of(first)
                var end = start + firstLength
                let kind: Kind
                switch startClass {
                case .space, .wordPart:
                    // A run of one class; a word keeps the marks and joiners that follow it.
                    while end < bytes.count {
                        let (next, length) = scalar(in: bytes, at: end)
                        guard ScriptClass.of(next) == startClass else { break }
                        end += length
                    }
                    kind = startClass == .space ? .space : .word
                case .unspaced, .other:
                    // One grapheme: a character with its combining marks, an emoji sequence.
                    if end < bytes.count, bytes[end] >= 0x80 || first.value >= 0x80,
                       !(StandaloneScalar.contains(first.value) && StandaloneScalar.contains(scalar(in: bytes, at: end).0.value)) {
                        // `index(after:)` moves to the end of the grapheme holding the start,
                        // which is past it even when a word ended inside a grapheme.
                        let index = utf8.index(utf8.startIndex, offsetBy: start)
                        end = utf8.distance(from: utf8.startIndex, to: text.index(after: index))
                    }
                    kind = startClass == .unspaced ? .character : .punctuation
                }
                var hash = FNV1a()
                for byte in UnsafeBufferPointer(rebasing: bytes[start..<end]) { hash.add(byte) }
                emit(bytes, start..<end, kind, hash.value)
                start = end
            }
        }
    }

    /// The scalar starting at `offset` of well-formed UTF-8, and its length in bytes.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> UInt32(length))
        for index in 1..<length { value = value << 6 | (UInt32(bytes[offset + index]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
