import Config
import Content
import Localization
import Outline
import Texts
import Theme

/// A policy's current page and each version's permanent page.
struct DocumentPage: TemplateModel {
    var title: String
    var body: String
    var contentLang: String
    var contentDir: String
    var hasTOC: Bool
    var toc: Contents
    var versionID: String
    var status: String
    var effective: DateValue
    var effectiveHTML: String
    var summary: String?
    var notices: [Notice]
    var versions: [VersionLink]
    var isCurrentPage: Bool
    var currentURL: String
    var permalink: String
    var historyURL: String
    var sha256: String
    var textSHA256: String
    /// SHA-256 of `body`, the text's HTML as the page holds it between its record marks.
    var htmlSHA256: String
    var comparePreviousURL: String?
    var compareCurrentURL: String?
    var isRetired: Bool
    var extra: ExtraModel

    static let fields = TemplateFields<DocumentPage>([
        "title": \.title,
        "body": \.body,
        "content_lang": \.contentLang,
        "content_dir": \.contentDir,
        "has_toc": \.hasTOC,
        "toc": \.toc,
        "version_id": \.versionID,
        "status": \.status,
        "effective": \.effective,
        "effective_html": \.effectiveHTML,
        "summary": \.summary,
        "notices": \.notices,
        "versions": \.versions,
        "is_current_page": \.isCurrentPage,
        "current_url": \.currentURL,
        "permalink": \.permalink,
        "history_url": \.historyURL,
        "sha256": \.sha256,
        "text_sha256": \.textSHA256,
        "html_sha256": \.htmlSHA256,
        "compare_previous_url": \.comparePreviousURL,
        "compare_current_url": \.compareCurrentURL,
        "is_retired": \.isRetired,
        "extra": \.extra,
    ])
}

/// The table of contents.
struct Contents: TemplateModel {
    var entries: [ContentsEntry]

    static let fields = TemplateFields<Contents>(["entries": \.entries])
}

struct ContentsEntry: TemplateModel {
    var id: String
    var text: String
    var hasEntries: Bool
    var entries: [ContentsEntry]

    static let fields = TemplateFields<ContentsEntry>([
        "id": \.id, "text": \.text, "has_entries": \.hasEntries, "entries": \.entries,
    ])

    static func of(_ entries: [TableOfContents.Entry]) -> [ContentsEntry] {
        entries.map { ContentsEntry(id: $0.heading.id, text: $0.heading.text, hasEntries: !$0.children.isEmpty, entries: of($0.children)) }
    }
}

/// A version in a document page's list of versions.
struct VersionLink: TemplateModel {
    var id: String
    var url: String
    var effective: DateValue
    var status: String
    var statusLabel: String
    var isThis: Bool

    static let fields = TemplateFields<VersionLink>([
        "id": \.id, "url": \.url, "effective": \.effective, "status": \.status, "status_label": \.statusLabel,
        "is_this": \.isThis,
    ])
}

extension SiteRenderer {
    func documentPage(_ page: PlannedPage, _ language: SiteLanguage, _ policy: PlannedPolicy, _ entry: PolicyTimeline.Entry,
                      isCurrentPage: Bool, texts: inout JobTexts) -> (DocumentPage, PageChrome) {
        let timeline = policy.timeline
        let version = entry.version
        let shown = policy.text(version, in: language.code)
        let translation = shown.translation
        let isFallback = translation.language != language.code
        let rendered = texts.pageParts(shown)
        let strings = language.strings
        let address = page.address
        let code = language.code
        let chrome = chrome(page, language: language, title: "\(translation.frontMatter.title) — \(config.title.text(for: code))",
                            description: translation.frontMatter.description,
                            canonical: isFallback ? address.translated(to: translation.language) : nil)
        let body = SiteLinkHTML.resolve(rendered.html, on: address.path, language: code)
        let model = DocumentPage(
            title: translation.frontMatter.title,
            body: body,
            contentLang: translation.language.rawValue,
            contentDir: config.direction(of: translation.language).rawValue,
            hasTOC: !rendered.tableOfContents.isEmpty,
            toc: Contents(entries: ContentsEntry.of(rendered.tableOfContents.entries)),
            versionID: version.id,
            status: entry.status.rawValue,
            effective: language.date(version.effective),
            effectiveHTML: language.effectiveSentence(version.effective, inEffect: entry.status != .upcoming, since: false),
            summary: translation.frontMatter.summary,
            notices: notices(entry, policy: policy, page: address, language: language,
                             fallbackFrom: isFallback ? translation.language : nil),
            versions: timeline.entries.reversed().map { other in
                VersionLink(id: other.version.id,
                            url: address.path.link(to: PageAddress.version(code, policy: policy.slug, version: other.version.id).path),
                            effective: language.date(other.version.effective), status: other.status.rawValue,
                            statusLabel: strings["status_\(other.status.rawValue)"], isThis: other.version.id == version.id)
            },
            isCurrentPage: isCurrentPage,
            currentURL: address.path.link(to: PageAddress.current(code, policy: policy.slug).path),
            permalink: address.path.link(to: PageAddress.version(code, policy: policy.slug, version: version.id).path),
            historyURL: address.path.link(to: PageAddress.history(code, policy: policy.slug).path),
            sha256: translation.sha256,
            textSHA256: translation.textSHA256,
            htmlSHA256: Fingerprint.sha256(body),
            comparePreviousURL: timeline.previous(of: version.id)
                .flatMap { comparePage(code, policy, $0, version) }.map { address.path.link(to: $0.path) },
            compareCurrentURL: timeline.inEffect.flatMap { $0.id == version.id ? nil : comparePage(code, policy, version, $0) }
                .map { address.path.link(to: $0.path) },
            isRetired: timeline.isRetired,
            extra: ExtraModel(translation.frontMatter.extra))
        return (model, chrome)
    }

