import Outline

/// A `{#custom-id}` written at the very end of a heading.
enum CustomIDMarker: Sendable, Hashable {
    /// A well-formed id: letters, marks and digits of any script, `-` and `_`.
    case valid(String)
    /// `{#…}` whose content breaks those rules (`{#two words}`, `{#}`); `written` is the content.
    case invalid(written: String)

    var id: String? {
        if case .valid(let id) = self { id } else { nil }
    }

    /// The marker ending `text` (the heading's last text), and the text before it without the
    /// white space that separated them; nil when `text` does not end with `{#…}`.
    ///
    /// cmark has already turned `\{` into `{` here, so a heading that must end in a literal
    /// `{#…}` writes it in a code span.
    static func trailing(in text: String) -> (marker: CustomIDMarker, textBefore: String)? {
        guard text.hasSuffix("}"), let opening = text.ranges(of: "{#").last else { return nil }
        let written = String(text[opening.upperBound..<text.index(before: text.endIndex)])
        var before = text[..<opening.lowerBound]
        while let last = before.last, last == " " || last == "\t" { before.removeLast() }
        let marker: CustomIDMarker = HeadingIDs.isValidCustomID(written) ? .valid(written) : .invalid(written: written)
        return (marker, String(before))
    }
}
