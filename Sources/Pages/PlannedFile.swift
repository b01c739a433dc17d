import Config

/// One file of the site, before it is made: a page, or a machine-readable companion of pages.
public enum PlannedFile: Sendable {
    case page(PlannedPage)
    /// `<lang>/<policy>/versions.json`.
    case versionsRecord(SiteLanguage, PlannedPolicy)
    /// `<lang>/<policy>/feed.xml`, or with no policy `<lang>/feed.xml`: Atom feeds of versions.
    case feed(SiteLanguage, PlannedPolicy?)
    /// `sitemap.xml`: every translated page, with its hreflang alternates.
    case sitemap
    /// `robots.txt`, naming the sitemap.
    case robots
    /// A page at an old address (an alias), leading to the page that has it now.
    case redirect(Redirect)

    /// Where the file is written, relative to the output folder.
    public var path: String {
        switch self {
        case .page(let page): page.address.filePath
        case .versionsRecord(let language, let policy): Self.versionsRecordPath(language.code, policy: policy.slug)
        case .feed(let language, let policy): Self.feedPath(language.code, policy: policy?.slug)
        case .sitemap: "sitemap.xml"
        case .robots: "robots.txt"
        case .redirect(let redirect): redirect.alias.filePath
        }
    }

    /// Where a policy's versions.json is, for those who know only its language and slug.
    public static func versionsRecordPath(_ language: LanguageCode, policy: String) -> String {
        "\(language)/\(policy)/versions.json"
    }

    /// Where a feed is: a policy's, or with no policy the language's.
    public static func feedPath(_ language: LanguageCode, policy: String?) -> String {
        policy.map { "\(language)/\($0)/feed.xml" } ?? "\(language)/feed.xml"
    }

    /// The policy and language whose texts the file shows: a policy's pages and versions.json.
    /// nil for the files that show only front-matter and which pages exist (home pages,
    /// feeds, the sitemap, robots.txt, `404.html`).
    public var textsShown: (policy: String, language: LanguageCode)? {
        switch self {
        case .page(.home), .page(.languageHome), .page(.notFound), .sitemap, .robots, .feed, .redirect:
            nil
        case .versionsRecord(let language, let policy), .page(.current(let language, let policy)),
             .page(.version(let language, let policy, _)), .page(.history(let language, let policy)),
             .page(.compare(let language, let policy, _)):
            (policy.slug, language.code)
        }
    }
}
