import Config
import Content

/// Turns the `@/policy/version#id` links of a body's HTML into relative links from the page
/// that shows it, into the page's language: one body is shown on the current page, its
/// permalink and compare pages, each at a different depth.
enum SiteLinkHTML {
    private static let marker = Array("href=\"\(SiteLink.prefix)".utf8)

    /// `base`: the site's `base_url`, for a page read away from the site, whose links are
    /// absolute under it (`StandaloneComparePage`); nil for the site's own pages.
    static func resolve(_ html: String, on page: SitePath, language: LanguageCode, base: String? = nil) -> String {
        // Bodies and redlines are large and most have no site link: the bytes are searched in
        // place, and copied in runs between the links.
        let resolved = html.utf8.withContiguousStorageIfAvailable { resolve($0, on: page, language: language, base: base) }
            ?? Array(html.utf8).withUnsafeBufferPointer { resolve($0, on: page, language: language, base: base) }
        return resolved ?? html
    }

    /// nil when there is no site link.
    private static func resolve(_ bytes: UnsafeBufferPointer<UInt8>, on page: SitePath, language: LanguageCode,
                                base: String?) -> String? {
        let pivot = marker[6]
        guard var start = nextMarker(in: bytes, from: 0, pivot: pivot) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while true {
            guard let close = bytes[(start + 6)...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            result.append(contentsOf: bytes[index..<start])
            let target = String(decoding: bytes[(start + 6)..<close], as: UTF8.self)
            if case .success(let link)? = SiteLink.parse(target) {
                let destination = link.version.map { PageAddress.version(language, policy: link.policy, version: $0) }
                    ?? PageAddress.current(language, policy: link.policy)
                let href = (base.map { destination.path.absoluteURL(base: $0) } ?? page.link(to: destination.path))
                    + (link.anchor.map { "#" + $0 } ?? "")
                result += Array("href=\"\(href)\"".utf8)
            } else {
                // The check reports it (PG200), and a build with errors writes nothing.
                result.append(contentsOf: bytes[start...close])
            }
            index = close + 1
            guard let next = nextMarker(in: bytes, from: index, pivot: pivot) else { break }
            start = next
        }
        result.append(contentsOf: bytes[index...])
        return String(decoding: result, as: UTF8.self)
    }

    /// Where the next `href="@/` starts, at or after `from`: found by its `@`, a rare byte.
    private static func nextMarker(in bytes: UnsafeBufferPointer<UInt8>, from: Int, pivot: UInt8) -> Int? {
        var at = from + 6
        while at < bytes.count, let found = bytes[at...].firstIndex(of: pivot) {
            let start = found - 6
            if bytes[start...].starts(with: marker) { return start }
            at = found + 1
        }
        return nil
    }
}
