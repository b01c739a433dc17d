import Config

/// A link from a body to another page of the site, written `@/terms`, `@/terms#liability`,
/// `@/privacy/v1` or `@/privacy/v1#retention`: a policy (its current version) or one of its
/// versions, and a heading there. Each page rewrites it to a relative link into its own
/// language (`../terms/`, `../../privacy/versions/v1/`), so it works on every page that shows
/// the text and under any sub-path.
public struct SiteLink: Sendable, Hashable {
    public static let prefix = "@/"

    public var policy: String
    public var version: String?
    /// As written after `#` (in an `href`, percent-encoded by cmark).
    public var anchor: String?

    public init(policy: String, version: String? = nil, anchor: String? = nil) {
        self.policy = policy
        self.version = version
        self.anchor = anchor
    }

    /// nil when `destination` is not a site link; `.failure` when it starts with `@/` but is
    /// not one of the forms above.
    public static func parse(_ destination: String) -> Result<SiteLink, SiteLinkSyntaxError>? {
        guard destination.hasPrefix(prefix) else { return nil }
        var rest = Substring(destination.dropFirst(prefix.count))
        var anchor: String?
        if let hash = rest.firstIndex(of: "#") {
            anchor = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), Slug.isPolicySlug(parts[0]),
              parts.count == 1 || Slug.isVersionSlug(parts[1]), anchor.map({ !$0.isEmpty }) ?? true else {
            return .failure(SiteLinkSyntaxError())
        }
        return .success(SiteLink(policy: parts[0], version: parts.count == 2 ? parts[1] : nil, anchor: anchor))
    }
}

public struct SiteLinkSyntaxError: Error, Sendable {}
