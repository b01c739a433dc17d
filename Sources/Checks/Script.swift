import Synchronization

/// The writing system of a letter, as far as the checks need it.
///
/// The standard library has no Script property, so letters are told by their Unicode blocks.
/// Only letters have a script here, plus the punctuation and full-width forms of CJK
/// typing, which betray a Japanese or Chinese input method; spaces, digits, marks,
/// symbols, emoji and Latin punctuation belong to every text.
enum Script: String, Sendable, Hashable, CaseIterable {
    case latin = "Latin"
    case greek = "Greek"
    case cyrillic = "Cyrillic"
    case armenian = "Armenian"
    case georgian = "Georgian"
    case hebrew = "Hebrew"
    case arabic = "Arabic"
    case devanagari = "Devanagari"
    case bengali = "Bengali"
    case thai = "Thai"
    case hangul = "Hangul"
    case hiragana = "Hiragana"
    case katakana = "Katakana"
    case bopomofo = "Bopomofo"
    case han = "Han"
    case cjkPunctuation = "CJK punctuation"
    case other = "another script"

    /// The script of `scalar`, or nil when it belongs to no script.
    static func of(_ scalar: Unicode.Scalar) -> Script? {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) ? .latin : nil
        }
        // Latin letters and the punctuation of Latin texts first, told by their ranges (a test
        // holds them to `lookedUp`): a text with no other scalars than these makes no table,
        // where tables of these two blocks asked each of their scalars' properties first.
        if value < 0x250 {
            return value >= 0xC0 ? (value == 0xD7 || value == 0xF7 ? nil : .latin)
                : value == 0xAA || value == 0xB5 || value == 0xBA ? .latin : nil
        }
        // General punctuation holds no letter.
        if value >= 0x2000 && value < 0x2070 { return nil }
        if value < 0x10000 { return basicPlane.script(of: Int(value)) }
        return lookedUp(scalar)
    }

    /// The scripts of the basic plane's page `number` (scalars `number << 8` to `number << 8 | 0xFF`),
    /// as the union of their bits (0 for a page without letters).
    static func scriptsOnPage(_ number: Int) -> UInt32 {
        basicPlane.scripts(onPage: number)
    }


    /// `lookedUp` of every scalar below U+10000, where nearly every letter of a text lies, worked
    /// out a page at a time: the checks ask for the script of every letter they read, and the
    /// alphabetic property is a search in the standard library's tables each time.
    private static let basicPlane = ScriptPages()

    /// `lookedUp` of the basic plane's scalar `value`, for the table.
    fileprivate static func worked(_ value: Int) -> Script? {
        // The blocks whose scalars are all letters of one script, or none, are told without
        // asking each scalar's properties.
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: .han
        case 0xAC00...0xD7A3: .hangul
        // Letters all (a Japanese text's kana and a Cyrillic phrase): the property would be
        // asked of each of the page's scalars when it is made.
        case 0x3041...0x3096, 0x309D...0x309F: .hiragana
        case 0x30A1...0x30FA, 0x30FC...0x30FF, 0xFF66...0xFF9F: .katakana
        case 0x0400...0x0481, 0x048A...0x052F: .cyrillic
        case 0xD800...0xF8FF: nil // surrogates (not scalars) and private use (not letters)
        default: Unicode.Scalar(UInt32(value)).flatMap(lookedUp)
        }
    }

    /// Compared and hashed by case, not by name: with a `String` raw value, `==` and hashing
    /// would compare and hash the names, for every letter the checks read.
    static func == (a: Script, b: Script) -> Bool { a.bit == b.bit }

    func hash(into hasher: inout Hasher) { hasher.combine(bit) }

    /// A bit of its own: sets of scripts as masks.
    var bit: UInt32 {
        switch self {
        case .latin: 1 << 0
        case .greek: 1 << 1
        case .cyrillic: 1 << 2
        case .armenian: 1 << 3
        case .georgian: 1 << 4
        case .hebrew: 1 << 5
        case .arabic: 1 << 6
        case .devanagari: 1 << 7
        case .bengali: 1 << 8
        case .thai: 1 << 9
        case .hangul: 1 << 10
        case .hiragana: 1 << 11
        case .katakana: 1 << 12
        case .bopomofo: 1 << 13
        case .han: 1 << 14
        case .cjkPunctuation: 1 << 15
        case .other: 1 << 16
        }
    }

    /// `of`, from the Unicode blocks and the alphabetic property.
    static func lookedUp(_ scalar: Unicode.Scalar) -> Script? {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) ? .latin : nil
        }
        if let punctuation = cjkPunctuation(value) { return punctuation }
        guard scalar.properties.isAlphabetic else { return nil }
        return letterScript(value)
    }

    /// Writes words without spaces between them, so lengths are counted in characters.
    var isWrittenWithoutSpaces: Bool {
        [.han, .hiragana, .katakana, .bopomofo, .thai].contains(self)
    }

    private static func cjkPunctuation(_ value: UInt32) -> Script? {
        switch value {
        case 0x3001...0x3004, 0x3008...0x3020, 0x3030...0x3037, 0x303C...0x303F, 0x30FB,
             0xFE30...0xFE4F, 0xFF01...0xFF65:
            .cjkPunctuation
        default:
            nil
        }
    }

    private static func letterScript(_ value: UInt32) -> Script {
        switch value {
        // With the letter-like symbols of Latin texts: µ, ⁿ, ℓ, Ω, roman numerals, Ⓐ, 𝐀.
        case 0x00AA, 0x00B5, 0x00BA, 0x00C0...0x02FF, 0x1D00...0x1DBF, 0x1E00...0x1EFF, 0x2070...0x209F,
             0x2100...0x218F, 0x24B6...0x24E9, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F,
             0xFB00...0xFB06, 0x1D400...0x1D7FF:
            .latin
        case 0x0370...0x03FF, 0x1F00...0x1FFF: .greek
        case 0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: .cyrillic
        case 0x0530...0x058F, 0xFB13...0xFB17: .armenian
        case 0x10A0...0x10FF, 0x1C90...0x1CBF, 0x2D00...0x2D2F: .georgian
        case 0x0590...0x05FF, 0xFB1D...0xFB4F: .hebrew
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: .arabic
        case 0x0900...0x097F, 0xA8E0...0xA8FF: .devanagari
        case 0x0980...0x09FF: .bengali
        case 0x0E00...0x0E7F: .thai
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xFFA0...0xFFDC: .hangul
        case 0x3040...0x309F, 0x1B000...0x1B16F: .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: .katakana
        case 0x3100...0x312F, 0x31A0...0x31BF: .bopomofo
        case 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
            .han
        default: .other
        }
    }
}

