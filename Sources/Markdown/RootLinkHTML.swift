import Config

/// A body's links and images written from the root (`href="/articles/…"`) that lead to no page
/// of the site, made absolute to `main_site` in its HTML (`RootLinks.published`). cmark writes
/// every target as `href="…"` or `src="…"`, so the HTML is searched for those, once.
enum RootLinkHTML {
    static func publishing(_ html: String, _ rule: RootLinks) -> String {
        guard rule.mainSite != nil else { return html }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        var copied = 0
        var index = 0
        while let quote = next(in: bytes, from: index) {
            index = quote + 1
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let target = String(decoding: bytes[index..<close], as: UTF8.self)
            if let published = rule.published(target) {
                if result.isEmpty { result.reserveCapacity(bytes.count + 256) }
                result += bytes[copied..<index]
                result += Array(published.utf8)
                copied = close
            }
            index = close + 1
        }
        guard copied > 0 else { return html }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    private static let attributes = [Array("href=\"/".utf8), Array("src=\"/".utf8)]

    /// The offset of the opening quote of the next `href="/` or `src="/` at or after `from`.
    private static func next(in bytes: [UInt8], from: Int) -> Int? {
        var at = from
        while at < bytes.count, let equals = bytes[at...].firstIndex(of: UInt8(ascii: "=")) {
            at = equals + 1
            for attribute in attributes {
                let start = equals - (attribute.count - 3)
                if start >= 0, bytes.count >= start + attribute.count,
                   bytes[start..<start + attribute.count].elementsEqual(attribute) {
                    return equals + 1
                }
            }
        }
        return nil
    }
}
