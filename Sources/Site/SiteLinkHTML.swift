import Config
import Content

/// Turns the `@/policy/version#id` links of a body's HTML into relative links from the page
/// that shows it, into the page's language: one body is shown on the current page, its
/// permalink and compare pages, each at a different depth.
enum SiteLinkHTML {
    private static let marker = Array("href=\"\(SiteLink.prefix)".utf8)

    static func resolve(_ html: String, on page: SitePath, language: LanguageCode) -> String {
        guard html.utf8.contains(UInt8(ascii: "@")) else { return html }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "h"), bytes[index...].starts(with: marker),
                  let close = bytes[(index + 6)...].firstIndex(of: UInt8(ascii: "\"")) else {
                result.append(bytes[index])
                index += 1
                continue
            }
            let target = String(decoding: bytes[(index + 6)..<close], as: UTF8.self)
            if case .success(let link)? = SiteLink.parse(target) {
                let destination = link.version.map { PlannedPage.version(language, policy: link.policy, version: $0) }
                    ?? PlannedPage.current(language, policy: link.policy)
                let href = page.link(to: destination.path) + (link.anchor.map { "#" + $0 } ?? "")
                result += Array("href=\"\(href)\"".utf8)
            } else {
                // The check reports it (PG200), and a build with errors writes nothing.
                result += bytes[index...close]
            }
            index = close + 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
