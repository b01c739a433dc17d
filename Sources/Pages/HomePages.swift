import Config
import Content
import Localization
import Theme

/// `index.html`: every language with its policies.
struct HomePage: TemplateModel {
    var sections: [HomeSection]

    static let fields = TemplateFields<HomePage>(["sections": \.sections])
}

/// A language on the home page.
struct HomeSection: TemplateModel {
    var code: String
    var name: String
    var dir: String
    var url: String
    var policies: [PolicySummary]
    var retiredPolicies: [PolicySummary]

    static let fields = TemplateFields<HomeSection>([
        "code": \.code, "name": \.name, "dir": \.dir, "url": \.url, "policies": \.policies,
        "retired_policies": \.retiredPolicies, "has_retired_policies": \.hasRetiredPolicies,
    ])

    var hasRetiredPolicies: Bool { !retiredPolicies.isEmpty }
}

/// `<lang>/index.html`: the language's policies.
struct LanguagePage: TemplateModel {
    var policies: [PolicySummary]
    /// Withdrawn policies (`retired:`), listed apart: no text of them applies.
    var retiredPolicies: [PolicySummary]

    static let fields = TemplateFields<LanguagePage>([
        "policies": \.policies, "retired_policies": \.retiredPolicies, "has_retired_policies": \.hasRetiredPolicies,
    ])

    var hasRetiredPolicies: Bool { !retiredPolicies.isEmpty }
}

/// A policy as a home page lists it: its title in the language and the date its current text
/// took effect.
struct PolicySummary: TemplateModel {
    var slug: String
    var title: String
    var titleLang: String
    var titleDir: String
    var url: String
    var effective: DateValue
    var effectiveHTML: String
    var translated: Bool
    var untranslatedHTML: String

    static let fields = TemplateFields<PolicySummary>([
        "slug": \.slug,
        "title": \.title,
        "title_lang": \.titleLang,
        "title_dir": \.titleDir,
        "url": \.url,
        "effective": \.effective,
        "effective_html": \.effectiveHTML,
        "translated": \.translated,
        "untranslated_html": \.untranslatedHTML,
    ])
}

/// `404.html`: the values every page has, and no more.
struct NotFoundPage: TemplateModel {
    static let fields = TemplateFields<NotFoundPage>([:])
}

/// The home page (every policy, every language) and each language's home.
extension SiteRenderer {
    func homePage() -> HomePage {
        let page = PageAddress.home
        return HomePage(sections: languages.map { other in
            HomeSection(code: other.code.rawValue, name: other.language.name, dir: other.direction,
                        url: page.path.link(to: PageAddress.languageHome(other.code).path),
                        policies: policySummaries(from: page, in: other, retired: false),
                        retiredPolicies: policySummaries(from: page, in: other, retired: true))
        })
    }

    func languagePage(_ language: SiteLanguage) -> LanguagePage {
        LanguagePage(policies: policySummaries(from: .languageHome(language.code), in: language, retired: false),
                     retiredPolicies: policySummaries(from: .languageHome(language.code), in: language, retired: true))
    }

    /// Each policy as listed on a home page: its title in `language` and the date its current
    /// text took effect, or for the withdrawn ones (`retired`), the day it was withdrawn.
    private func policySummaries(from page: PageAddress, in language: SiteLanguage, retired: Bool) -> [PolicySummary] {
        policies.filter { $0.timeline.isRetired == retired }.map { policy in
            let current = policy.current.version
            let text = current.text(in: language.code)
            let translated = current.translations[language.code] != nil
            return PolicySummary(
                slug: policy.slug,
                title: text.frontMatter.title,
                titleLang: text.language.rawValue,
                titleDir: config.direction(of: text.language).rawValue,
                url: page.path.link(to: PageAddress.current(language.code, policy: policy.slug).path),
                effective: language.date(current.effective),
                effectiveHTML: policy.timeline.retired.flatMap { day in
                    retired ? language.strings.html("retired_on", ["date": language.timeHTML(day)]) : nil
                } ?? language.effectiveSentence(current.effective, inEffect: current.effective <= policy.timeline.asOf, since: true),
                translated: translated,
                untranslatedHTML: translated ? "" : language.strings.html(
                    "shown_in", ["language": defaultLanguage.language.isolatedName]))
        }
    }
}
