/// How a Unicode scalar takes part in tokens.
///
/// The standard library has no Script property, so scripts written without spaces between
/// words are recognised by their blocks. Letters of those scripts are compared one grapheme at
/// a time; letters of other scripts form words with the digits and marks that follow them.
enum ScriptClass {
    case space
    /// A letter, digit or mark of a script written with spaces, or a joiner inside a word.
    case wordPart
    /// A letter of a script written without spaces.
    case unspaced
    case other

    /// ASCII by value, the rest by general category and block.
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> ScriptClass {
        let value = scalar.value
        if value < 0x80 { return ofASCII(UInt8(value)) }
        return ofOther(scalar)
    }

    @inline(__always)
    private static func ofASCII(_ byte: UInt8) -> ScriptClass {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): .wordPart
        case UInt8(ascii: " "), 0x09...0x0D: .space
        default: .other
        }
    }

    private static func ofOther(_ scalar: Unicode.Scalar) -> ScriptClass {
        let value = scalar.value
        // CJK ideographs, every one a letter: the most common scalars outside ASCII in
        // Chinese and Japanese text, classed without looking up their general category.
        if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) { return .unspaced }
        if isUnspaced(value) {
            // Their punctuation (、。「」) and spaces stay punctuation and spaces.
            return isLetterOrMark(scalar) || isNumber(scalar) ? .unspaced : (scalar.properties.isWhitespace ? .space : .other)
        }
        if scalar.properties.isWhitespace { return .space }
        // Zero-width non-joiner and joiner are written inside Persian and Indic words.
        if value == 0x200C || value == 0x200D { return .wordPart }
        return isLetterOrMark(scalar) || isNumber(scalar) ? .wordPart : .other
    }

    private static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .letterNumber:
            true
        default:
            false
        }
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        let category = scalar.properties.generalCategory
        return category == .decimalNumber || category == .otherNumber
    }

    /// Blocks of scripts written without spaces between words.
    private static func isUnspaced(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E00...0x0EFF,     // Thai, Lao
             0x0F00...0x0FFF,     // Tibetan
             0x1000...0x109F,     // Myanmar
             0x1780...0x17FF, 0x19E0...0x19FF, // Khmer
             0x1B00...0x1B7F,     // Balinese
             0x2E80...0x2FDF,     // CJK and Kangxi radicals
             0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303C, // 々〆〇, Hangzhou numerals
             0x3040...0x30FF,     // Hiragana, Katakana
             0x3100...0x312F, 0x31A0...0x31BF, // Bopomofo
             0x31F0...0x31FF,     // Katakana phonetic extensions
             0x3400...0x4DBF,     // CJK extension A
             0x4E00...0x9FFF,     // CJK unified ideographs
             0xA000...0xA4CF,     // Yi
             0xA980...0xA9FF,     // Javanese, Myanmar extension B
             0xAA60...0xAA7F,     // Myanmar extension A
             0xF900...0xFAFF,     // CJK compatibility ideographs
             0xFF66...0xFF9F,     // halfwidth Katakana
             0x1B000...0x1B16F,   // Kana supplement and extensions
             0x20000...0x3134F:   // CJK extensions B–G
            true
        default:
            false
        }
    }
}
