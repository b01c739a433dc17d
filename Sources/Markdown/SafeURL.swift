/// The link and image targets cmark-gfm's HTML empties in safe mode.
///
/// cmark does not expose the decision, so its rule (`_scan_dangerous_url` in scanners.re,
/// applied by html.c to every link and image unless CMARK_OPT_UNSAFE) is restated here and
/// checked against cmark's own HTML by the tests: a target starting, in any case, with
/// `javascript:`, `vbscript:`, `file:` or `data:` is refused, except
/// `data:image/png|gif|jpeg|webp`.
enum SafeURL {
    private static let allowed = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
    private static let refused = ["javascript:", "vbscript:", "file:", "data:"]

    /// `url` as the HTML's `href`/`src` holds it (before escaping).
    static func destination(_ url: String, unsafeHTML: Bool) -> String {
        unsafeHTML || !isDangerous(url) ? url : ""
    }

    static func isDangerous(_ url: String) -> Bool {
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
