import Diagnostics
import Foundation
import Testing
import TestSupport

/// `language_variables`: each text takes its own language's values; a fallback page shows the
/// default-language text with the default language's values.
@Suite struct LanguageVariableTests {
    private let fixture = """
    -- policygen.yaml --
    title: Policies
    base_url: https://example.com/
    default_language: en
    languages:
      - code: en
        name: English
      - code: ja
        name: 日本語
    variables:
      company:
        name: Kestrel Harbour Ltd.
        email: privacy@kestrel.example
      response_days: 15
    language_variables:
      ja:
        company:
          name: ケストレル・ハーバー株式会社
    -- content/privacy/v1/en.md --
    ---
    title: "{{ company.name }} Privacy Policy"
    effective: 2024-01-01
    ---
    {{ company.name }} answers within {{ response_days }} days at <{{ company.email }}>.
    -- content/privacy/v1/ja.md --
    ---
    title: "{{ company.name }} プライバシーポリシー"
    effective: 2024-01-01
    ---
    {{ company.name }}は{{ response_days }}日以内に<{{ company.email }}>で回答します。
    -- content/privacy/v2/en.md --
    ---
    title: "{{ company.name }} Privacy Policy"
    effective: 2025-01-01
    summary: Shorter answers from {{ company.name }}.
    ---
    {{ company.name }} answers within 10 days.
    """

    @Test func eachLanguageTakesItsOwnValuesMergedKeyByKey() throws {
        let site = try FixtureSite(fixture)
        defer { site.remove() }
        let outcome = site.build(asOf: "2024-06-01")
        #expect(outcome.status == .built(pages: 14), "\(outcome.diagnostics)")
        let english = try site.page("en/privacy/index.html")
        #expect(try english.first("//h1")?.text == "Kestrel Harbour Ltd. Privacy Policy")
        #expect(try english.first("//div[@class='policy-body']/p")?.text
                == "Kestrel Harbour Ltd. answers within 15 days at privacy@kestrel.example.")
        let japanese = try site.page("ja/privacy/index.html")
        #expect(try japanese.first("//h1")?.text == "ケストレル・ハーバー株式会社 プライバシーポリシー")
        // The name is overridden; the e-mail and the number come from `variables`.
        #expect(try japanese.first("//div[@class='policy-body']/p")?.text
                == "ケストレル・ハーバー株式会社は15日以内にprivacy@kestrel.exampleで回答します。")
        #expect(try japanese.strings("//div[@class='policy-body']//a/@href") == ["mailto:privacy@kestrel.example"])
    }

    @Test func aFallbackPageShowsTheDefaultLanguagesValues() throws {
        let site = try FixtureSite(fixture)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-06-01").status == .built(pages: 14))
        let page = try site.page("ja/privacy/index.html")
        #expect(try page.first("//div[@class='policy-body']/p")?.text == "Kestrel Harbour Ltd. answers within 10 days.")
    }

    @Test func anUndefinedVariableInFrontMatterIsAnErrorAtItsColumn() throws {
        let site = try FixtureSite(fixture.replacingOccurrences(
            of: "summary: Shorter answers from {{ company.name }}.", with: "summary: Shorter answers from {{ company.nam }}."))
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-06-01")
        #expect(outcome.status == .failed)
        #expect(outcome.buildProblems.map(\.description) == [
            "content/privacy/v2/en.md:4:31: error: undefined variable 'company.nam' (did you mean 'company.name'?) [PG302]",
        ])
    }

    @Test func aQuotedTitleIsPlacedPastItsQuote() throws {
        let site = try FixtureSite(fixture.replacingOccurrences(
            of: "title: \"{{ company.name }} プライバシーポリシー\"", with: "title: \"{{ company.title }} プライバシーポリシー\""))
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-06-01")
        #expect(outcome.buildProblems.map(\.location.description) == ["content/privacy/v1/ja.md:2:9"])
    }
}
