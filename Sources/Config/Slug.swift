/// The names content may give to folders: policies, versions, themes.
public enum Slug {
    public static let maximumLength = 64
    /// Names that would collide with pages or files policygen writes.
    public static let reserved: Set<String> = [
        "versions", "compare", "assets", "index.html", "feed.xml", "versions.json",
        "404.html", "robots.txt", "sitemap.xml", "favicon.ico",
    ]

    /// `[a-z0-9][a-z0-9-]*`, at most 64 characters.
    public static func isPolicySlug(_ name: String) -> Bool {
        wellFormed(name, extra: "-")
    }

    /// `[a-z0-9][a-z0-9._-]*` without `..`, at most 64 characters, not ending in .html/.json/.xml.
    public static func isVersionSlug(_ name: String) -> Bool {
        wellFormed(name, extra: "-._") && !name.contains("..")
            && !name.hasSuffix(".html") && !name.hasSuffix(".json") && !name.hasSuffix(".xml")
    }

    private static func wellFormed(_ name: String, extra: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.utf8.count <= maximumLength,
              isLowerAlphanumeric(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || extra.unicodeScalars.contains($0) }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
