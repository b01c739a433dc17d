/// A page's folder inside the site, as path components: `[]` is the home page,
/// `["en", "privacy", "versions", "v2"]` a version's permalink. Every page is `index.html`
/// in its folder, and links point at folders so the site works under any sub-path.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var components: [String]

    public init(_ components: [String]) { self.components = components }

    public static let root = SitePath([])

    public func appending(_ more: String...) -> SitePath { SitePath(components + more) }

    /// The file the page is written to, relative to the output folder.
    public var filePath: String { (components + ["index.html"]).joined(separator: "/") }

    public var description: String { components.isEmpty ? "/" : "/" + components.joined(separator: "/") + "/" }

    /// A relative link from this page's folder to `target`'s folder: `../versions/v2/`, `./`.
    public func link(to target: SitePath) -> String {
        let common = zip(components, target.components).prefix { $0 == $1 }.count
        let up = String(repeating: "../", count: components.count - common)
        let down = target.components[common...].map { $0 + "/" }.joined()
        let link = up + down
        return link.isEmpty ? "./" : link
    }

    /// A relative link from this page to a file of the site (`assets/style.css`, `en/feed.xml`).
    public func link(toFile file: String) -> String {
        var parts = file.split(separator: "/").map(String.init)
        let name = parts.removeLast()
        let folder = link(to: SitePath(parts))
        return folder == "./" ? name : folder + name
    }

    /// The absolute URL of the page under `baseURL` (which ends in `/`).
    public func absoluteURL(base baseURL: String) -> String {
        baseURL + components.map { $0 + "/" }.joined()
    }

    public static func < (a: SitePath, b: SitePath) -> Bool { a.components.lexicographicallyPrecedes(b.components) }
}
