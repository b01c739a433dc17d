import Config
import Content
import Diagnostics
import Localization

/// An old address of a page (`aliases:` or `redirect_from:` in its front-matter), answered by
/// a small page that sends readers and search engines on to the page: listed nowhere else.
public struct Redirect: Sendable {
    public let alias: Alias
    /// The page it leads to.
    let target: PageAddress
    /// The title of the text that page shows, for the visible link.
    let title: String
    let language: LanguageCode
}

extension SiteRenderer {
    /// The redirects of every policy, each address once, and the problems that keep one from
    /// being made: an address written for two pages, or one the site has a file at already.
    /// `taken`: every other file of the site. An alias written in several versions of a policy
    /// (front-matter copied forward) leads to the newest of them: to the policy's current page
    /// when that is the version shown as current or a later one, else to its permanent page.
    static func redirects(_ policies: [PlannedPolicy], taken: [String]) -> (redirects: [Redirect], problems: [Diagnostic]) {
        struct Claim {
            var policy: PlannedPolicy
            var language: LanguageCode
            var index: Int
            var version: PolicyVersion
            var alias: Alias
        }
        var claims: [String: [Claim]] = [:]
        var order: [String] = []
        for policy in policies {
            for (index, entry) in policy.timeline.entries.enumerated() {
                for (language, translation) in entry.version.translations.sorted(by: { $0.key < $1.key }) {
                    for alias in translation.frontMatter.aliases {
                        if claims[alias.filePath] == nil { order.append(alias.filePath) }
                        claims[alias.filePath, default: []].append(
                            Claim(policy: policy, language: language, index: index, version: entry.version, alias: alias))
                    }
                }
            }
        }
        // Most sites have none: the site's files are not gathered for nothing.
        guard !order.isEmpty else { return ([], []) }
        // The site's own files are compared without case: on a file system that ignores it (a
        // Mac's), `/EN/Privacy/` would be written over `en/privacy/index.html`. The redirects
        // made so far count too: `old.html` and `old.html/index.html` cannot both be.
        let siteFiles = Set(taken.map { $0.lowercased() })
        let siteFolders = Set(taken.flatMap { Self.folders(of: $0.lowercased()) })
        var files: Set<String> = [], folders: Set<String> = []
        var redirects: [Redirect] = []
        var problems: [Diagnostic] = []
        for path in order {
            let claims = claims[path]!
            let first = claims[0]
            if let clash = claims.first(where: { $0.policy.slug != first.policy.slug || $0.language != first.language }) {
                problems.append(.error(.aliasConflict, at: clash.alias.location,
                                       "the alias '\(clash.alias.written)' is also written for another page, in \(first.alias.location.path)",
                                       hint: "an old address can lead to one page only: remove it from one of the two files"))
                continue
            }
            let ancestors = Self.folders(of: path), folded = path.lowercased()
            if siteFiles.contains(folded) || siteFolders.contains(folded) || Self.folders(of: folded).contains(where: siteFiles.contains)
                || folders.contains(path) || ancestors.contains(where: files.contains) {
                problems.append(.error(.aliasConflict, at: first.alias.location,
                                       "the alias '\(first.alias.written)' is the address of a page or file of the site, or of a folder holding one (\(path))",
                                       hint: "an alias is an address the site no longer has a page at: remove it"))
                continue
            }
            files.insert(path)
            folders.formUnion(ancestors)
            let newest = claims.max { $0.index < $1.index }!
            let policy = newest.policy
            let shownIndex = policy.index(of: policy.current.version)
            let target: PageAddress = newest.index >= shownIndex
                ? .current(newest.language, policy: policy.slug)
                : .version(newest.language, policy: policy.slug, version: newest.version.id)
            let title = (newest.index >= shownIndex ? policy.current.version : newest.version).text(in: newest.language).frontMatter.title
            redirects.append(Redirect(alias: newest.alias, target: target, title: title, language: newest.language))
        }
        return (redirects, problems)
    }

    /// The folders a file is in, outermost first: `a/b/c.html` is in `a` and `a/b`.
    private static func folders(of path: String) -> [String] {
        let parts = path.split(separator: "/")
        return parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
    }

    /// The page at an old address: a refresh to the page, its canonical link, and a link a
    /// reader can follow where refreshes are blocked; never indexed.
    func redirectPage(_ redirect: Redirect) -> String {
        var folder = redirect.alias.filePath.split(separator: "/").map(String.init)
        folder.removeLast()
        let relative = SitePath(folder).link(to: redirect.target.path)
        let canonical = config.baseURL.map { redirect.target.path.absoluteURL(base: $0) } ?? relative
        let language = self.language(redirect.language) ?? defaultLanguage
        let title = HTMLText.escape(redirect.title)
        let link = "<a href=\"\(HTMLText.escape(relative))\">\(title)</a>"
        return """
            <!DOCTYPE html>
            <html lang="\(language.code)" dir="\(language.direction)">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="\(HTMLText.escape(canonical))">
            <meta http-equiv="refresh" content="0; url=\(HTMLText.escape(relative))">
            </head>
            <body>
            <p>\(language.strings.html("moved_to", ["page": link]))</p>
            </body>
            </html>

            """
    }
}
