/// How a page links to the rest of the site: relative to its own folder, so the site works
/// under any sub-path; or, for `404.html`, which a host serves at whatever address was asked
/// for, absolute from the host's root with the site's base path (`/legal/en/`).
struct PageLinks: Sendable {
    private enum Style: Sendable {
        case relative(from: SitePath)
        case rootAbsolute(basePath: String)
    }

    private let style: Style

    static func relative(from page: SitePath) -> PageLinks { PageLinks(style: .relative(from: page)) }

    /// `baseURL`'s path ("/legal/" of https://example.com/legal/), "/" without a base URL.
    static func rootAbsolute(baseURL: String?) -> PageLinks {
        var path = "/"
        if let baseURL, let schemeEnd = baseURL.range(of: "://"),
           let pathStart = baseURL[schemeEnd.upperBound...].firstIndex(of: "/") {
            path = String(baseURL[pathStart...])
        }
        return PageLinks(style: .rootAbsolute(basePath: path))
    }

    func to(_ target: SitePath) -> String {
        switch style {
        case .relative(let from): from.link(to: target)
        case .rootAbsolute(let base): base + target.components.map { $0 + "/" }.joined()
        }
    }

    func toFile(_ file: String) -> String {
        switch style {
        case .relative(let from): from.link(toFile: file)
        case .rootAbsolute(let base): base + file
        }
    }
}
