/// Which link and image targets a page may carry.
///
/// Two rules. Markdown links and images follow cmark-gfm's own (`_scan_dangerous_url` in
/// scanners.re, applied by html.c to every link and image unless CMARK_OPT_UNSAFE), which cmark
/// does not expose, so it is restated here and checked against cmark's own HTML by the tests:
/// a target starting, in any case, with `javascript:`, `vbscript:`, `file:` or `data:` is
/// refused, except `data:image/png|gif|jpeg|webp`. Attributes written in HTML follow the
/// stricter allowlist of GitHub's and Ruby Sanitize's filters (`isAllowedInHTML`).
public enum SafeURL {
    private static let allowed = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
    private static let refused = ["javascript:", "vbscript:", "file:", "data:"]

    /// `url` as the HTML's `href`/`src` holds it (before escaping).
    public static func destination(_ url: String, unsafeHTML: Bool) -> String {
        unsafeHTML || !isDangerous(url) ? url : ""
    }

    public static func isDangerous(_ url: String) -> Bool {
        // Every prefix below starts with j, v, f or d: most targets (https:, /, #) stop here,
        // without the arrays made below.
        guard let first = url.utf8.first,
              [UInt8(ascii: "j"), UInt8(ascii: "v"), UInt8(ascii: "f"), UInt8(ascii: "d")].contains(first | 0x20) else {
            return false
        }
        let bytes = Array(url.utf8.prefix(16))
        if allowed.contains(where: { hasPrefix(bytes, $0) }) { return false }
        return refused.contains(where: { hasPrefix(bytes, $0) })
    }

    /// Whether an `href`, `src` or `cite` written in HTML (entities already decoded) is kept:
    /// a relative URL, or one whose scheme is in `schemes`. The scheme is read as browsers
    /// read it: leading and trailing white space and control characters are ignored, and so
    /// are tabs and line breaks anywhere (`java&#x09;script:`).
    public static func isAllowedInHTML(_ url: String, schemes: Set<String>) -> Bool {
        var scheme: [UInt8] = []
        for byte in url.utf8 {
            if byte <= 0x20 {
                // Before the scheme, any control or space is skipped; inside it, tab and line
                // breaks are removed by the URL parser, and anything else ends it.
                if scheme.isEmpty || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
                return true
            }
            switch byte {
            case UInt8(ascii: ":"):
                return schemes.contains(String(decoding: scheme, as: UTF8.self))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                scheme.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                scheme.append(byte | 0x20)
            default:
                // `/`, `?`, `#` or any other character before a colon: a relative URL.
                return true
            }
        }
        return true
    }

    /// ASCII case-insensitive prefix test; `prefix` is lowercase ASCII.
    private static func hasPrefix(_ bytes: [UInt8], _ prefix: String) -> Bool {
        let expected = Array(prefix.utf8)
        guard bytes.count >= expected.count else { return false }
        return zip(bytes, expected).allSatisfy { byte, lower in
            // Setting bit 5 lowercases ASCII letters; the prefixes' other bytes (':', '/') are
            // compared exactly.
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) ? byte | 0x20 == lower : byte == lower
        }
    }
}
