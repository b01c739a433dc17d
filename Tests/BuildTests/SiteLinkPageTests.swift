import Foundation
import Testing
import TestSupport

/// `@/policy/version#id` in a body becomes a relative link from each page that shows it.
@Suite struct SiteLinkPageTests {
    @Test func everyPageLinksFromItsOwnFolderIntoItsOwnLanguage() throws {
        let site = try FixtureSite("""
        -- policygen.yaml --
        title: Policies
        base_url: https://example.com/legal/
        default_language: en
        languages:
          - code: en
            name: English
          - code: ja
            name: 日本語
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        effective: 2024-01-01
        ---
        ## Scope

        See [the terms](@/terms#liability) and [their first text](@/terms/v1).
        -- content/privacy/v2/en.md --
        ---
        title: Privacy
        effective: 2025-01-01
        summary: Scope narrowed.
        ---
        ## Scope

        See [the terms](@/terms#liability), [their first text](@/terms/v1) and [scope](#scope).
        -- content/terms/v1/en.md --
        ---
        title: Terms
        effective: 2024-01-01
        ---
        ## Liability {#liability}
        """)
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-06-01")
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty, "\(outcome.diagnostics)")
        let links = "//div[@class='policy-body']//a/@href"
        #expect(try site.page("en/privacy/index.html").strings(links) == ["../terms/#liability", "../terms/versions/v1/", "#scope"])
        #expect(try site.page("en/privacy/versions/v1/index.html").strings(links)
                == ["../../../terms/#liability", "../../../terms/versions/v1/"])
        // Japanese pages show the English text, and link to the Japanese pages of the terms.
        #expect(try site.page("ja/privacy/versions/v2/index.html").strings(links)
                == ["../../../terms/#liability", "../../../terms/versions/v1/", "#scope"])
        let compare = try site.page("en/privacy/compare/v1...v2/index.html")
        #expect(try compare.strings("//div[contains(@class,'redline')]//a/@href").filter { !$0.hasPrefix("#") }
                == ["../../../terms/#liability", "../../../terms/versions/v1/"])
        #expect(!(try site.text("en/privacy/compare/v1...v2/index.html")).contains("@/"))
    }
}
