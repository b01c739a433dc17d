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
        case .version(let language, let policy, let version):
            inputs.templates.render("document", context: documentContext(
                page, language: config.language(language)!, policy: policy, version: version))
        }
    }

    // MARK: - Home pages

    private func homeContext() -> [String: Any] {
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

    private func languageContext(_ language: Language) -> [String: Any] {
        let page = PlannedPage.languageHome(language.code)
        var context = chrome.context(for: page, language: language, title: config.title.text(for: language.code),
                                     description: nil)
        context["policies"] = policySummaries(from: page, in: language)
        return context
    }

    /// Each policy as listed on a home page: its title in `language` and the date its current text took effect.
    private func policySummaries(from page: PlannedPage, in language: Language) -> [[String: Any]] {
        inputs.content.policies.map { policy in
            let timeline = timelines[policy.slug]!
            let current = timeline.current!
            let text = current.translations[language.code] ?? current.original
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
            ]
        }
    }

    // MARK: - Documents

    private func documentContext(_ page: PlannedPage, language: Language, policy slug: String, version id: String) -> [String: Any] {
        let timeline = timelines[slug]!
        let entry = timeline.entry(for: id)!
        let version = entry.version
        let translation = version.translations[language.code] ?? version.original
        let isFallback = translation.language != language.code
        let rendered = texts[slug, id, translation.language]!
        let strings = inputs.strings[language.code]!
        let currentPage = PlannedPage.current(language.code, policy: slug)

        var context = chrome.context(
            for: page, language: language,
            title: "\(translation.frontMatter.title) — \(config.title.text(for: language.code))",
            description: translation.frontMatter.description,
            canonical: isFallback ? page.translated(to: translation.language) : nil)
        context["title"] = translation.frontMatter.title
        context["body"] = rendered.html
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
        switch entry.status {
        case .upcoming:
            notices.append(["kind": "upcoming", "html": strings.html(
                "notice_upcoming", ["date": chrome.timeHTML(entry.version.effective, in: language)])])
        case .superseded:
            notices.append(["kind": "superseded", "html": strings.html("notice_superseded", [
                "from": chrome.timeHTML(entry.version.effective, in: language),
                "until": entry.until.map { chrome.timeHTML($0, in: language) } ?? "",
                "current": "<a href=\"\(currentURL)\">\(HTMLText.escape(strings["current_version"]))</a>",
            ])])
        case .current:
            if let next = timeline.nextUpcoming {
                let nextURL = HTMLText.escape(page.path.link(
                    to: PlannedPage.version(language, policy: policy, version: next.id).path))
                notices.append(["kind": "announcement", "html": strings.html("notice_update_announced", [
                    "date": chrome.timeHTML(next.effective, in: language),
                    "updated": "<a href=\"\(nextURL)\">\(HTMLText.escape(strings["updated_version"]))</a>",
                ])])
            }
        }
        if let original, let shown = config.language(original) {
            // The language's name is in its own script: isolate it for the bidi algorithm.
            let name = "<span lang=\"\(shown.code)\" dir=\"\(shown.direction.rawValue)\">\(HTMLText.escape(shown.name))</span>"
            notices.append(["kind": "untranslated", "html": strings.html("notice_untranslated", ["language": name])])
        }
        return notices
    }

    /// "Effective 1 April 2023", "In effect since …" or "Takes effect on …", with a `<time>` element.
    private func effectiveSentence(_ date: EffectiveDate, inEffect: Bool, since: Bool, in language: LanguageCode) -> String {
        let key = !inEffect ? "takes_effect_on" : since ? "in_effect_since" : "effective_on"
        return inputs.strings[language]!.html(key, ["date": chrome.timeHTML(date, in: language)])
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

    private func direction(of language: LanguageCode) -> String {
        (config.language(language)?.direction ?? language.naturalDirection).rawValue
    }
}
