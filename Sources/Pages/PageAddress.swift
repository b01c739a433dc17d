import Config

/// Where a page of the site is, named by what its address is made of (language code, policy
/// slug, version ids): the folder it is written in, and what links to it name.
public enum PageAddress: Sendable, Hashable {
    /// `index.html`: every policy, every language.
    case home
    /// `<lang>/index.html`: the language's policies with their current effective date.
    case languageHome(LanguageCode)
    /// `<lang>/<policy>/index.html`: the version in effect on the build date.
    case current(LanguageCode, policy: String)
    /// `<lang>/<policy>/versions/index.html`: every version, newest first.
    case history(LanguageCode, policy: String)
    /// `<lang>/<policy>/versions/<version>/index.html`: one version's permalink.
    case version(LanguageCode, policy: String, version: String)
    /// `<lang>/<policy>/compare/<older>...<newer>/index.html`: the redline between two versions.
    case compare(LanguageCode, policy: String, older: String, newer: String)
    /// `404.html`, which hosts serve for any address that has no page.
    case notFound

    /// Where the page is written, relative to the output folder.
    var filePath: String { self == .notFound ? "404.html" : path.filePath }

    /// Where links from the page start: its folder (the site's root for `404.html`, whose
    /// links are root-absolute anyway).
    public var path: SitePath {
        switch self {
        case .home, .notFound: .root
        case .languageHome(let language): SitePath([language.rawValue])
        case .current(let language, let policy): SitePath([language.rawValue, policy])
        case .history(let language, let policy): SitePath([language.rawValue, policy, "versions"])
        case .version(let language, let policy, let version): SitePath([language.rawValue, policy, "versions", version])
        case .compare(let language, let policy, let older, let newer):
            SitePath([language.rawValue, policy, "compare", "\(older)...\(newer)"])
        }
    }

    var language: LanguageCode? {
        switch self {
        case .home, .notFound: nil
        case .languageHome(let language), .current(let language, _), .history(let language, _),
             .version(let language, _, _), .compare(let language, _, _, _): language
        }
    }

    /// The policy the page belongs to, if any.
    var policy: String? {
        switch self {
        case .current(_, let policy), .history(_, let policy), .version(_, let policy, _), .compare(_, let policy, _, _): policy
        case .home, .languageHome, .notFound: nil
        }
    }

    /// The same page in another language (every language has every page); from the home
    /// page, which belongs to no language, the language's home.
    public func translated(to language: LanguageCode) -> PageAddress {
        switch self {
        case .home, .languageHome, .notFound: .languageHome(language)
        case .current(_, let policy): .current(language, policy: policy)
        case .history(_, let policy): .history(language, policy: policy)
        case .version(_, let policy, let version): .version(language, policy: policy, version: version)
        case .compare(_, let policy, let older, let newer): .compare(language, policy: policy, older: older, newer: newer)
        }
    }
}
