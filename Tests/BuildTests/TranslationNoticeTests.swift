import Diagnostics
import Foundation
import Testing
import TestSupport

@Suite struct TranslationNoticeTests {
    /// The standard site, with English as privacy's governing language.
    private func site() throws -> FixtureSite {
        try FixtureSite(FixtureSite.standard.replacingOccurrences(
            of: "-- content/privacy/policy.yaml --\norder: 1\n",
            with: "-- content/privacy/policy.yaml --\norder: 1\ngoverning_language: en\n"))
    }

    @Test func anUntranslatedVersionLinksToTheLatestTranslatedOne() throws {
        let site = try site()
        defer { site.remove() }
        _ = site.build(asOf: "2025-06-01")
        let page = try site.page("ja/privacy/index.html")
        let notice = try #require(try page.first("//p[contains(@class,'notice-untranslated')]"))
        #expect(notice.text.contains("English"))
        #expect(try page.strings("//p[contains(@class,'notice-untranslated')]//a/@href") == ["versions/v2/"],
                "v3 has no Japanese text; v2, the latest that has, is linked")
        #expect(try page.strings("//p[contains(@class,'notice-untranslated')]//span/@lang") == ["en"])
        let arabic = try site.page("ar/privacy/index.html")
        #expect(try arabic.select("//p[contains(@class,'notice-untranslated')]//a").isEmpty, "no Arabic version to point to")
    }

    @Test func translationsSayTheGoverningTextPrevails() throws {
        let site = try site()
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-15")
        let japanese = try site.page("ja/privacy/versions/v2/index.html")
        #expect(try japanese.strings("//p[contains(@class,'notice-governing')]//a/@href") == ["../../../../en/privacy/versions/v2/"])
        #expect(try japanese.strings("//p[contains(@class,'notice-governing')]//a/@hreflang") == ["en"])
        #expect(try site.page("en/privacy/versions/v2/index.html").select("//p[contains(@class,'notice-governing')]").isEmpty,
                "not on the governing text itself")
        #expect(try site.page("ar/privacy/versions/v2/index.html").select("//p[contains(@class,'notice-governing')]").isEmpty,
                "a fallback page shows the governing text already")
        #expect(try site.page("ja/terms/index.html").select("//p[contains(@class,'notice-governing')]").isEmpty,
                "terms names no governing language")
    }

    @Test func theLanguageHomeSaysWhichPoliciesAreTranslated() throws {
        let site = try site()
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-15")
        let page = try site.page("ja/index.html")
        let items = try page.select("//ul[@class='policy-list']/li")
        #expect(items.count == 2)
        #expect(try page.select("//ul[@class='policy-list']/li[1]//span[@class='policy-untranslated']").isEmpty, "privacy v2 is in Japanese")
        #expect(try page.first("//ul[@class='policy-list']/li[2]//span[@class='policy-untranslated']")?.text.contains("English") == true)
    }

    @Test func aLanguageTheThemeDoesNotSpeakFallsBackWithAWarning() throws {
        let site = try FixtureSite("""
        -- policygen.yaml --
        title: Policies
        base_url: https://example.com/
        default_language: en
        languages:
          - code: en
          - code: it
            name: Italiano
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        effective: 2024-01-01
        ---
        ## Scope

        Text.
        -- themes/default/i18n/it.yaml --
        contents: Indice
        """)
        defer { site.remove() }
        let outcome = site.build()
        #expect(outcome.status == .built(pages: 2 + 2 * 4))
        let warnings = outcome.diagnostics.filter { $0.code == .missingString }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.location.path == "themes/default/i18n/it.yaml")
        #expect(warnings.first?.message.contains("versions") == true, "names the keys taken from English")
        let page = try site.page("it/privacy/index.html")
        #expect(try page.strings("//nav[contains(@class,'toc')]/@aria-label") == ["Indice"])
        #expect(try page.first("//aside[@class='version-list']/h2")?.text == "Versions", "the default language's string")
    }
}
