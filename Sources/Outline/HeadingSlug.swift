import Foundation // NFC: the standard library has no public normalization API yet.

/// Anchor ids made from a heading's plain text.
///
/// Readers of every language link to sections, so the letters, marks and digits of every
/// script are kept (a Japanese heading keeps its kana and kanji); only punctuation, symbols
/// and invisible characters are dropped.
public enum HeadingSlug {
    /// The id given to a heading whose text leaves nothing behind (`## ***`, `## ?!`).
    public static let fallback = "section"

    /// NFC, lowercased; letters, marks, digits, `-` and `_` kept; white space becomes `-`;
    /// everything else dropped; runs of `-` collapse to one and are trimmed at both ends;
    /// an empty result becomes `section`.
    public static func slug(for text: String) -> String {
        asciiSlug(for: text) ?? unicodeSlug(for: text)
    }

    /// `slug(for:)` of any text, scalar by scalar.
    static func unicodeSlug(for text: String) -> String {
        // Lowercasing can leave a string that is not NFC (it may decompose), so normalise last.
        let lowercased = text.lowercased()
        let normalized = isNFC(lowercased) ? lowercased : lowercased.precomposedStringWithCanonicalMapping
        var result = String.UnicodeScalarView()
        // A hyphen is written only when something follows it, which both collapses runs
        // and trims it at either end.
        var hyphenPending = false
        for scalar in normalized.unicodeScalars {
            if scalar == "-" || isWhitespace(scalar) {
                hyphenPending = true
            } else if isIDScalar(scalar) {
                if hyphenPending && !result.isEmpty { result.append("-") }
                hyphenPending = false
                result.append(scalar)
            }
            // Anything else (punctuation, symbols, emoji, format characters) is dropped
            // without breaking a run of hyphens: "Data - use" and "Data use" both give "data-use".
        }
        return result.isEmpty ? fallback : String(result)
    }

    /// `slug(for:)` of an ASCII text, byte by byte (nil for any other text): ASCII is its own
    /// NFC, and lowercases within itself. Most headings are ASCII, and the general path's
    /// lowercasing and scalar-by-scalar string were most of a slug's cost.
    static func asciiSlug(for text: String) -> String? {
        var text = text
        return text.withUTF8 { utf8 -> String? in
            var slug: [UInt8] = []
            slug.reserveCapacity(utf8.count)
            var hyphenPending = false
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                    if hyphenPending && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                    hyphenPending = false
                    slug.append(byte | (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 0x20 : 0))
                case UInt8(ascii: "-"), 0x09...0x0D, UInt8(ascii: " "):
                    hyphenPending = true
                case 0x80...:
                    return nil
                default:
                    break
                }
            }
            return slug.isEmpty ? fallback : String(decoding: slug, as: UTF8.self)
        }
    }

    /// Whether NFC leaves `text` as it is, known without Foundation for the texts of most
    /// headings: scalars below U+0300 (ASCII, Latin-1, Latin Extended, IPA), the general
    /// punctuation from U+2002 (dashes, quotes, ellipsis), CJK punctuation, kana, the CJK
    /// unified ideographs and the full-width forms are all their own NFC form and combine
    /// with nothing (U+2000 and U+2001 are not: they become U+2002 and U+2003; nor are the
    /// combining kana marks U+3099 and U+309A). Foundation's normalisation was most of the
    /// cost of a slug.
    static func isNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x2002...0x206F, 0x3000...0x3029, 0x3041...0x3096, 0x30A1...0x30FC, 0x4E00...0x9FFF,
                 0xFF01...0xFF5E: true
            default: false
            }
        }
    }

    /// Unicode's White_Space; in ASCII, tab to carriage return and space.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x09...0x0D).contains(scalar.value) || scalar == " " : scalar.properties.isWhitespace
    }

    /// The characters an id may hold: letters, marks and numbers of any script, `-` and `_`.
    /// Marks are needed by scripts such as Thai and Devanagari, whose words cannot be
    /// written without combining vowel signs; every slug is therefore also a valid custom id.
    public static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII answered directly: looking up Unicode properties was a large part of a slug.
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
