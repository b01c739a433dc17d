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
        forEachToken(in: spans) { token, _, _ in tokens.append(token) }
        return tokens
    }

    /// Calls `body` with each token, the index of the span it came from, and for text and
    /// code the FNV-1a hash of its UTF-8 (0 otherwise).
    static func forEachToken(in spans: [InlineSpan], _ body: (RedlineToken, Int, UInt64) -> Void) {
        for (index, span) in spans.enumerated() {
            switch span.content {
            case .text(let text):
                split(text) { piece, kind, hash in
                    body(RedlineToken(kind: kind, span: InlineSpan(.text(piece), marks: span.marks)), index, hash)
                }
            case .code(let code):
                split(code) { piece, kind, hash in
                    body(RedlineToken(kind: kind, span: InlineSpan(.code(piece), marks: span.marks)), index, hash)
                }
            case .softBreak:
                body(RedlineToken(kind: .space, span: span), index, 0)
            case .hardBreak, .image, .footnoteReference, .html:
                body(RedlineToken(kind: .element, span: span), index, 0)
            }
        }
    }

    /// Calls `emit` with each token of `text` (runs of white space, words of scripts written
    /// with spaces, and single graphemes of everything else), its kind and its FNV-1a hash.
    ///
    /// Reads UTF-8 bytes, ASCII without decoding; only graphemes outside ASCII ask the
    /// standard library where they end.
    static func split(_ text: String, _ emit: (String, Kind, UInt64) -> Void) {
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
                    if end < bytes.count, bytes[end] >= 0x80 || first.value >= 0x80 {
                        // `index(after:)` moves to the end of the grapheme holding the start,
                        // which is past it even when a word ended inside a grapheme.
                        let index = utf8.index(utf8.startIndex, offsetBy: start)
                        end = utf8.distance(from: utf8.startIndex, to: text.index(after: index))
                    }
                    kind = startClass == .unspaced ? .character : .punctuation
                }
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
                var hash = FNV1a()
                for byte in piece { hash.add(byte) }
                emit(String(decoding: piece, as: UTF8.self), kind, hash.value)
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
