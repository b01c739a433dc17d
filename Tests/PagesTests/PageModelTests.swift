import Config
import Content
import Diagnostics
import Foundation
@testable import Pages
import Testing
import TestSupport
import Texts
import Theme

/// The page models are the one schema of what a theme can use: docs/themes.md documents each
/// of their names, and they hold what the pages show.
@Suite struct PageModelTests {
    // MARK: docs/themes.md

    /// The names of each page kind's table, and the model that has them.
    static let pages: [(section: String, names: [String])] = [
        ("Values on every page", PageChrome.fields.names),
        ("home", HomePage.fields.names),
        ("language", LanguagePage.fields.names),
        ("document", DocumentPage.fields.names),
        ("history", HistoryPage.fields.names),
        ("compare", ComparePage.fields.names),
    ]

    /// The values a list or a part of a page holds, documented in the row that names it.
    static let parts: [(section: String, row: String, names: [String])] = [
        ("Values on every page", "languages", LanguageLink.fields.names),
        ("Values on every page", "feeds", FeedLink.fields.names),
        ("Values on every page", "alternates", Alternate.fields.names),
        ("home", "sections", HomeSection.fields.names),
        ("language", "policies", PolicySummary.fields.names),
        ("language", "policies", DateValue.fields.names),
        ("document", "toc", ContentsEntry.fields.names),
        ("document", "effective", DateValue.fields.names),
        ("document", "notices", Notice.fields.names),
        ("document", "versions", VersionLink.fields.names),
        ("history", "versions", HistoryVersion.fields.names),
        ("compare", "older", CompareSide.fields.names),
        ("compare", "notices", Notice.fields.names),
        ("compare", "summary_groups", SummaryGroup.fields.names),
        ("compare", "summary_groups", SummarySection.fields.names),
    ]

    @Test(arguments: pages.map(\.section))
    func theTableOfAPageKindNamesEveryValueOfItsModel(_ section: String) throws {
        let names = try #require(Self.pages.first { $0.section == section }).names
        #expect(try DocPage("themes.md").tableNames(section).sorted() == names.sorted())
    }

    @Test func everyPartOfAPageIsDocumentedInItsRow() throws {
        let docs = try DocPage("themes.md")
        for part in Self.parts {
            let documented = Set(docs.rowNames(part.section, row: part.row))
            for name in part.names {
                #expect(documented.contains(name), "\(part.section): \(part.row) has \(name)")
            }
        }
    }

    /// The `standalone` layout's values (`policygen diff --format html`), in place of those of every page.
    @Test func theStandaloneLayoutsTableNamesEveryValueOfItsModel() throws {
        #expect(try DocPage("themes.md").tableNames("standalone").sorted() == StandaloneChrome.fields.names.sorted())
        #expect(Set(StandaloneChrome.fields.names).isDisjoint(with: ComparePage.fields.names), "the compare page's own values win")
    }

    /// A page's own value never hides one every page has.
    @Test func noPageNamesAValueEveryPageHas() {
        for page in Self.pages.dropFirst() {
            #expect(Set(page.names).isDisjoint(with: PageChrome.fields.names), "\(page.section)")
        }
    }

    // MARK: What the models hold

    static let site = """
        -- policygen.yaml --
        title: Models
        base_url: https://legal.example.com/
        default_language: en
        languages: [en, ja]
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        effective: 2024-01-01
        ---
        ## Data {#data}

        Text.
        -- content/privacy/v1/ja.md --
        ---
        title: プライバシー
        effective: 2024-01-01
        ---
        ## データ {#data}

        本文。
        -- content/privacy/v2/en.md --
        ---
        title: Privacy
        effective: 2024-06-01
        summary: More data.
        ---
        ## Data {#data}

        More text.
        -- content/privacy/v3/en.md --
        ---
        title: Privacy
        effective: 2030-01-01
        summary: Even more.
        ---
        ## Data {#data}

        Even more text.
        """

