import Config
import Content

/// Which languages truly have a page: a document page exists in a language when its version
/// is written in it; pages made of the interface only (homes, histories) exist in every language.
/// A page shown in the default language's text (a fallback) is not a translation: it carries no
/// hreflang alternates and is left out of the sitemap.
extension SiteRenderer {
    func translatedLanguages(of page: PlannedPage) -> [LanguageCode] {
        config.languages.map(\.code).filter { isTranslated(page.translated(to: $0)) }
    }

    func isTranslated(_ page: PlannedPage) -> Bool {
        switch page {
        case .home, .languageHome, .history:
            return true
        case .notFound:
            return false
        case .compare(let language, let policy, let older, let newer):
            guard let timeline = timelines[policy] else { return false }
            return timeline.entry(for: older)?.version.translations[language] != nil
                && timeline.entry(for: newer)?.version.translations[language] != nil
        case .current(let language, let policy):
            return timelines[policy]?.current?.translations[language] != nil
        case .version(let language, let policy, let version):
            return timelines[policy]?.entry(for: version)?.version.translations[language] != nil
        }
    }

    /// `hreflang` alternates of a translated page: every translated counterpart (itself
    /// included) and `x-default`, the default language's; absolute URLs. None on the home page,
    /// which belongs to no language, and none on a fallback page.
    func alternates(of page: PlannedPage) -> [(hreflang: String, url: String)] {
        guard page.language != nil, isTranslated(page), let base = config.baseURL else { return [] }
        let languages = translatedLanguages(of: page)
        guard languages.count > 1 else { return [] }
        var links = languages.map { (hreflang: $0.rawValue, url: page.translated(to: $0).path.absoluteURL(base: base)) }
        links.append((hreflang: "x-default", url: page.translated(to: config.defaultLanguage).path.absoluteURL(base: base)))
        return links
    }
}
