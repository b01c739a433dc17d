/// Scalars that read the same one at a time as in Swift's Characters: each is a Character of
/// its own whatever stands around it (no mark joins it, it joins nothing), equal to no other
/// sequence of plain scalars (the marks a precomposed kana decomposes to are not plain), and
/// lowercased to itself or, from A to Z,
/// to its ASCII small letter. ASCII, CJK ideographs, kana, CJK and general punctuation,
/// full-width forms other than capitals, and ○◯.
///
/// A check that reads a few words as Characters (lowercased, split at letters, compared with
/// strings) reads a stretch of these scalar by scalar instead, with the same result: nearly
/// every stretch of a policy is plain, and making Strings of it cost more than the rest of the check.
enum PlainScalars {
    @inline(__always)
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return true }
        switch value {
        case 0xA0...0xBF, 0x2010...0x2027, 0x25A0...0x25FF, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096,
             0x30A0...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF20, 0xFF3B...0xFF5E:
            return true
        default:
            return false
        }
    }

    /// Whether every scalar of `range` is plain.
    static func arePlain(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        for index in range where !isPlain(scalars[index]) { return false }
        return true
    }

    /// A plain scalar lowercased, as `Character.lowercased()` lowercases it.
    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
    }

    /// `Character.isLetter` of a plain scalar.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        // The blocks of a Japanese or Chinese text told by their ranges: looking the property up
        // for each scalar of a line cost more than the rest of reading it.
        switch value {
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF41...0xFF5A:
            return true
        case 0x2010...0x2027, 0x25A0...0x25FF, 0x3000...0x3004, 0x3008...0x3020, 0xFF01...0xFF20, 0xFF3B...0xFF40,
             0xFF5B...0xFF5E:
            return false
        default:
            return scalar.properties.isAlphabetic
        }
    }

    /// `Character.isWhitespace` of a plain scalar.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value == 0xA0 || value == 0x3000
    }
}
