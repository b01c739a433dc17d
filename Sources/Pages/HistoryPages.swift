import Config
import Content
import Localization

/// `<lang>/<policy>/versions/`: every version of a policy, newest first, with the period it
/// was (or will be) in effect and what changed.
extension SiteRenderer {
    func historyContext(_ page: PlannedPage, language: Language, policy slug: String) -> [String: Any] {
        let timeline = timelines[slug]!
        let strings = inputs.strings[language.code]!
        let shown = timeline.current!.text(in: language.code)
        let title = shown.frontMatter.title

        var context = chrome.context(for: page, language: language,
                                     title: "\(title) — \(strings["versions"]) — \(config.title.text(for: language.code))",
                                     description: nil)
        context["title"] = title
        context["title_lang"] = shown.language.rawValue
        context["title_dir"] = direction(of: shown.language)
        context["current_url"] = page.path.link(to: PlannedPage.current(language.code, policy: slug).path)
        context["versions"] = timeline.entries.reversed().map { entry -> [String: Any] in
            let version = entry.version
            let text = version.text(in: language.code)
            var row: [String: Any] = [
                "id": version.id,
                "url": page.path.link(to: PlannedPage.version(language.code, policy: slug, version: version.id).path),
                "title": text.frontMatter.title,
                "text_lang": text.language.rawValue,
                "text_dir": direction(of: text.language),
                "translated": text.language == language.code,
                "effective": chrome.date(version.effective, in: language.code),
                "period_html": period(entry, in: language.code),
                "status": entry.status.rawValue,
                "status_label": strings["status_\(entry.status.rawValue)"],
                "is_shown_as_current": version.id == timeline.current?.id,
            ]
            if let summary = text.frontMatter.summary { row["summary"] = summary }
            if let previous = timeline.previous(of: version.id) {
                row["compare_previous_url"] = comparePage(language.code, policy: slug, previous, version).map { page.path.link(to: $0.path) }
            }
            if let current = timeline.inEffect, current.id != version.id {
                row["compare_current_url"] = comparePage(language.code, policy: slug, version, current).map { page.path.link(to: $0.path) }
            }
            return row
        }
        return context
    }

    /// "In effect from … until it was replaced on …", "In effect since …", "Takes effect on …".
    func period(_ entry: PolicyTimeline.Entry, in language: LanguageCode) -> String {
        let strings = inputs.strings[language]!
        let from = chrome.timeHTML(entry.version.effective, in: language)
        switch (entry.status, entry.until) {
        case (.upcoming, _): return strings.html("takes_effect_on", ["date": from])
        // Only a superseded version has been replaced; the current one is in effect even if a successor is announced.
        case (.superseded, let until?): return strings.html("period_until", ["from": from, "until": chrome.timeHTML(until, in: language)])
        case (.current, _), (.superseded, nil): return strings.html("in_effect_since", ["date": from])
        }
    }
}
