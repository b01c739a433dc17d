import Config
import Content
import Diff
import Foundation
import Compare
import Testing
import TestSupport
import Theme

/// `VersionComparison`: the site loaded for `policygen diff`, and its standalone HTML page.
@Suite struct VersionComparisonTests {
    static let site = """
    -- policygen.yaml --
    title: Comparison Site
    default_language: en
    languages:
      - code: en
        name: English
      - code: ar
        name: العربية
    -- content/privacy/v1/en.md --
    ---
    title: Privacy <Policy> & "Notice"
    effective: 2024-01-01
    summary: First <b>text</b>.
    ---
    ## Scope

    We collect your name.[^n]

    [^n]: A note.
    -- content/privacy/v1/ar.md --
    ---
    title: الخصوصية
    effective: 2024-01-01
    ---
    ## النطاق

    نجمع اسمك.
    -- content/privacy/v2/en.md --
    ---
    title: Privacy <Policy> & "Notice"
    effective: 2025-01-01
    draft: true
    ---
    ## Scope

    We collect your name and email.[^n]

    [^n]: A note.
    -- content/privacy/v2/ar.md --
    ---
    title: الخصوصية
    effective: 2025-01-01
    draft: true
    ---
    ## النطاق

    نجمع اسمك وبريدك.
    -- content/privacy/v3/en.md --
    ---
    title: Privacy, renamed
    effective: 2026-01-01
    ---
    ## Scope

    We collect your name and email.[^n]

    [^n]: A note.
    """

    private func compare(_ old: String, _ new: String, language: String? = nil, policy: String = "privacy",
                         files: String = site) throws -> Result<VersionComparison, VersionComparisonFailure> {
        let folder = try SiteFixture(files).write()
        defer { try? TemporaryDirectory.remove(folder) }
        return VersionComparison.load(source: folder, policy: policy, old: old, new: new, language: language)
    }

    @Test func draftsAreComparedInTheDefaultLanguage() throws {
        let comparison = try compare("v1", "v2").get()
        #expect(comparison.language.rawValue == "en" && comparison.requestedLanguage.rawValue == "en")
        #expect(comparison.languageNote == nil && comparison.untranslated.isEmpty)
        #expect(comparison.old.version == "v1" && comparison.new.version == "v2")
        #expect(comparison.old.effective == EffectiveDate("2024-01-01") && comparison.old.summary == "First <b>text</b>.")
        #expect(comparison.redline.summary.wordsAdded == 2)
        #expect(comparison.subject.new == ComparedVersion(id: "v2", effective: "2025-01-01", title: "Privacy <Policy> & \"Notice\""))
        #expect(!comparison.readsTheSame)
    }

    @Test func aTranslationOfBothVersionsIsCompared() throws {
        let comparison = try compare("v1", "v2", language: "ar").get()
        #expect(comparison.language.rawValue == "ar")
        #expect(comparison.new.title == "الخصوصية")
        #expect(comparison.subject.language == "ar")
    }

    @Test func withoutATranslationOfOneVersionBothDefaultTextsAreCompared() throws {
        let comparison = try compare("v2", "v3", language: "ar").get()
        #expect(comparison.language.rawValue == "en" && comparison.requestedLanguage.rawValue == "ar")
        #expect(comparison.untranslated == ["v3"])
        #expect(comparison.languageNote == "privacy v3 has no 'ar' text; comparing the 'en' texts")
        #expect(comparison.new.title == "Privacy, renamed" && comparison.old.title == "Privacy <Policy> & \"Notice\"")
    }

    @Test func aRenamedTitleAloneMakesVersionsDiffer() throws {
        let comparison = try compare("v2", "v3").get()
        #expect(!comparison.redline.hasChanges)
        #expect(!comparison.readsTheSame, "the title is the document's first heading")
        #expect(try compare("v3", "v3").get().readsTheSame)
    }

    @Test func unknownNamesFailAsUsageErrorsListingWhatExists() throws {
        guard case .failure(let policy) = try compare("v1", "v2", policy: "terms") else { Issue.record("no failure"); return }
        #expect(policy.isUsageError && policy.message == "there is no policy 'terms'; the policies are: privacy")
        guard case .failure(let version) = try compare("v1", "v9") else { Issue.record("no failure"); return }
        #expect(version.isUsageError)
        #expect(version.message == "privacy has no version 'v9'; its versions are: v1 (2024-01-01), v2 (2025-01-01), v3 (2026-01-01)")
        guard case .failure(let language) = try compare("v1", "v2", language: "fr") else { Issue.record("no failure"); return }
        #expect(language.isUsageError && language.message == "the site has no language 'fr'; its languages are: en, ar")
        guard case .failure(let malformed) = try compare("v1", "v2", language: "../x") else { Issue.record("no failure"); return }
        #expect(malformed.isUsageError && malformed.message.hasSuffix("the site's languages are: en, ar"))
    }

    @Test func aMissingSiteFolderIsAUsageError() {
        let result = VersionComparison.load(source: URL(fileURLWithPath: "/nonexistent/policygen-site"),
                                            policy: "privacy", old: "v1", new: "v2", language: nil)
        guard case .failure(let failure) = result else { Issue.record("no failure"); return }
        #expect(failure.isUsageError && failure.message.contains("/nonexistent/policygen-site"))
    }

