import Foundation

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
    /// The one scalar of a punctuation token.
    var mark: Unicode.Scalar?
    /// Whether a word is all ASCII: it is then lowercased and compared byte by byte.
    var isASCII = false

    /// The token as written.
    func text(in block: BlockText) -> String {
        kind == .word || kind == .punctuation ? block.string(range) : ""
    }

    /// A word lowercased, with ’ read as '; empty for other tokens.
    func lowercased(in block: BlockText) -> String {
        guard kind == .word else { return "" }
        guard isASCII else {
            let lower = block.string(range).lowercased()
            return lower.unicodeScalars.contains("’") ? String(lower.map { $0 == "’" ? "'" : $0 }) : lower
        }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (at, scalar) in block.scalars[range].enumerated() { buffer[at] = Self.lowercaseASCII(scalar) }
            return range.count
        }
    }

    /// Whether `lowercased(in:)` is `word`. Every word of a text is compared with a few, and
    /// nearly all differ: an ASCII word is compared scalar by scalar, without making a String.
    func lowercases(to word: LowercaseWord, in block: BlockText) -> Bool {
        guard kind == .word, isASCII else { return lowercased(in: block) == word.text }
        guard let bytes = word.asciiForm, bytes.count == range.count else { return false }
        return zip(block.scalars[range], bytes).allSatisfy { Self.lowercaseASCII($0) == $1 }
    }

    /// Whether an ASCII word's lowercase bytes begin with `prefix` (`lowercased(in:)`'s UTF-8
    /// starting with it), read in the block's scalars.
    func lowercaseBytesStart(with prefix: [UInt8], in block: BlockText) -> Bool {
        guard prefix.count <= range.count else { return false }
        let scalars = block.scalars
        var offset = 0
        while offset < prefix.count {
            guard Self.lowercaseASCII(scalars[range.lowerBound + offset]) == prefix[offset] else { return false }
            offset += 1
        }
        return true
    }

    private static func lowercaseASCII(_ scalar: Unicode.Scalar) -> UInt8 {
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    func isPunctuation(_ marks: String) -> Bool {
        guard kind == .punctuation, let mark else { return false }
        // `String.contains(String)` would go through Foundation.
        return marks.unicodeScalars.contains(mark)
    }

    /// The block's tokens in reading order.
    static func tokens(of block: BlockText) -> [ProseToken] {
        var tokens: [ProseToken] = []
        // A word and its space take about six scalars of prose: room for a token every four is
        // enough that the array seldom grows.
        tokens.reserveCapacity(block.count / 4)
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
                var isASCII = scalar.isASCII
                index += 1
                while index < block.count, !block.isHidden[index] {
                    let next = block.scalars[index]
                    if isWordPart(next) {
                        isASCII = isASCII && next.isASCII
                        index += 1
                    } else if Self.isInnerJoiner(next), index + 1 < block.count,
                              !block.isHidden[index + 1], isWordPart(block.scalars[index + 1]) {
                        isASCII = isASCII && next.isASCII && block.scalars[index + 1].isASCII
                        index += 2
                    } else {
                        break
                    }
                }
                tokens.append(ProseToken(kind: .word, range: start..<index, followsSpace: space, isASCII: isASCII))
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

    @inline(__always)
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return isNonASCIIWordPart(scalar)
    }

    private static func isNonASCIIWordPart(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || scalar.hasNumericType
            || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
    }
}

/// A lowercase word the checks compare tokens with (`ProseToken.lowercases(to:in:)`), with its
/// canonical decomposition when that is ASCII: an ASCII token equals the word, as `==` compares
/// strings, exactly when its lowercase bytes are those, and equals no word that has none (`à`).
struct LowercaseWord: Sendable {
    let text: String
    let asciiForm: [UInt8]?

    init(_ text: String) {
        self.text = text
        // ASCII is its own decomposition; asking Foundation for it started Foundation's
        // normalization in every process that checked an English text.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            asciiForm = Array(text.utf8)
            return
        }
        // Outside ASCII, a few scalars decompose to ASCII (the Kelvin sign to `K`).
        let decomposed = text.decomposedStringWithCanonicalMapping
        asciiForm = decomposed.utf8.allSatisfy { $0 < 0x80 } ? Array(decomposed.utf8) : nil
    }
}
