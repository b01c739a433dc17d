import Foundation
import FoundationXML
import Testing
import TestSupport

@Suite struct ComparePageTests {
    @Test func everyPairAReaderCanCompareHasAPageInEveryLanguage() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build(asOf: "2026-01-01")   // v3 is current
        for language in ["en", "ja", "ar"] {
            for pair in ["v1...v2", "v2...v3", "v1...v3"] {
                #expect(site.exists("\(language)/privacy/compare/\(pair)/index.html"), "\(language) \(pair)")
            }
            #expect(!site.exists("\(language)/privacy/compare/v2...v1/index.html"), "the older version comes first")
        }
    }

    @Test func theRedlineMarksWordsKeepsFormattingAndSummarisesTheChange() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        let page = try site.page("en/privacy/compare/v1...v2/index.html")
        #expect(try page.strings("//dl[@class='comparison-versions']//time/@datetime") == ["2024-01-01", "2024-09-01"])
        #expect(try page.first("//dl[@class='comparison-versions']/dd[2]/span")?.text == "Shorter retention.")
        let body = try #require(try page.first("//div[contains(@class,'redline')]"))
        #expect(body["lang"] == "en")
        #expect(try page.select("//div[contains(@class,'redline')]//table").count == 1, "the inserted table stays a table")
        #expect(try page.select("//div[contains(@class,'redline')]//tr[@class='pg-inserted']").count == 2)
        #expect(try page.first("//div[contains(@class,'redline')]//p/del")?.text.contains("name") == false,
                "a reworded paragraph is word changes, not a whole deletion")
        #expect(try page.select("//div[contains(@class,'redline')]//ins").count >= 1)
        #expect(try page.select("//div[contains(@class,'redline')]//script").isEmpty, "raw HTML stays out")
        // The summary links to sections that exist in the page.
        let links = try page.strings("//section[@class='comparison-summary']//a/@href")
        #expect(!links.isEmpty)
        let ids = Set(try page.strings("//*/@id"))
        for link in links { #expect(ids.contains(String(link.dropFirst())), "\(link) points nowhere") }
        // "name" lost its bold: a formatting change, counted and noted, not a word deleted and inserted.
        let counts = try page.first("//section[@class='comparison-summary']/p")?.text ?? ""
        #expect(counts.wholeMatch(of: /\d+ words? added, \d+ words? removed, 1 formatting change/) != nil, "\(counts)")
        #expect(try page.strings("//div[contains(@class,'redline')]//span[@class='pg-note']") == [" no longer bold"])
        // The switch to the plain later text, without JavaScript.
        #expect(try page.strings("//input[@type='checkbox']/@id") == ["pg:clean"])
        #expect(try page.strings("//label/@for") == ["pg:clean"])
    }

    @Test func aLanguageWithoutBothTextsComparesTheDefaultTextsUnderTheNotice() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        let japanese = try site.page("ja/privacy/compare/v1...v2/index.html")
        #expect(try japanese.strings("/html/@lang") == ["ja"])
        #expect(try japanese.strings("//div[contains(@class,'redline')]/@lang") == ["en"])
        #expect(try japanese.select("//p[contains(@class,'notice-untranslated')]").count == 1)
        #expect(try japanese.strings("//link[@rel='canonical']/@href") == ["https://policies.example.com/legal/en/privacy/compare/v1...v2/"])
        #expect(try japanese.first("//section[@class='comparison-summary']/p")?.text.contains("語") == true,
                "the summary is in the reader's language")
    }

    @Test func versionsLinkToTheirComparisonsEverywhere() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-15")
        let base = "https://policies.example.com/legal/en/privacy/compare/"
        let data = try #require(FileManager.default.contents(atPath: site.output.appendingPathComponent("en/privacy/versions.json").path))
        let versions = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["versions"] as? [[String: Any]])
        #expect(versions.map { $0["compare_previous_url"] as? String } == [base + "v2...v3/", base + "v1...v2/", nil])
        #expect(versions.map { $0["compare_current_url"] as? String } == [base + "v2...v3/", nil, base + "v1...v2/"])
        #expect(versions.last?["compare_previous_url"] is NSNull)

        let history = try site.page("en/privacy/versions/index.html")
        #expect(try history.strings("//li[contains(@class,'history-entry')][1]//p[@class='history-links']/a/@href")
                == ["../compare/v2...v3/", "../compare/v2...v3/"])
        let upcoming = try site.page("en/privacy/versions/v3/index.html")
        #expect(try upcoming.strings("//p[contains(@class,'notice-upcoming')]/a/@href") == ["../../", "../../compare/v2...v3/"])

        let feed = try XMLDocument(contentsOf: site.output.appendingPathComponent("en/privacy/feed.xml"))
        let related = try feed.nodes(forXPath: "//*[local-name()='entry'][1]/*[local-name()='link'][@rel='related']/@href")
        #expect(related.map(\.stringValue) == ["https://policies.example.com/legal/en/privacy/compare/v2...v3/"])
    }
}

/// The word counts of a compare page take each language's plural forms.
@Suite struct CompareWordCountTests {
    @Test func countsAreWrittenInEachLanguagesPluralForm() throws {
        let site = try FixtureSite("""
            -- policygen.yaml --
            title: Counts
            base_url: https://counts.example.com/
            languages: [en, ar, fr]
            default_language: en
            -- content/privacy/v1/en.md --
            ---
            title: Privacy
            effective: 2024-01-01
            ---
            We keep your data for a year.
            -- content/privacy/v2/en.md --
            ---
            title: Privacy
            effective: 2024-06-01
            summary: Longer.
            ---
            We keep data for a year and a day.
            """)
        defer { site.remove() }
        let outcome = site.build(asOf: "2024-07-01")
        #expect(outcome.buildProblems.isEmpty, "\(outcome.buildProblems)")
        func counts(_ language: String) throws -> String? {
            try site.page("\(language)/privacy/compare/v1...v2/index.html").first("//section[@class='comparison-summary']/p")?.text
        }
        #expect(try counts("en") == "3 words added, 1 word removed")
        #expect(try counts("fr") == "3 mots ajoutés, 1 mot supprimé")
        #expect(try counts("ar") == "أُضيفت 3 كلمات، وحُذفت كلمة واحدة")
    }
}
