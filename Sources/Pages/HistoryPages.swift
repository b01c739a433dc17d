import Config
import Content
import Localization
import Theme

/// `<lang>/<policy>/versions/`: every version of a policy, newest first, with the period it
/// was (or will be) in effect and what changed.
struct HistoryPage: TemplateModel {
    var title: String
    var titleLang: String
    var titleDir: String
    var currentURL: String
    var versions: [HistoryVersion]

    static let fields = TemplateFields<HistoryPage>([
        "title": \.title, "title_lang": \.titleLang, "title_dir": \.titleDir, "current_url": \.currentURL,
        "versions": \.versions,
    ])
}

/// A version in a policy's history.
struct HistoryVersion: TemplateModel {
    var id: String
    var url: String
    var title: String
    var textLang: String
    var textDir: String
    var translated: Bool
    var effective: DateValue
    var periodHTML: String
    var status: String
    var statusLabel: String
    var summary: String?
    var isShownAsCurrent: Bool
    var comparePreviousURL: String?
    var compareCurrentURL: String?

    static let fields = TemplateFields<HistoryVersion>([
        "id": \.id,
        "url": \.url,
        "title": \.title,
        "text_lang": \.textLang,
        "text_dir": \.textDir,
        "translated": \.translated,
        "effective": \.effective,
        "period_html": \.periodHTML,
        "status": \.status,
        "status_label": \.statusLabel,
        "summary": \.summary,
        "is_shown_as_current": \.isShownAsCurrent,
        "compare_previous_url": \.comparePreviousURL,
        "compare_current_url": \.compareCurrentURL,
    ])
}

extension SiteRenderer {
    func historyPage(_ page: PlannedPage, _ language: SiteLanguage, _ policy: PlannedPolicy) -> (HistoryPage, PageChrome) {
        let timeline = policy.timeline
        let strings = language.strings
        let code = language.code
        let address = page.address
        let shown = policy.current.version.text(in: code)
        let title = shown.frontMatter.title
        let chrome = chrome(page, language: language, title: "\(title) — \(strings["versions"]) — \(config.title.text(for: code))")
        let model = HistoryPage(
            title: title,
            titleLang: shown.language.rawValue,
            titleDir: config.direction(of: shown.language).rawValue,
            currentURL: address.path.link(to: PageAddress.current(code, policy: policy.slug).path),
            versions: timeline.entries.reversed().map { entry in
                let version = entry.version
                let text = version.text(in: code)
                return HistoryVersion(
                    id: version.id,
                    url: address.path.link(to: PageAddress.version(code, policy: policy.slug, version: version.id).path),
                    title: text.frontMatter.title,
                    textLang: text.language.rawValue,
                    textDir: config.direction(of: text.language).rawValue,
                    translated: text.language == code,
                    effective: language.date(version.effective),
                    periodHTML: period(entry, in: language),
                    status: entry.status.rawValue,
                    statusLabel: strings["status_\(entry.status.rawValue)"],
                    summary: text.frontMatter.summary,
                    isShownAsCurrent: version.id == policy.current.version.id,
                    comparePreviousURL: timeline.previous(of: version.id)
                        .flatMap { comparePage(code, policy, $0, version) }.map { address.path.link(to: $0.path) },
                    compareCurrentURL: timeline.inEffect.flatMap { $0.id == version.id ? nil : comparePage(code, policy, version, $0) }
                        .map { address.path.link(to: $0.path) })
            })
        return (model, chrome)
    }

    /// "In effect from … until it was replaced on …", "In effect since …", "Takes effect on …".
    func period(_ entry: PolicyTimeline.Entry, in language: SiteLanguage) -> String {
        let strings = language.strings
        let from = language.timeHTML(entry.version.effective)
        switch (entry.status, entry.until) {
        case (.upcoming, _): return strings.html("takes_effect_on", ["date": from])
        // Only a superseded version has been replaced; the current one is in effect even if a successor is announced.
        case (.superseded, let until?): return strings.html("period_until", ["from": from, "until": language.timeHTML(until)])
        case (.current, _), (.superseded, nil), (.retired, nil): return strings.html("in_effect_since", ["date": from])
        case (.retired, let until?): return strings.html("period_until_retired", ["from": from, "until": language.timeHTML(until)])
        }
    }
}
