import Config
import Outline
import SafeHTML

/// What a redline shows of a text's own HTML, by the site's `html:` setting.
extension HTMLMode {
    /// An HTML block, whole: sanitized on its own in safe mode (an element it leaves open is
    /// closed at its end, and one it closes without opening is left out).
    func shown(block raw: String) -> String {
        switch self {
        case .trusted: raw
        case .none: "<!-- raw HTML omitted -->\n"
        case .safe: HTMLSanitizer.sanitize(authored: raw)
        }
    }

    /// A tag in a line: in safe mode, what is still a raw tag here is what the sanitizer
    /// removed (the tags it keeps are marks, breaks and images by then), or an element kept
    /// around nothing, which marks a place (on the earlier text's side, with its id prefixed
    /// as `InlineElement.onEarlierSide` does).
    func shown(inline raw: String, isOldSide: Bool) -> String {
        switch self {
        case .trusted: raw
        case .none: "<!-- raw HTML omitted -->"
        case .safe:
            InlineElement.emptyElementHTML(raw).map { isOldSide ? $0.replacing(" id=\"", with: " id=\"pg:del-") : $0 } ?? ""
        }
    }
}