    static func renderer(comparisons: Bool = true) throws -> SiteRenderer {
        let folder = try SiteFixture(site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        var diagnostics: [Diagnostic] = []
        let config = try #require(ConfigLoader.load(from: folder, diagnostics: &diagnostics))
        let content = ContentLoader.load(from: folder, config: config, diagnostics: &diagnostics)
        let texts = RenderedTexts.render(content, config: config, diagnostics: &diagnostics)
        let templates = PageTemplates(theme: .builtIn, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return SiteRenderer(config: config, content: content, templates: templates, strings: [:],
                            assets: ThemeAssets([("style.css", Array("body {}".utf8))]), texts: texts,
                            asOf: EffectiveDate("2025-01-01")!, firstPublished: [:], includesComparisons: comparisons)
    }

    /// The planned page at `path`.
    static func page(_ renderer: SiteRenderer, _ path: String) throws -> PlannedPage {
        let file = try #require(renderer.plan.first { $0.path == path }, "\(path) is planned")
        guard case .page(let page) = file else { throw PlanError.notAPage(path) }
        return page
    }

    enum PlanError: Error { case notAPage(String) }

    static func document(_ renderer: SiteRenderer, _ path: String) throws -> (DocumentPage, PageChrome) {
        var texts = JobTexts(renderer.texts)
        switch try page(renderer, path) {
        case .current(let language, let policy):
            return renderer.documentPage(.current(language, policy), language, policy, policy.current, isCurrentPage: true, texts: &texts)
        case .version(let language, let policy, let entry):
            return renderer.documentPage(.version(language, policy, entry), language, policy, entry, isCurrentPage: false,
                                         texts: &texts)
        default:
            throw PlanError.notAPage(path)
        }
    }

    @Test func aPageWithoutItsTranslationShowsTheDefaultLanguagesTextAndSaysSo() throws {
        let renderer = try Self.renderer()
        let (model, chrome) = try Self.document(renderer, "ja/privacy/versions/v2/index.html")
        #expect(model.contentLang == "en")
        #expect(model.body.contains("More text."))
        #expect(model.notices.map(\.kind) == ["announcement", "untranslated"], "v2 is in effect, and v3 announced")
        #expect(chrome.canonical == "https://legal.example.com/en/privacy/versions/v2/")
        #expect(chrome.alternates.isEmpty, "a fallback page is no translation")
        #expect(chrome.language.lang == "ja", "the interface is the reader's")
    }

    @Test func aTranslatedPageShowsItsOwnTextWithAlternates() throws {
        let renderer = try Self.renderer()
        let (model, chrome) = try Self.document(renderer, "ja/privacy/versions/v1/index.html")
        #expect(model.contentLang == "ja")
        #expect(model.title == "プライバシー")
        #expect(model.toc.entries.map(\.id) == ["data"])
        #expect(model.comparePreviousURL == nil, "the first version")
        #expect(model.compareCurrentURL == "../../compare/v1...v2/")
        #expect(chrome.alternates.map(\.hreflang) == ["en", "ja", "x-default"])
        #expect(chrome.canonical == "https://legal.example.com/ja/privacy/versions/v1/")
    }

    @Test func theCurrentPageAnnouncesTheUpcomingVersion() throws {
        let renderer = try Self.renderer()
        let (model, _) = try Self.document(renderer, "en/privacy/index.html")
        #expect(model.versionID == "v2")
        #expect(model.isCurrentPage)
        #expect(model.summary == "More data.")
        #expect(model.notices.map(\.kind) == ["announcement"])
        #expect(model.versions.map(\.id) == ["v3", "v2", "v1"])
        #expect(model.versions.map(\.isThis) == [false, true, false])
    }

    @Test func withoutComparePagesNothingLinksToOne() throws {
        let renderer = try Self.renderer(comparisons: false)
        #expect(!renderer.plan.contains { $0.path.contains("/compare/") })
        let (model, _) = try Self.document(renderer, "en/privacy/versions/v2/index.html")
        #expect(model.comparePreviousURL == nil)
        guard case .history(let language, let policy) = try Self.page(renderer, "en/privacy/versions/index.html") else {
            Issue.record("the history page is planned")
            return
        }
        let (history, _) = renderer.historyPage(.history(language, policy), language, policy)
        #expect(history.versions.allSatisfy { $0.comparePreviousURL == nil && $0.compareCurrentURL == nil })
    }

    @Test func aCompareThatLacksATranslationComparesTheDefaultLanguagesTexts() throws {
        let renderer = try Self.renderer()
        guard case .compare(let language, let policy, let comparison) = try Self.page(renderer, "ja/privacy/compare/v1...v2/index.html")
        else {
            Issue.record("the comparison is planned")
            return
        }
        #expect(comparison.textLanguage.rawValue == "en")
        var texts = JobTexts(renderer.texts)
        let (model, chrome) = renderer.comparePage(.compare(language, policy, comparison), language, policy, comparison, texts: &texts)
        #expect(model.contentLang == "en")
        #expect(model.notices?.map(\.kind) == ["untranslated"])
        #expect(model.hasChanges)
        #expect(model.redline.contains("<ins>"))
        #expect(model.older.id == "v1" && model.newer.id == "v2")
        #expect(chrome.canonical == "https://legal.example.com/en/privacy/compare/v1...v2/")
        // Its English counterpart compares the same texts, and has no notice.
        guard case .compare(let english, _, let same) = try Self.page(renderer, "en/privacy/compare/v1...v2/index.html") else { return }
        #expect(same.key == comparison.key, "one redline for both pages")
        #expect(renderer.comparePage(.compare(english, policy, same), english, policy, same, texts: &texts).0.notices == nil)
    }

    // MARK: Jobs

    @Test func everyFileIsInOneJobAndAJobReadsOneLanguagesTextsOfOnePolicy() throws {
        let renderer = try Self.renderer()
        let jobs = renderer.jobs()
        #expect(jobs.flatMap(\.files).map(\.path).sorted() == renderer.plan.map(\.path).sorted())
        for job in jobs where job.files.count > 1 {
            let places = job.files.compactMap { renderer.place(of: $0) }
            #expect(places.count == job.files.count, "a job of several files reads texts in each")
            #expect(Set(places.map(\.policy)).count == 1)
            #expect(Set(places.map(\.language)).count == 1)
            #expect(places.map(\.anchor) == places.map(\.anchor).sorted(), "in version order")
            // What the job reads is let go by its end: each need once, after its last use.
            let needs = places.flatMap(\.needs)
            #expect(job.releases.flatMap { $0 }.count == Set(needs).count)
            #expect(Set(job.releases.flatMap { $0 }) == Set(needs))
            for (index, released) in job.releases.enumerated() {
                for need in released {
                    #expect(!places[(index + 1)...].contains { $0.needs.contains(need) }, "released after its last use")
                }
            }
        }
        // The Japanese pages of v2 and v3, which fall back to English, are made with the English ones.
        let english = try #require(jobs.first { job in job.files.contains { $0.path == "en/privacy/versions/v2/index.html" } })
        #expect(english.files.contains { $0.path == "ja/privacy/versions/v2/index.html" })
        #expect(english.files.contains { $0.path == "ja/privacy/compare/v1...v2/index.html" })
    }

    @Test func aJobsFilesAreTheBytesOfTheFilesMadeAlone() throws {
        let renderer = try Self.renderer()
        for job in renderer.jobs() {
            var madeInJob: [String: [UInt8]] = [:]
            renderer.make(job) { file, render in madeInJob[file.path] = render() }
            for file in job.files {
                var alone = JobTexts(renderer.texts)
                #expect(renderer.render(file, texts: &alone) == madeInJob[file.path], "\(file.path)")
            }
        }
    }
}
