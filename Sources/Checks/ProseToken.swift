/// A block's prose cut into words and punctuation, for checks that read a few words around a
/// place: spaces are dropped but remembered, code and other hidden content become one token.
struct ProseToken {
    enum Kind: Equatable {
        /// Letters, digits and marks, with the hyphens and apostrophes inside a word
        /// (`e-mail`, `l'adresse`, `contactez-nous`).
        case word
        case punctuation
        /// Code, an image or raw HTML: something stands there, though not prose.
        case hidden
        /// The end of a table cell.
        case cellEnd
    }

    var kind: Kind
    var text: String
    var range: Range<Int>
    /// Whether a space or a line break comes right before it.
    var followsSpace: Bool
    /// `text` lowercased, with ’ read as '; made once, since the checks compare every word
    /// with many.
    let lowercased: String

    init(kind: Kind, text: String, range: Range<Int>, followsSpace: Bool) {
        self.kind = kind
        self.text = text
        self.range = range
        self.followsSpace = followsSpace
        // Most words are ASCII: lowercase them byte by byte, without Unicode's case tables.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            lowercased = text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
                ? String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
                    _ = buffer.initialize(from: text.utf8.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
                    return text.utf8.count
                } : text
        } else {
            let lower = text.lowercased()
            lowercased = lower.unicodeScalars.contains("’") ? String(lower.map { $0 == "’" ? "'" : $0 }) : lower
        }
    }

    func isPunctuation(_ marks: String) -> Bool {
        // One scalar in `marks`; `String.contains(String)` would go through Foundation.
        kind == .punctuation && text.unicodeScalars.count == 1 && marks.unicodeScalars.contains(text.unicodeScalars.first!)
    }

    /// The block's tokens in reading order.
    static func tokens(of block: BlockText) -> [ProseToken] {
        var tokens: [ProseToken] = []
        var index = 0
        var space = false
        while index < block.count {
            let scalar = block.scalars[index]
            let start = index
            if block.isHidden[index] {
                while index < block.count, block.isHidden[index] { index += 1 }
                tokens.append(ProseToken(kind: .hidden, text: "", range: start..<index, followsSpace: space))
            } else if scalar == BlockText.fieldSeparator {
                index += 1
                tokens.append(ProseToken(kind: .cellEnd, text: "", range: start..<index, followsSpace: space))
            } else if scalar.isASCII ? (scalar == " " || (9...13).contains(scalar.value)) : scalar.properties.isWhitespace {
                index += 1
                space = true
                continue
            } else if isWordPart(scalar) {
                index += 1
                while index < block.count, !block.isHidden[index] {
                    if isWordPart(block.scalars[index]) {
                        index += 1
                    } else if Self.isInnerJoiner(block.scalars[index]), index + 1 < block.count,
                              !block.isHidden[index + 1], isWordPart(block.scalars[index + 1]) {
                        index += 2
                    } else {
                        break
                    }
                }
                tokens.append(ProseToken(kind: .word, text: block.string(start..<index), range: start..<index,
                                         followsSpace: space))
            } else {
                index += 1
                tokens.append(ProseToken(kind: .punctuation, text: block.string(start..<index), range: start..<index,
                                         followsSpace: space))
            }
            space = false
        }
        return tokens
    }

    /// `-`, `'` and `’`, which join the parts of one word.
    private static func isInnerJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "’"
    }

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
    }
}
