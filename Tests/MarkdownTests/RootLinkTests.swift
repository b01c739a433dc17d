import Config
import Markdown
import Testing
import TestSupport

/// `main_site:`: links written from the root that lead out of the site are published absolute to it.
@Suite struct RootLinkTests {
    private func hrefs(_ text: String, base: String = "/") throws -> [String] {
        let rule = RootLinks(basePath: base, languages: ["en", "ja"], mainSite: "https://www.example.com/")
        let document = MarkdownRenderer.render(MarkdownSource(text: text, path: "content/privacy/v1/en.md"),
                                               options: MarkdownOptions(rootLinks: rule)).document
        let page = try HTMLDocument(document.html)
        return try page.strings("//a/@href | //img/@src")
    }

    @Test func linksOutOfTheSiteLeadToTheMainSite() throws {
        #expect(try hrefs("""
            [help](/articles/360001?x=1#top) [terms](/en/terms/) [map](/sitemap.xml) ![logo](/img/logo.png)
            [far](//cdn.example.org/a) [near](../x/) [abs](https://other.example/)
            """) == [
            "https://www.example.com/articles/360001?x=1#top", "/en/terms/", "/sitemap.xml",
            "https://www.example.com/img/logo.png", "//cdn.example.org/a", "../x/", "https://other.example/",
        ])
    }

    @Test func underASubPathOnlyItsFoldersAreTheSites() throws {
        #expect(try hrefs("[a](/legal/en/terms/) [b](/en/terms/) [c](/legal)", base: "/legal/") == [
            "/legal/en/terms/", "https://www.example.com/en/terms/", "/legal",
        ])
    }

    @Test func withoutTheMainSiteLinksStayAsWritten() throws {
        let document = MarkdownRenderer.render(MarkdownSource(text: "[help](/articles/1)", path: "x.md"),
                                               options: MarkdownOptions()).document
        #expect(document.html.contains("href=\"/articles/1\""))
    }
}
