import Config
import Content
import Localization
import Outline
import Theme

/// The Renderer stage: plans every page of the site and renders each through the theme.
struct SitePages: Sendable {
    let inputs: SiteInputs
    let texts: RenderedTexts
    let timelines: [String: PolicyTimeline]
    let chrome: PageChrome

    init(inputs: SiteInputs, texts: RenderedTexts, asOf: EffectiveDate) {
        self.inputs = inputs
        self.texts = texts
        var timelines: [String: PolicyTimeline] = [:]
        for policy in inputs.content.policies {
            timelines[policy.slug] = PolicyTimeline(versions: policy.versions, asOf: asOf)
        }
        self.timelines = timelines
        var dates: [LanguageCode: LongDateFormat] = [:]
        for language in inputs.config.languages { dates[language.code] = LongDateFormat(language: language.code) }
        self.chrome = PageChrome(config: inputs.config, strings: inputs.strings, dates: dates)
    }

    var config: SiteConfig { inputs.config }

    /// Every page, in a stable order.
    func plan() -> [PlannedPage] {
        var pages: [PlannedPage] = [.home]
        for language in config.languages {
            pages.append(.languageHome(language.code))
            for policy in inputs.content.policies {
                pages.append(.current(language.code, policy: policy.slug))
                pages.append(.history(language.code, policy: policy.slug))
                for version in policy.versions {
                    pages.append(.version(language.code, policy: policy.slug, version: version.id))
                }
            }
        }
        return pages
    }

    func render(_ page: PlannedPage) -> String {
        switch page {
        case .home:
            inputs.templates.render("home", context: homeContext())
        case .languageHome(let language):
            inputs.templates.render("language", context: languageContext(config.language(language)!))
        case .current(let language, let policy):
            inputs.templates.render("document", context: documentContext(
                page, language: config.language(language)!, policy: policy, version: timelines[policy]!.current!.id))
        case .history(let language, let policy):
            inputs.templates.render("history", context: historyContext(page, language: config.language(language)!, policy: policy))
        case .version(let language, let policy, let version):
            inputs.templates.render("document", context: documentContext(
                page, language: config.language(language)!, policy: policy, version: version))
        }
    }

    /// "Effective 1 April 2023", "In effect since …" or "Takes effect on …", with a `<time>` element.
    func effectiveSentence(_ date: EffectiveDate, inEffect: Bool, since: Bool, in language: LanguageCode) -> String {
        let key = !inEffect ? "takes_effect_on" : since ? "in_effect_since" : "effective_on"
        return inputs.strings[language]!.html(key, ["date": chrome.timeHTML(date, in: language)])
    }

    func direction(of language: LanguageCode) -> String {
        (config.language(language)?.direction ?? language.naturalDirection).rawValue
    }
}
