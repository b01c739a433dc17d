import BlockHTML
import Config
import Markdown
import Testing

/// Where a rendered body's `@/` site links sit, and the body written around them.
@Suite struct SiteLinkedHTMLTests {
    static let body = """
        ## 第三条　個人情報の共有

        当社は、[利用規約](@/terms#第二条)に定める場合を除き、個人情報を共有しません。
        Questions go to legal@example.com or <a href="mailto:legal@example.com">our team</a>.

        The <a href="@/cookies/2024-01">cookie notice</a> and [the current one](@/cookies) say more;
        the code `href="@/not-a-link"` and the address <privacy@example.com> are not site links.

        - [ ] Read [the glossary](@/glossary/v3 "Terms we use")
        """

    static func targets(_ html: SiteLinkedHTML) -> [String] {
        html.siteLinks.map { String(decoding: Array(html.html.utf8)[$0], as: UTF8.self) }
    }

    @Test(arguments: [HTMLMode.safe, .trusted])
    func renderingFindsEverySiteLinkAndNoOtherAtSign(_ mode: HTMLMode) {
        let document = MarkdownRenderer.render(MarkdownSource(text: Self.body, path: "privacy.md"),
                                               options: MarkdownOptions(html: mode)).document
        #expect(Self.targets(document.linkedHTML)
            == ["@/terms#%E7%AC%AC%E4%BA%8C%E6%9D%A1", "@/cookies/2024-01", "@/cookies", "@/glossary/v3"])
    }

    @Test func theHTMLIsWrittenAroundEachTarget() {
        let document = MarkdownRenderer.render(MarkdownSource(text: Self.body, path: "privacy.md"),
                                               options: MarkdownOptions(html: .safe)).document
        // A target the page cannot resolve is kept as written; cmark percent-encodes the heading id.
        let written = document.linkedHTML.written { $0 == "@/cookies" ? nil : "../" + $0.dropFirst(2) }
        #expect(written == document.html
            .replacingOccurrences(of: "href=\"@/terms", with: "href=\"../terms")
            .replacingOccurrences(of: "href=\"@/cookies/", with: "href=\"../cookies/")
            .replacingOccurrences(of: "href=\"@/glossary", with: "href=\"../glossary"))
        #expect(written.contains("href=\"@/cookies\""))
        #expect(written.contains("<code>href=&quot;@/not-a-link&quot;</code>"))
    }

    @Test func htmlWithoutSiteLinksIsWrittenAsItIs() {
        let html = SiteLinkedHTML(finding: "<p>Write to <a href=\"mailto:a@example.com\">a@example.com</a>.</p>\n")
        #expect(html.siteLinks.isEmpty)
        #expect(html.written { _ in "x" } == html.html)
    }
}
