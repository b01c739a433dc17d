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
        case .shown(.trusted): TagFilter.defused(raw)
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
        case .shown(.trusted): TagFilter.defused(raw)
        case .shown(.none): "<!-- raw HTML omitted -->"
        case .shown(.safe): ""
        case .marked(let marker): marker
        }
    }
}

/// GFM's tagfilter, as cmark-gfm's extension applies it to trusted HTML: the `<` of a start or
/// end tag of the few elements that change how a page is parsed (`<script>`, `<style>`,
/// `<iframe>`, `<textarea>` …) is written `&lt;`, so the tag shows as text.
enum TagFilter {
    private static let names: [[UInt8]] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script",
                                           "plaintext"].map { Array($0.utf8) }

    static func defused(_ raw: String) -> String {
        let bytes = Array(raw.utf8)
        guard let first = bytes.firstIndex(of: UInt8(ascii: "<")),
              bytes[first...].indices.contains(where: { bytes[$0] == UInt8(ascii: "<") && isFiltered(bytes, at: $0) }) else {
            return raw
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "<"), isFiltered(bytes, at: index) {
                out += "&lt;".utf8
            } else {
                out.append(bytes[index])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the `<` at `start` opens or closes a filtered element: its name, then a space,
    /// `>` or `/>` (cmark-gfm's `is_tag`, over what remains of the literal).
    private static func isFiltered(_ bytes: [UInt8], at start: Int) -> Bool {
        guard bytes.count - start >= 3 else { return false }
        var nameStart = start + 1
        if bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
        for name in names {
            var index = nameStart
            var matched = true
            for letter in name {
                guard index < bytes.count else { matched = false; break }
                let byte = bytes[index]
                let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                guard lower == letter else { matched = false; break }
                index += 1
            }
            guard matched, index < bytes.count else { continue }
            let next = bytes[index]
            // cmark's isspace: space, tab, line feed, line tabulation, form feed, carriage return.
            if next == 0x20 || (next >= 0x09 && next <= 0x0D) || next == UInt8(ascii: ">") { return true }
            if next == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") { return true }
        }
        return false
    }
}
