import BlockHTML
import Config
import Content
import Diff
import Localization
import Markdown
import Outline
import Theme

/// `<lang>/<policy>/compare/<older>...<newer>/`: what changed between two versions, as
/// tracked changes, with a summary of the sections touched and the words that came and went.
struct ComparePage: TemplateModel {
    var title: String
    var titleLang: String
    var titleDir: String
    var currentURL: String
    var headingHTML: String
    var older: CompareSide
    var newer: CompareSide
    var contentLang: String
    var contentDir: String
    /// Only on a page whose texts are the default language's: the fallback notice.
    var notices: [Notice]?
    var hasChanges: Bool
    var wordsHTML: String
    var summaryGroups: [SummaryGroup]
    var redline: String

    static let fields = TemplateFields<ComparePage>([
        "title": \.title,
        "title_lang": \.titleLang,
        "title_dir": \.titleDir,
        "current_url": \.currentURL,
        "heading_html": \.headingHTML,
        "older": \.older,
        "newer": \.newer,
        "content_lang": \.contentLang,
        "content_dir": \.contentDir,
        "notices": \.notices,
        "has_changes": \.hasChanges,
        "words_html": \.wordsHTML,
        "summary_groups": \.summaryGroups,
        "redline": \.redline,
    ])
}

/// One of the two versions compared.
struct CompareSide: TemplateModel {
    var id: String
    var url: String
    var effectiveHTML: String
    var summary: String?

    static let fields = TemplateFields<CompareSide>([
        "id": \.id, "url": \.url, "effective_html": \.effectiveHTML, "summary": \.summary,
    ])
}

/// A list of the summary: sections changed, added, removed or moved.
struct SummaryGroup: TemplateModel {
    var label: String
    var sections: [SummarySection]

    static let fields = TemplateFields<SummaryGroup>(["label": \.label, "sections": \.sections])
}

struct SummarySection: TemplateModel {
    var heading: String
    var hasLink: Bool
    var href: String

    static let fields = TemplateFields<SummarySection>(["heading": \.heading, "has_link": \.hasLink, "href": \.href])
}

extension SiteRenderer {
    func comparePage(_ page: PlannedPage, _ language: SiteLanguage, _ policy: PlannedPolicy, _ comparison: Comparison,
                     texts: inout JobTexts) -> (ComparePage, PageChrome) {
        let code = language.code
        let address = page.address
        let shown = comparison.textLanguage
        let strings = language.strings
        let title = comparison.newer.translation.frontMatter.title
        let redline = texts.redline(comparison)

        func side(_ version: PolicyVersion, _ text: ShownText) -> CompareSide {
            CompareSide(id: version.id,
                        url: address.path.link(to: PageAddress.version(code, policy: policy.slug, version: version.id).path),
                        effectiveHTML: strings.html("effective_on", ["date": language.timeHTML(version.effective)]),
                        summary: text.translation.frontMatter.summary)
        }
        func link(_ side: CompareSide) -> String {
            "<a href=\"\(HTMLText.escape(side.url))\">\(HTMLText.escape(strings["version"])) \(HTMLText.escape(side.id))</a>"
        }

        let older = side(comparison.olderVersion, comparison.older)
        let newer = side(comparison.newerVersion, comparison.newer)
        let chrome = chrome(
            page, language: language,
            title: "\(title) — \(strings["compare"]) \(older.id) → \(newer.id) — \(config.title.text(for: code))",
            canonical: shown == code ? nil : address.translated(to: shown))
        let redlineHTML = RedlineHTML(
            newFootnotes: texts.comparable(comparison.newer).footnotes, oldFootnotes: texts.comparable(comparison.older).footnotes,
            html: config.html,
            movedHereLabel: strings.html("moved_here"), movedAwayLabel: strings.html("moved_away"),
            notes: RedlineNoteWording(strings: strings)
        ).render(redline, newHeadingIDs: texts.headingIDs(comparison.newer),
                 reusing: &texts.unchangedHTML[comparison.newer.key, default: UnchangedBlockHTML()])
        var notices: [Notice]?
        if shown != code, let original = self.language(shown) {
            notices = [Notice(kind: "untranslated", html: strings.html("notice_untranslated",
                                                                       ["language": original.language.isolatedName]))]
        }
        let model = ComparePage(
            title: title,
            titleLang: shown.rawValue,
            titleDir: config.direction(of: shown).rawValue,
            currentURL: address.path.link(to: PageAddress.current(code, policy: policy.slug).path),
            headingHTML: strings.html("compare_heading", ["old": link(older), "new": link(newer)]),
            older: older,
            newer: newer,
            contentLang: shown.rawValue,
            contentDir: config.direction(of: shown).rawValue,
            notices: notices,
            hasChanges: redline.hasChanges,
            wordsHTML: WordCounts.html(redline.summary, strings: strings, numbers: language.numbers),
            summaryGroups: ComparePage.summaryGroups(redline.summary, strings: strings),
            redline: SiteLinkHTML.resolve(SiteLinkedHTML(finding: redlineHTML), on: address.path, language: code))
        return (model, chrome)
    }
}

extension ComparePage {
    /// The summary's lists: sections changed, added, removed and moved, each linking to its place.
    static func summaryGroups(_ summary: RedlineSummary, strings: InterfaceStrings) -> [SummaryGroup] {
        RedlineSummaryGroups.of(summary).map { group in
            SummaryGroup(label: strings[group.key], sections: group.sections.map { section in
                SummarySection(heading: section.id == nil ? strings["compare_introduction"] : section.heading,
                               hasLink: section.id != nil,
                               href: section.id.map { "#" + group.anchorPrefix + $0 } ?? "")
            })
        }
    }
}