    @Test func contentErrorsAreNotUsageErrors() throws {
        let broken = Self.site + "\n-- content/privacy/v4/en.md --\n---\ntitle: X\n---\nNo date.\n"
        guard case .failure(let failure) = try compare("v1", "v2", files: broken) else { Issue.record("no failure"); return }
        #expect(!failure.isUsageError)
        guard case .contentErrors(let diagnostics) = failure else { Issue.record("\(failure)"); return }
        #expect(diagnostics.contains { $0.severity == .error && $0.location.path == "content/privacy/v4/en.md" })
    }

    @Test func theHTMLPageEscapesEveryValueAndShowsTheRedline() throws {
        let html = try compare("v1", "v2").get().htmlPage()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Privacy &lt;Policy&gt; &amp; &quot;Notice&quot; — Compare v1 → v2</title>"))
        #expect(html.contains("First &lt;b&gt;text&lt;/b&gt;."))
        #expect(!html.contains("<b>text</b>"))
        let page = try HTMLDocument(html)
        #expect(try page.first("//p[@class='breadcrumb']/a")?.text == "Privacy <Policy> & \"Notice\"")
        #expect(try page.first("//h1")?.text == "Changes from Version v1 to Version v2")
        #expect(try page.strings("//dl[@class='comparison-versions']//dt") == ["Earlier version", "Later version"])
        #expect(try page.first("//div[contains(@class, 'redline')]//p/ins")?.text == " and email")
        #expect(try page.strings("//div[contains(@class, 'redline')]//h2/@id") == ["scope"])
        #expect(try page.strings("//div[contains(@class, 'redline')]//sup/a/@href") == ["#fn-n"], "footnotes keep their links")
        #expect(try page.strings("//section[@class='comparison-summary']//a/@href") == ["#scope"])
    }

    @Test func theHTMLPageIsTheThemesComparePageWithItsStylesInside() throws {
        let html = try compare("v1", "v2").get().htmlPage()
        let page = try HTMLDocument(html)
        #expect(try page.strings("//link[@rel='stylesheet']").isEmpty, "no stylesheet to fetch")
        let style = try #require(try page.first("//style")?.text)
        let builtIn = try #require(ThemeFiles.builtIn.file("assets/style.css"))
        #expect(style.contains(String(decoding: builtIn.bytes, as: UTF8.self).prefix(200)), "the theme's own stylesheet")
        #expect(try page.strings("//input[@id='pg:clean']/@class") == ["redline-toggle"], "the compare template's clean view")
        #expect(try page.strings("//header[@class='site-header']").isEmpty, "no site around it")
        #expect(try page.strings("//dl[@class='comparison-versions']//a/@href") == ["../../versions/v1/", "../../versions/v2/"],
                "links as the site's compare page has them")
    }

    @Test func theHTMLPageNamesTheEarlierVersionWhicheverComesFirst() throws {
        let page = try HTMLDocument(try compare("v2", "v1").get().htmlPage())
        #expect(try page.strings("//dl[@class='comparison-versions']//dt") == ["Earlier version", "Later version"])
        #expect(try page.strings("//dl[@class='comparison-versions']//dd/a") == ["Version v1", "Version v2"])
        #expect(try page.first("//h1")?.text == "Changes from Version v2 to Version v1", "the redline goes back in time")
        #expect(try page.first("//div[contains(@class, 'redline')]//p/del")?.text == " and email")
    }

    @Test func theHTMLPageIsInTheComparedLanguageAndDirection() throws {
        let page = try HTMLDocument(try compare("v1", "v2", language: "ar").get().htmlPage())
        #expect(try page.strings("/html/@lang") == ["ar"])
        #expect(try page.strings("/html/@dir") == ["rtl"])
        let identical = try HTMLDocument(try compare("v3", "v3").get().htmlPage())
        #expect(try identical.first("//section[@class='comparison-summary']/p")?.text == "The two versions read the same.")
    }

    @Test func withABaseURLTheHTMLPageLinksToTheSiteAbsolutely() throws {
        let files = Self.site
            .replacingOccurrences(of: "title: Comparison Site\n", with: "title: Comparison Site\nbase_url: https://legal.example.com/policies/\n")
            .replacingOccurrences(of: "We collect your name and email.[^n]\n\n[^n]: A note.\n-- content/privacy/v2/ar.md",
                                  with: "We collect your name and [email](@/privacy/v1#scope).[^n]\n\n[^n]: A note.\n-- content/privacy/v2/ar.md")
        let page = try HTMLDocument(try compare("v1", "v2", files: files).get().htmlPage())
        #expect(try page.strings("//dl[@class='comparison-versions']//a/@href")
                == ["https://legal.example.com/policies/en/privacy/versions/v1/", "https://legal.example.com/policies/en/privacy/versions/v2/"])
        #expect(try page.strings("//p[@class='breadcrumb']/a/@href") == ["https://legal.example.com/policies/en/privacy/"])
        #expect(try page.strings("//div[contains(@class, 'redline')]//ins/a/@href | //div[contains(@class, 'redline')]//a[ins]/@href")
                == ["https://legal.example.com/policies/en/privacy/versions/v1/#scope"], "a site link in the text")
        #expect(try page.strings("//section[@class='comparison-summary']//a/@href") == ["#scope"], "links within the page stay")
    }
}