/// The basic plane's scripts by pages of 256 scalars, each made the first time one of its
/// scalars is asked for: a text with one letter outside Latin paid for the making of the
/// whole plane, where a Japanese text reads from a dozen pages. A page once made is
/// never changed; two threads making the same page keep the first one published.
private final class ScriptPages: @unchecked Sendable {
    /// 256 pages, each nil until made; allocated once, for the life of the process.
    private let pages: UnsafeMutablePointer<Atomic<UnsafePointer<Script?>?>>

    init() {
        pages = .allocate(capacity: 256)
        for number in 0..<256 { (pages + number).initialize(to: Atomic(nil)) }
    }

    func script(of value: Int) -> Script? {
        let number = value >> 8
        if let page = pages[number].load(ordering: .acquiring) { return page[value & 0xFF] }
        return made(number)[value & 0xFF]
    }

    /// The union of the bits of the scripts on page `number`, worked out from the page each time
    /// (a check asks once per page and text).
    func scripts(onPage number: Int) -> UInt32 {
        let page = pages[number].load(ordering: .acquiring) ?? made(number)
        var bits: UInt32 = 0
        for offset in 0..<256 { bits |= page[offset]?.bit ?? 0 }
        return bits
    }

    private func made(_ number: Int) -> UnsafePointer<Script?> {
        let page = UnsafeMutablePointer<Script?>.allocate(capacity: 256)
        for offset in 0..<256 { (page + offset).initialize(to: Script.worked(number << 8 | offset)) }
        let (published, current) = pages[number].compareExchange(
            expected: nil, desired: UnsafePointer(page), ordering: .acquiringAndReleasing)
        if published { return UnsafePointer(page) }
        page.deallocate()
        return current!
    }
}
