/// Links written from the root of the host (`/articles/…`, `/legal/en/privacy/`): a page of
/// this site is at such a path only under the path of `base_url`, in a language's folder (or
/// one of the site's root files). Scraped and migrated policies are full of root-relative
/// links to the company's own site, which lead nowhere once the text is published here;
/// with `main_site:`, those that do not lead into this site are published absolute to it.
///
/// The rendering (which makes them absolute) and the check (PG215, which reports those that
/// lead to no page) both decide by this rule.
public struct RootLinks: Sendable, Hashable {
    /// The path of `base_url`, starting and ending with `/` (`/` without a base URL).
    public let basePath: String
    /// The site's language codes, as folders of the site.
    public let languages: Set<String>
    /// `main_site`, ending in `/`.
    public let mainSite: String?

    /// What the site has at its root besides the languages' folders.
    static let rootEntries: Set<String> = ["sitemap.xml", "robots.txt", "404.html", "index.html", "assets"]

    public init(basePath: String, languages: Set<String>, mainSite: String?) {
        self.basePath = basePath
        self.languages = languages
        self.mainSite = mainSite
    }

    public init(_ config: SiteConfig) {
        self.init(basePath: Self.path(ofBaseURL: config.baseURL), languages: Set(config.languages.map(\.code.rawValue)),
                  mainSite: config.mainSite)
    }

    /// `/legal/` of `https://example.com/legal/`.
    static func path(ofBaseURL url: String?) -> String {
        guard let url, let scheme = url.range(of: "://") else { return "/" }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    /// Whether `destination` is written from the root of the host: `/…` but not `//host/…`.
    public static func isRootRelative(_ destination: String) -> Bool {
        var bytes = destination.utf8.makeIterator()
        return bytes.next() == UInt8(ascii: "/") && bytes.next() != UInt8(ascii: "/")
    }

    /// The components of the site path a root-relative link names inside this site (`[]` for
    /// its home, `["en", "privacy"]`, `["sitemap.xml"]`), without its query and fragment; nil
    /// when the link does not lead into the site (not under the base path, or to no language's
    /// folder or root file).
    public func sitePath(of destination: String) -> [String]? {
        guard Self.isRootRelative(destination) else { return nil }
        let path = destination.prefix { $0 != "?" && $0 != "#" }
        let folder = path.hasSuffix("/") ? String(path) : path + "/"
        guard folder.hasPrefix(basePath) else { return nil }
        var components = folder.dropFirst(basePath.count).split(separator: "/").map(String.init)
        if components.last == "index.html" { components.removeLast() }
        guard let first = components.first else { return [] }
        return languages.contains(first) || Self.rootEntries.contains(first) ? components : nil
    }

    /// The address a link is published with: a root-relative link that does not lead into this
    /// site, absolute to `main_site` when there is one; nil to keep it as written.
    public func published(_ destination: String) -> String? {
        guard let mainSite, Self.isRootRelative(destination), sitePath(of: destination) == nil else { return nil }
        return mainSite + destination.dropFirst()
    }
}
