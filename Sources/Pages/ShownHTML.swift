import Config
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
    /// removed (the tags it keeps are marks, breaks, images and empty elements by then).
    func shown(inline raw: String) -> String {
        switch self {
        case .trusted: raw
        case .none: "<!-- raw HTML omitted -->"
        case .safe: ""
        }
    }
}
