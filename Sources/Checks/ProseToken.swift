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
    var range: Range<Int>
    /// Whether a space or a line break comes right before it.
    var followsSpace: Bool
    /// A word lowercased, with ’ read as '; empty for other tokens. Made once, since the checks
    /// compare every word with many.
    let lowercased: String
    /// The one scalar of a punctuation token.
    let mark: Unicode.Scalar?

    /// A word of `block`: its text is made lowercase straight from the scalars.
    init(word range: Range<Int>, in block: BlockText, followsSpace: Bool) {
        kind = .word
        self.range = range
        self.followsSpace = followsSpace
        mark = nil
        // Most words are ASCII: lowercase them byte by byte, without Unicode's case tables or a
        // String of the word as written.
        if block.scalars[range].allSatisfy(\.isASCII) {
            lowercased = String(unsafeUninitializedCapacity: range.count) { buffer in
                for (at, scalar) in block.scalars[range].enumerated() {
                    let byte = UInt8(truncatingIfNeeded: scalar.value)
                    buffer[at] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                }
                return range.count
            }
        } else {
            let lower = block.string(range).lowercased()
            lowercased = lower.unicodeScalars.contains("’") ? String(lower.map { $0 == "’" ? "'" : $0 }) : lower
        }
    }

    /// A token other than a word; `mark` for punctuation.
    init(kind: Kind, range: Range<Int>, followsSpace: Bool, mark: Unicode.Scalar? = nil) {
        self.kind = kind
        self.range = range
        self.followsSpace = followsSpace
        self.mark = mark
        lowercased = ""
    }

    /// The token as written.
    func text(in block: BlockText) -> String {
        kind == .word || kind == .punctuation ? block.string(range) : ""
    }

    func isPunctuation(_ marks: String) -> Bool {
        guard kind == .punctuation, let mark else { return false }
        // `String.contains(String)` would go through Foundation.
        return marks.unicodeScalars.contains(mark)
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
                tokens.append(ProseToken(kind: .hidden, range: start..<index, followsSpace: space))
            } else if scalar == BlockText.fieldSeparator {
                index += 1
                tokens.append(ProseToken(kind: .cellEnd, range: start..<index, followsSpace: space))
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
                tokens.append(ProseToken(word: start..<index, in: block, followsSpace: space))
            } else {
                index += 1
                tokens.append(ProseToken(kind: .punctuation, range: start..<index, followsSpace: space, mark: scalar))
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
