import Config
import Content

/// Which languages truly have a page: a document page exists in a language when its version
/// is written in it; pages made of the interface only (homes, histories) exist in every language.
/// A page shown in the default language's text (a fallback) is not a translation: it carries no
/// hreflang alternates and is left out of the sitemap.
extension SiteRenderer {
    /// Whether the page, in `language` (its own by default), shows a text written in that language.
    func isTranslated(_ page: PlannedPage, into language: LanguageCode? = nil) -> Bool {
        switch page {
        case .home, .languageHome, .history:
            return true
        case .notFound:
            return false
        case .compare(let own, _, let comparison):
            let code = language ?? own.code
            return comparison.olderVersion.translations[code] != nil && comparison.newerVersion.translations[code] != nil
        case .current(let own, let policy):
            return policy.current.version.translations[language ?? own.code] != nil
        case .version(let own, _, let entry):
            return entry.version.translations[language ?? own.code] != nil
        }
    }

    /// `hreflang` alternates of a translated page: every translated counterpart (itself
    /// included) and `x-default`, the default language's; absolute URLs. None on the home page,
    /// which belongs to no language, and none on a fallback page.
    func alternates(of page: PlannedPage) -> [Alternate] {
        guard page.language != nil, isTranslated(page), let base = config.baseURL else { return [] }
        let codes = languages.map(\.code).filter { isTranslated(page, into: $0) }
        guard codes.count > 1 else { return [] }
        let address = page.address
        var links = codes.map { Alternate(hreflang: $0.rawValue, url: address.translated(to: $0).path.absoluteURL(base: base)) }
        links.append(Alternate(hreflang: "x-default",
                               url: address.translated(to: config.defaultLanguage).path.absoluteURL(base: base)))
        return links
    }
}
