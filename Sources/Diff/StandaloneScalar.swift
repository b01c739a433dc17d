/// Scalars that are a whole grapheme whenever they stand next to one another: printable ASCII,
/// CJK ideographs, CJK and fullwidth punctuation. None joins the scalar before or after it
/// (no mark, joiner, prepended sign, regional indicator, Hangul jamo or pictograph), so a
/// grapheme ends between any two of them.
///
/// Chinese text is one token per character; without this each would ask the standard
/// library's grapheme breaking where it ends.
enum StandaloneScalar {
    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E,        // printable ASCII
             0x3000...0x3029,    // CJK space and punctuation up to the tone marks
             0x3400...0x4DBF,    // CJK extension A
             0x4E00...0x9FFF,    // CJK unified ideographs
             0xFF01...0xFF5E:    // fullwidth punctuation, digits and Latin
            true
        default:
            false
        }
    }
}
