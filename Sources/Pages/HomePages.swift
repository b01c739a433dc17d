import Config
import Content
import Localization

/// The home page (every policy, every language) and each language's home.
extension SiteRenderer {
    func homeContext() -> [String: Any] {
        let page = PlannedPage.home
        let language = config.defaultLanguageInfo
        var context = chrome.context(for: page, language: language, title: config.title.text(for: language.code),
                                     description: nil)
        context["sections"] = config.languages.map { other -> [String: Any] in
            [
                "code": other.code.rawValue, "name": other.name, "dir": other.direction.rawValue,
                "url": page.path.link(to: PlannedPage.languageHome(other.code).path),
                "policies": policySummaries(from: page, in: other),
            ]
        }
        return context
    }

    func languageContext(_ language: Language) -> [String: Any] {
        let page = PlannedPage.languageHome(language.code)
        var context = chrome.context(for: page, language: language, title: config.title.text(for: language.code),
                                     description: nil)
        context["policies"] = policySummaries(from: page, in: language)
        return context
    }

    /// Each policy as listed on a home page: its title in `language` and the date its current text took effect.
    func policySummaries(from page: PlannedPage, in language: Language) -> [[String: Any]] {
        inputs.content.policies.map { policy in
            let timeline = timelines[policy.slug]!
            let current = timeline.current!
            let text = current.text(in: language.code)
            return [
                "slug": policy.slug,
                "title": text.frontMatter.title,
                "title_lang": text.language.rawValue,
                "title_dir": direction(of: text.language),
                "url": page.path.link(to: PlannedPage.current(language.code, policy: policy.slug).path),
                "effective": chrome.date(current.effective, in: language.code),
                "effective_html": effectiveSentence(current.effective, inEffect: current.effective <= timeline.asOf,
                                                    since: true, in: language.code),
                "translated": current.translations[language.code] != nil,
                "untranslated_html": current.translations[language.code] != nil ? "" : inputs.strings[language.code]!.html(
                    "shown_in", ["language": languageName(config.defaultLanguageInfo)]),
            ]
        }
    }
}
