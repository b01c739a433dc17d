/// What a block's text holds that some check looks for, noted while the text is made: a check
/// passes over a block without what it needs (most blocks hold no bracket, no brace, no run of
/// capitals) instead of reading it again. A feature may be noted where the check then finds
/// nothing, never the other way round.
struct BlockFeatures: OptionSet {
    let rawValue: UInt32

    /// `[` or `［`: placeholders, links left as text.
    static let bracket = BlockFeatures(rawValue: 1 << 0)
    /// `{` or `%`: markup of other template languages (`{{`, `{%`, `<%`).
    static let templateMark = BlockFeatures(rawValue: 1 << 1)
    /// `T` or `F` before a capital, two `X`, `lo` in any case: editors' markers, runs of X, lorem.
    static let markerStart = BlockFeatures(rawValue: 1 << 3)
    /// ○, ◯ or 〇: Japanese blanks.
    static let circle = BlockFeatures(rawValue: 1 << 4)
    /// `:` or `：`: labels.
    static let colon = BlockFeatures(rawValue: 1 << 2)
    /// Punctuation after white space (`at .`), or two white spaces in a row (`at  or`).
    static let gapMark = BlockFeatures(rawValue: 1 << 5)
    /// A scalar outside ASCII: letters of other scripts.
    static let nonASCII = BlockFeatures(rawValue: 1 << 6)
    /// An opening CJK bracket or quotation mark, or `ま`: Japanese gaps.
    static let cjkMark = BlockFeatures(rawValue: 1 << 7)
    /// "at or" or "at and" in any case, "at" starting a word: the one English lead that loses its
    /// address before a conjunction with a single space between (`ReferenceWords.english`).
    static let atConjunction = BlockFeatures(rawValue: 1 << 8)

