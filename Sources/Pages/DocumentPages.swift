import Config
import Content
import Localization
import Outline

/// A policy's current page and each version's permanent page.
extension SiteRenderer {
    func documentContext(_ page: PlannedPage, language: Language, policy slug: String, version id: String) -> [String: Any] {
        let timeline = timelines[slug]!
        let entry = timeline.entry(for: id)!
        let version = entry.version
        let translation = version.text(in: language.code)
        let isFallback = translation.language != language.code
        let rendered = texts.pageParts(policy: slug, version: id, language: translation.language)!
        let strings = inputs.strings[language.code]!
        let currentPage = PlannedPage.current(language.code, policy: slug)

        var context = chrome.context(
            for: page, language: language,
            title: "\(translation.frontMatter.title) — \(config.title.text(for: language.code))",
            description: translation.frontMatter.description,
            canonical: isFallback ? page.translated(to: translation.language) : nil)
        context["title"] = translation.frontMatter.title
        context["body"] = SiteLinkHTML.resolve(rendered.html, on: page.path, language: language.code)
        context["toc"] = ["entries": tocEntries(rendered.tableOfContents.entries)]
        context["has_toc"] = !rendered.tableOfContents.isEmpty
        context["content_lang"] = translation.language.rawValue
        context["content_dir"] = direction(of: translation.language)
        context["version_id"] = id
        context["status"] = entry.status.rawValue
        context["effective"] = chrome.date(version.effective, in: language.code)
        context["effective_html"] = effectiveSentence(version.effective, inEffect: entry.status != .upcoming,
                                                      since: false, in: language.code)
        if let summary = translation.frontMatter.summary { context["summary"] = summary }
        context["is_current_page"] = { if case .current = page { true } else { false } }()
        context["current_url"] = page.path.link(to: currentPage.path)
        context["permalink"] = page.path.link(to: PlannedPage.version(language.code, policy: slug, version: id).path)
        context["history_url"] = page.path.link(to: PlannedPage.history(language.code, policy: slug).path)
        if let previous = timeline.previous(of: id), let compare = comparePage(language.code, policy: slug, previous, version) {
            context["compare_previous_url"] = page.path.link(to: compare.path)
        }
        if let current = timeline.inEffect, current.id != id, let compare = comparePage(language.code, policy: slug, version, current) {
            context["compare_current_url"] = page.path.link(to: compare.path)
        }
        context["sha256"] = translation.sha256
        context["versions"] = timeline.entries.reversed().map { other -> [String: Any] in
            [
                "id": other.version.id,
                "url": page.path.link(to: PlannedPage.version(language.code, policy: slug, version: other.version.id).path),
                "effective": chrome.date(other.version.effective, in: language.code),
                "status": other.status.rawValue,
                "status_label": strings["status_\(other.status.rawValue)"],
                "is_this": other.version.id == id,
            ]
        }
        context["notices"] = notices(entry, timeline: timeline, page: page, policy: slug, language: language.code,
                                     fallbackFrom: isFallback ? translation.language : nil)
        return context
    }

    /// Sentences above the text, as HTML made from the interface strings.
    private func notices(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline, page: PlannedPage, policy: String,
                         language: LanguageCode, fallbackFrom original: LanguageCode?) -> [[String: Any]] {
        let strings = inputs.strings[language]!
        var notices: [[String: Any]] = []
        let currentURL = HTMLText.escape(page.path.link(to: PlannedPage.current(language, policy: policy).path))
        let date = chrome.timeHTML(entry.version.effective, in: language)
        switch entry.status {
        case .upcoming:
            if let inEffect = timeline.inEffect {
                let compare = comparePage(language, policy: policy, inEffect, entry.version).map { page.path.link(to: $0.path) }
                notices.append(["kind": "upcoming", "html": strings.html("notice_upcoming", [
                    "date": date,
                    "current": "<a href=\"\(currentURL)\">\(HTMLText.escape(strings["current_version"]))</a>",
                ]) + (compare.map { " " + link($0, strings["what_changes"]) } ?? "")])
            } else if let previous = timeline.previous(of: entry.version.id) {
                // Nothing is in effect yet, and a version comes before this one: what this one changes.
                let compare = comparePage(language, policy: policy, previous, entry.version).map { page.path.link(to: $0.path) }
                notices.append(["kind": "upcoming", "html": strings.html("takes_effect_on", ["date": date]) + "."
                                    + (compare.map { " " + link($0, strings["what_changes"]) } ?? "")])
            } else {
                // The first text the policy will have.
                notices.append(["kind": "upcoming", "html": strings.html("notice_upcoming_first", ["date": date])])
            }
        case .superseded:
            notices.append(["kind": "superseded", "html": strings.html("notice_superseded", [
                "from": date,
                "until": entry.until.map { chrome.timeHTML($0, in: language) } ?? "",
                "current": "<a href=\"\(currentURL)\">\(HTMLText.escape(strings["current_version"]))</a>",
            ])])
        case .current:
            break
        }
        // The version a policy's page shows (in effect, or the first to come) announces the next one.
        if entry.version.id == timeline.current?.id, let next = timeline.nextUpcoming {
            let nextURL = HTMLText.escape(page.path.link(to: PlannedPage.version(language, policy: policy, version: next.id).path))
            let compare = comparePage(language, policy: policy, entry.version, next).map { page.path.link(to: $0.path) }
            notices.append(["kind": "announcement", "html": strings.html("notice_update_announced", [
                "date": chrome.timeHTML(next.effective, in: language),
                "updated": "<a href=\"\(nextURL)\">\(HTMLText.escape(strings["updated_version"]))</a>",
            ]) + (compare.map { " " + link($0, strings["what_changes"]) } ?? "")])
        }
        if let original, let shown = config.language(original) {
            var arguments = ["language": languageName(shown)]
            // The newest version that is written in the reader's language, if any.
            if let latest = timeline.entries.last(where: { $0.version.translations[language] != nil })?.version {
                let url = page.path.link(to: PlannedPage.version(language, policy: policy, version: latest.id).path)
                arguments["latest"] = "<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(strings["version"])) \(HTMLText.escape(latest.id))</a>"
            }
            notices.append(["kind": "untranslated", "html": strings.html(
                arguments["latest"] == nil ? "notice_untranslated" : "notice_untranslated_latest", arguments)])
        } else if let governing = timeline.governingLanguage, governing != language, let governingInfo = config.language(governing) {
            let url = page.path.link(to: page.translated(to: governing).path)
            notices.append(["kind": "governing", "html": strings.html("notice_governing", [
                "governing": "<a href=\"\(HTMLText.escape(url))\" hreflang=\"\(governing)\">\(languageName(governingInfo))</a>",
                "language": languageName(governingInfo),
            ])])
        }
        return notices
    }

    /// `<a href="url">text</a>`, both escaped.
    func link(_ url: String, _ text: String) -> String {
        "<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(text))</a>"
    }

    /// A language's name in its own script, isolated for the bidi algorithm.
    func languageName(_ language: Language) -> String {
        "<span lang=\"\(language.code)\" dir=\"\(language.direction.rawValue)\">\(HTMLText.escape(language.name))</span>"
    }

    private func tocEntries(_ entries: [TableOfContents.Entry]) -> [[String: Any]] {
        entries.map { entry in
            [
                "id": entry.heading.id,
                "text": entry.heading.text,
                "entries": tocEntries(entry.children),
                "has_entries": !entry.children.isEmpty,
            ]
        }
    }
}