    /// Sentences above the text, as HTML made from the interface strings.
    /// On every page of a withdrawn policy: that no text of it applies since the day (or will
    /// not from the day, before it), and what replaces it.
    private func retirementNotice(_ retirement: Retirement, policy: PlannedPolicy, page: PageAddress,
                                  language: SiteLanguage) -> Notice {
        let strings = language.strings
        let isRetired = policy.timeline.isRetired
        var html = strings.html(isRetired ? "notice_retired" : "notice_retiring", ["date": language.timeHTML(retirement.date)])
        if let replacement = retirement.replacedBy.flatMap({ slug in policies.first { $0.slug == slug } }) {
            let title = replacement.current.version.text(in: language.code).frontMatter.title
            let url = page.path.link(to: PageAddress.current(language.code, policy: replacement.slug).path)
            html += " " + strings.html("notice_replaced_by", ["policy": link(url, title)])
        }
        return Notice(kind: isRetired ? "retired" : "retiring", html: html)
    }

    private func notices(_ entry: PolicyTimeline.Entry, policy: PlannedPolicy, page: PageAddress, language: SiteLanguage,
                         fallbackFrom original: LanguageCode?) -> [Notice] {
        let timeline = policy.timeline
        let strings = language.strings
        let code = language.code
        var notices: [Notice] = []
        let currentURL = HTMLText.escape(page.path.link(to: PageAddress.current(code, policy: policy.slug).path))
        let date = language.timeHTML(entry.version.effective)
        switch entry.status {
        case .upcoming:
            if let inEffect = timeline.inEffect {
                let compare = comparePage(code, policy, inEffect, entry.version).map { page.path.link(to: $0.path) }
                notices.append(Notice(kind: "upcoming", html: strings.html("notice_upcoming", [
                    "date": date,
                    "current": "<a href=\"\(currentURL)\">\(HTMLText.escape(strings["current_version"]))</a>",
                ]) + (compare.map { " " + link($0, strings["what_changes"]) } ?? "")))
            } else if let previous = timeline.previous(of: entry.version.id) {
                // Nothing is in effect yet, and a version comes before this one: what this one changes.
                let compare = comparePage(code, policy, previous, entry.version).map { page.path.link(to: $0.path) }
                notices.append(Notice(kind: "upcoming", html: strings.html("takes_effect_on", ["date": date]) + "."
                                          + (compare.map { " " + link($0, strings["what_changes"]) } ?? "")))
            } else {
                // The first text the policy will have.
                notices.append(Notice(kind: "upcoming", html: strings.html("notice_upcoming_first", ["date": date])))
            }
        case .superseded:
            notices.append(Notice(kind: "superseded", html: strings.html("notice_superseded", [
                "from": date,
                "until": entry.until.map { language.timeHTML($0) } ?? "",
                "current": "<a href=\"\(currentURL)\">\(HTMLText.escape(strings["current_version"]))</a>",
            ])))
        case .current, .retired:
            break
        }
        if let retirement = policy.policy.settings.retirement {
            notices.append(retirementNotice(retirement, policy: policy, page: page, language: language))
        }
        // The version a policy's page shows (in effect, or the first to come) announces the next one.
        if entry.version.id == policy.current.version.id, let next = timeline.nextUpcoming {
            let nextURL = HTMLText.escape(page.path.link(to: PageAddress.version(code, policy: policy.slug, version: next.id).path))
            let compare = comparePage(code, policy, entry.version, next).map { page.path.link(to: $0.path) }
            notices.append(Notice(kind: "announcement", html: strings.html("notice_update_announced", [
                "date": language.timeHTML(next.effective),
                "updated": "<a href=\"\(nextURL)\">\(HTMLText.escape(strings["updated_version"]))</a>",
            ]) + (compare.map { " " + link($0, strings["what_changes"]) } ?? "")))
        }
        if let original, let shown = self.language(original) {
            var arguments = ["language": shown.language.isolatedName]
            // The newest version that is written in the reader's language, if any.
            if let latest = timeline.entries.last(where: { $0.version.translations[code] != nil })?.version {
                let url = page.path.link(to: PageAddress.version(code, policy: policy.slug, version: latest.id).path)
                arguments["latest"] = "<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(strings["version"])) \(HTMLText.escape(latest.id))</a>"
            }
            notices.append(Notice(kind: "untranslated", html: strings.html(
                arguments["latest"] == nil ? "notice_untranslated" : "notice_untranslated_latest", arguments)))
        } else if let governing = timeline.governingLanguage, governing != code, let governingInfo = self.language(governing) {
            let url = page.path.link(to: page.translated(to: governing).path)
            notices.append(Notice(kind: "governing", html: strings.html("notice_governing", [
                "governing": "<a href=\"\(HTMLText.escape(url))\" hreflang=\"\(governing)\">\(governingInfo.language.isolatedName)</a>",
                "language": governingInfo.language.isolatedName,
            ])))
        }
        return notices
    }
}
