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
        let lower = text.lowercased()
        lowercased = lower.contains("’") ? String(lower.map { $0 == "’" ? "'" : $0 }) : lower
    }

    func isPunctuation(_ marks: String) -> Bool {
        kind == .punctuation && marks.contains(text)
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
            } else if scalar.properties.isWhitespace {
                index += 1
                space = true
                continue
            } else if isWordPart(scalar) {
                index += 1
                while index < block.count, !block.isHidden[index] {
                    if isWordPart(block.scalars[index]) {
                        index += 1
                    } else if "-'’".unicodeScalars.contains(block.scalars[index]), index + 1 < block.count,
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

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
    }
}
