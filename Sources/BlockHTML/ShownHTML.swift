import Config
import SafeHTML

/// What the writer makes of a text's own HTML.
public enum RawHTMLWriting: Sendable {
    /// As the site's `html:` setting shows it: a redline shows each block and tag on its own.
    case shown(HTMLMode)
    /// Each piece as `marker`: a document with `html: safe` is sanitized whole, with the
    /// author's HTML put back where the markers stand (`AuthoredHTML`, Markdown), so that an
    /// element may span blocks as it does in the text.
    case marked(String)

    /// An HTML block, whole: sanitized on its own in safe mode (an element it leaves open is
    /// closed at its end, and one it closes without opening is left out).
    func block(_ raw: String) -> String {
        switch self {
        case .shown(.trusted): raw
        case .shown(.none): "<!-- raw HTML omitted -->\n"
        case .shown(.safe): HTMLSanitizer.sanitize(authored: raw)
        // cmark ends an HTML block's line itself.
        case .marked(let marker): marker + "\n"
        }
    }

    /// A tag in a line: in safe mode, what is still a raw tag here is what the sanitizer
    /// removed (the tags it keeps are marks, breaks, images and empty elements by then).
    func inline(_ raw: String) -> String {
        switch self {
        case .shown(.trusted): raw
        case .shown(.none): "<!-- raw HTML omitted -->"
        case .shown(.safe): ""
        case .marked(let marker): marker
        }
    }
}