    /// Whether the scalars up to `index` (an `r` or a `d`) end with "at or" or "at and", in any
    /// case, after what is not a letter (or the start of the block).
    @inline(__always)
    static func endsWithAtConjunction(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> Bool {
        // Lowercased ASCII, 0 for other scalars and before the start.
        func byte(_ offset: Int) -> UInt32 {
            guard index - offset >= 0 else { return 0 }
            let value = scalars[index - offset].value
            return value < 0x80 ? (value >= 0x41 && value <= 0x5A ? value + 0x20 : value) : 0
        }
        func isLetter(_ value: UInt32) -> Bool { value >= 0x61 && value <= 0x7A }
        switch byte(0) {
        case 0x72: // "at or"
            return byte(1) == 0x6F && byte(2) == 0x20 && byte(3) == 0x74 && byte(4) == 0x61 && !isLetter(byte(5))
        case 0x64: // "at and"
            return byte(1) == 0x6E && byte(2) == 0x61 && byte(3) == 0x20 && byte(4) == 0x74 && byte(5) == 0x61
                && !isLetter(byte(6))
        default:
            return false
        }
    }

    /// The features an ASCII byte adds after another (`ascii(_:after:)` of their classes), at
    /// `previous << 7 | current`, 0 standing for anything but ASCII before; with
    /// `mayEndAtConjunction` for `r` after `o` and `d` after `n`, in any case. 16 KiB.
    static let asciiPairs: [UInt8] = {
        // Made at a text's first check: each row is what a byte adds alone, copied, with the few
        // pairs a previous byte changes set after (`pairs(of:)`, tested against every pair). Working
        // out all 16,384 pairs one by one took a tenth of a millisecond.
        let classes = asciiClasses
        var alone = [UInt8](repeating: 0, count: 128)
        for current in 0..<128 { alone[current] = UInt8(classes[current] & 7) }
        var space: [Int] = [], gapFollowers: [Int] = [], capitals: [Int] = []
        for current in 0..<128 {
            if classes[current] & Class.space != 0 { space.append(current) }
            if classes[current] & (Class.space | Class.gapPunctuation) != 0 { gapFollowers.append(current) }
            if classes[current] & Class.capital != 0 { capitals.append(current) }
        }
        return [UInt8](unsafeUninitializedCapacity: 128 * 128) { pairs, count in
            for previous in 0..<128 {
                let row = previous << 7
                // One copy of the row (a loop of byte stores was most of the table's making).
                alone.withUnsafeBufferPointer { alone in (pairs.baseAddress! + row).initialize(from: alone.baseAddress!, count: 128) }
                let kind = classes[previous]
                // Punctuation or white space after white space.
                if kind & Class.space != 0 {
                    for current in gapFollowers { pairs[row | current] |= UInt8(BlockFeatures.gapMark.rawValue) }
                }
                // A capital after T or F, X after X, o after l.
                if kind & Class.markerInitial != 0 {
                    for current in capitals { pairs[row | current] |= UInt8(BlockFeatures.markerStart.rawValue) }
                }
                if kind & Class.x != 0 { pairs[row | 0x58] |= UInt8(BlockFeatures.markerStart.rawValue) }
                if kind & Class.l != 0 {
                    pairs[row | 0x4F] |= UInt8(BlockFeatures.markerStart.rawValue)
                    pairs[row | 0x6F] |= UInt8(BlockFeatures.markerStart.rawValue)
                }
                // "or" and "and" may end "at or", "at and".
                switch previous | 0x20 {
                case 0x6F:
                    pairs[row | 0x52] |= mayEndAtConjunction
                    pairs[row | 0x72] |= mayEndAtConjunction
                case 0x6E:
                    pairs[row | 0x44] |= mayEndAtConjunction
                    pairs[row | 0x64] |= mayEndAtConjunction
                default: break
                }
            }
            count = 128 * 128
        }
    }()

    /// `asciiPairs[previous << 7 | current]` worked out from the classes one pair at a time: what
    /// the table stands for.
    static func pair(_ current: Int, after previous: Int) -> UInt8 {
        var pair = UInt8(ascii(asciiClasses[current], after: asciiClasses[previous]))
        let last = current | 0x20, before = previous | 0x20
        if (last == 0x72 && before == 0x6F) || (last == 0x64 && before == 0x6E) { pair |= mayEndAtConjunction }
        return pair
    }

    /// The bits of `asciiPairs` that are features.
    static let pairFeatures: UInt8 = 0x3F
    static let mayEndAtConjunction: UInt8 = 0x80

    /// What an ASCII scalar is, for the features: its low bits are the features it adds alone
    /// (`bracket`, `templateMark`, `colon`); the others say what it adds after another.
    static let asciiClasses: [UInt16] = (0..<128).map { (value: UInt32) -> UInt16 in
        var bits: UInt16 = 0
        switch value {
        case 0x5B: bits |= 1
        case 0x7B, 0x25: bits |= 2
        case 0x3A: bits |= 4
        case 0x2E, 0x2C, 0x3B, 0x21, 0x3F, 0x29: bits |= Class.gapPunctuation
        case 0x20, 0x0A, 0x09: bits |= Class.space
        default: break
        }
        if value >= 0x41 && value <= 0x5A { bits |= Class.capital }
        if value == 0x54 || value == 0x46 { bits |= Class.markerInitial }
        if value == 0x58 { bits |= Class.x }
        if value == 0x6F || value == 0x4F { bits |= Class.o }
        if value == 0x6C || value == 0x4C { bits |= Class.l }
        return bits
    }

    enum Class {
        static let gapPunctuation: UInt16 = 1 << 3
        static let space: UInt16 = 1 << 4
        static let capital: UInt16 = 1 << 5
        static let markerInitial: UInt16 = 1 << 6
        static let x: UInt16 = 1 << 7
        static let o: UInt16 = 1 << 8
        static let l: UInt16 = 1 << 9
    }

    /// The features an ASCII scalar of class `current` adds after one of class `previous`,
    /// without branching: most of a text is ASCII, and a switch cost a mispredicted jump a scalar.
    @inline(__always)
    static func ascii(_ current: UInt16, after previous: UInt16) -> UInt32 {
        let alone = UInt32(current & 7)
        // Punctuation or white space after white space.
        let gap = UInt32((current >> 3 | current >> 4) & (previous >> 4) & 1) << 5
        // A capital after T or F, X after X, o after l.
        let marker = UInt32((current >> 5 & previous >> 6) | (current >> 7 & previous >> 7) | (current >> 8 & previous >> 9)) & 1
        return alone | gap | marker << 3
    }

    /// The features a scalar outside ASCII adds.
    static func nonASCII(_ scalar: UInt32) -> BlockFeatures {
        switch scalar {
        case 0x25CB, 0x25EF, 0x3007: [.nonASCII, .circle]
        case 0xFF3B: [.nonASCII, .bracket]
        case 0xFF1A: [.nonASCII, .colon]
        case 0x300C, 0x300E, 0x3010, 0xFF08, 0x3014, 0x300A, 0x3008, 0x307E: [.nonASCII, .cjkMark]
        default: .nonASCII
        }
    }
}
