import Config
import Content

/// One page of the site, resolved: what it shows, as values, looked up once when the site is
/// planned.
public enum PlannedPage: Sendable {
    /// `index.html`: every policy, every language.
    case home
    /// `<lang>/index.html`: the language's policies with their current effective date.
    case languageHome(SiteLanguage)
    /// `<lang>/<policy>/index.html`: the version in effect on the build date.
    case current(SiteLanguage, PlannedPolicy)
    /// `<lang>/<policy>/versions/index.html`: every version, newest first.
    case history(SiteLanguage, PlannedPolicy)
    /// `<lang>/<policy>/versions/<version>/index.html`: one version's permalink.
    case version(SiteLanguage, PlannedPolicy, PolicyTimeline.Entry)
    /// `<lang>/<policy>/compare/<older>...<newer>/index.html`: the redline between two versions.
    case compare(SiteLanguage, PlannedPolicy, Comparison)
    /// `404.html`, which hosts serve for any address that has no page.
    case notFound

    public var address: PageAddress {
        switch self {
        case .home: .home
        case .languageHome(let language): .languageHome(language.code)
        case .current(let language, let policy): .current(language.code, policy: policy.slug)
        case .history(let language, let policy): .history(language.code, policy: policy.slug)
        case .version(let language, let policy, let entry):
            .version(language.code, policy: policy.slug, version: entry.version.id)
        case .compare(let language, let policy, let comparison):
            .compare(language.code, policy: policy.slug, older: comparison.olderVersion.id, newer: comparison.newerVersion.id)
        case .notFound: .notFound
        }
    }

    /// The page's language; nil for the home page and `404.html`, which belong to none.
    var language: SiteLanguage? {
        switch self {
        case .home, .notFound: nil
        case .languageHome(let language), .current(let language, _), .history(let language, _),
             .version(let language, _, _), .compare(let language, _, _): language
        }
    }

    /// The policy the page belongs to, if any.
    var policy: PlannedPolicy? {
        switch self {
        case .current(_, let policy), .history(_, let policy), .version(_, let policy, _), .compare(_, let policy, _): policy
        case .home, .languageHome, .notFound: nil
        }
    }
}
