/// Levels for headings found by their numbering: the first style of number met is a section
/// (level 2), a style met inside it a subsection (3), and so on; going back to a style met
/// before goes back to its level. "5.2." under "5." is one deeper by the same rule.
struct HeadingLevels: Sendable {
    enum Style: Sendable, Hashable {
        case numbered(HeadingNumber.Style)
        /// A heading found by its shape alone: a short line in title case, say.
        case unnumbered
        /// An unnumbered line in capitals ("GOVERNING LAW"), which heads a part of the text.
        case capitals
    }

    private var open: [Style] = []

    mutating func level(for style: Style) -> Int {
        if let index = open.firstIndex(of: style) {
            open.removeSubrange((index + 1)...)
            return min(index + 2, 6)
        }
        // Numbered sections after a few unnumbered headings ("Introduction", then "1. Scope")
        // stand beside them, not under them; so does a line in capitals after numbered
        // sections ("Article 3", then "GOVERNING LAW").
        if case .numbered = style, open.allSatisfy({ $0 == .unnumbered || $0 == .capitals }) {
            open = [style]
            return 2
        }
        if style == .capitals, open.contains(where: { if case .numbered = $0 { true } else { false } }) {
            open = [style]
            return 2
        }
        open.append(style)
        return min(open.count + 1, 6)
    }
}
