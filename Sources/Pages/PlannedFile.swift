import Config

/// One file of the site, before it is made: a page, or a machine-readable companion of pages.
public enum PlannedFile: Sendable, Hashable {
    case page(PlannedPage)
    /// `<lang>/<policy>/versions.json`.
    case versionsRecord(LanguageCode, policy: String)
    /// `<lang>/<policy>/feed.xml`, or with no policy `<lang>/feed.xml`: Atom feeds of versions.
    case feed(LanguageCode, policy: String?)
    /// `sitemap.xml`: every translated page, with its hreflang alternates.
    case sitemap
    /// `robots.txt`, naming the sitemap.
    case robots

    /// Where the file is written, relative to the output folder.
    public var path: String {
        switch self {
        case .page(let page): page.filePath
        case .versionsRecord(let language, let policy): "\(language)/\(policy)/versions.json"
        case .feed(let language, let policy?): "\(language)/\(policy)/feed.xml"
        case .feed(let language, nil): "\(language)/feed.xml"
        case .sitemap: "sitemap.xml"
        case .robots: "robots.txt"
        }
    }
}
