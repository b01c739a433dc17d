import Config
import Content
import Diff
import Localization
import Markdown
import Outline

/// `<lang>/<policy>/compare/<older>...<newer>/`: what changed between two versions, as
/// tracked changes, with a summary of the sections touched and the words that came and went.
extension SiteRenderer {
    /// The comparison page of two versions, older first whatever the order given; nil in a
    /// site built without compare pages (`--no-compare`), so that nothing links to one.
    func comparePage(_ language: LanguageCode, policy: String, _ a: PolicyVersion, _ b: PolicyVersion) -> PlannedPage? {
        guard includesComparisons else { return nil }
        let (older, newer) = a.effective <= b.effective ? (a, b) : (b, a)
        return .compare(language, policy: policy, older: older.id, newer: newer.id)
    }

    func compareContext(_ page: PlannedPage, language: Language, policy slug: String,
                        older olderID: String, newer newerID: String, redline: Redline) -> [String: Any] {
        let timeline = timelines[slug]!
        let older = timeline.entry(for: olderID)!.version, newer = timeline.entry(for: newerID)!.version
        let shown = Comparisons.textLanguage(for: language.code, older: older, newer: newer, default: config.defaultLanguage)
        let strings = inputs.strings[language.code]!
        let title = newer.translations[shown]!.frontMatter.title

        func side(_ version: PolicyVersion) -> [String: Any] {
            let text = version.translations[shown]!
            var side: [String: Any] = [
                "id": version.id,
                "url": page.path.link(to: PlannedPage.version(language.code, policy: slug, version: version.id).path),
                "effective_html": strings.html("effective_on", ["date": chrome.timeHTML(version.effective, in: language.code)]),
            ]
            if let summary = text.frontMatter.summary { side["summary"] = summary }
            return side
        }
        func link(_ side: [String: Any]) -> String {
            "<a href=\"\(HTMLText.escape(side["url"] as! String))\">\(HTMLText.escape(strings["version"])) \(HTMLText.escape(side["id"] as! String))</a>"
        }

        let (olderSide, newerSide) = (side(older), side(newer))
        var context = chrome.context(
            for: page, language: language,
            title: "\(title) — \(strings["compare"]) \(olderID) → \(newerID) — \(config.title.text(for: language.code))",
            description: nil,
            canonical: shown == language.code ? nil : page.translated(to: shown))
        context["title"] = title
        context["title_lang"] = shown.rawValue
        context["title_dir"] = direction(of: shown)
        context["content_lang"] = shown.rawValue
        context["content_dir"] = direction(of: shown)
        context["current_url"] = page.path.link(to: PlannedPage.current(language.code, policy: slug).path)
        context["heading_html"] = strings.html("compare_heading", ["old": link(olderSide), "new": link(newerSide)])
        context["older"] = olderSide
        context["newer"] = newerSide
        context["has_changes"] = redline.hasChanges
        context["words_html"] = WordCounts.html(redline.summary, strings: strings, numbers: numbers[language.code]!)
        context["summary_groups"] = summaryGroups(redline.summary, strings: strings)
        let redlineHTML = RedlineHTML(
            newFootnotes: texts[slug, newerID, shown]!.footnoteNumbers, oldFootnotes: texts[slug, olderID, shown]!.footnoteNumbers,
            unsafeHTML: config.unsafeHTML,
            movedHereLabel: strings.html("moved_here"), movedAwayLabel: strings.html("moved_away")
        ).render(redline)
        context["redline"] = SiteLinkHTML.resolve(redlineHTML, on: page.path, language: language.code)
        if shown != language.code, let original = config.language(shown) {
            context["notices"] = [["kind": "untranslated", "html": strings.html("notice_untranslated", ["language": languageName(original)])]]
        }
        return context
    }

    /// The summary's lists: sections changed, added, removed and moved, each linking to its place.
    private func summaryGroups(_ summary: RedlineSummary, strings: InterfaceStrings) -> [[String: Any]] {
        RedlineSummaryGroups.of(summary).map { group in
            [
                "label": strings[group.key],
                "sections": group.sections.map { section -> [String: Any] in
                    [
                        "heading": section.id == nil ? strings["compare_introduction"] : section.heading,
                        "has_link": section.id != nil,
                        "href": section.id.map { "#" + group.anchorPrefix + $0 } ?? "",
                    ]
                },
            ]
        }
    }
}
