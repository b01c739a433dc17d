import Foundation
import FoundationXML
import Testing
import TestSupport

@Suite struct AlternatesAndSitemapTests {
    private func alternates(_ site: FixtureSite, _ path: String) throws -> [String: String] {
        let links = try site.page(path).select("//link[@rel='alternate'][@hreflang]")
        return Dictionary(uniqueKeysWithValues: links.map { ($0["hreflang"]!, $0["href"]!) })
    }

    @Test func translatedPagesLinkToEachOtherAndToTheDefault() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        let base = "https://policies.example.com/legal/"
        let english = try alternates(site, "en/privacy/versions/v2/index.html")
        #expect(english == ["en": base + "en/privacy/versions/v2/", "ja": base + "ja/privacy/versions/v2/",
                            "x-default": base + "en/privacy/versions/v2/"])
        #expect(try alternates(site, "ja/privacy/versions/v2/index.html") == english, "reciprocal")
        #expect(try alternates(site, "ar/privacy/versions/v2/index.html").isEmpty, "a fallback page carries none")
        #expect(try alternates(site, "en/privacy/versions/v1/index.html").isEmpty, "no translation, nothing to point at")
        #expect(try alternates(site, "ar/index.html").count == 4, "language homes exist in every language, plus x-default")
        #expect(try alternates(site, "index.html").isEmpty)
    }

    @Test func theSitemapListsTranslatedPagesWithTheirAlternates() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        let document = try XMLDocument(contentsOf: site.output.appendingPathComponent("sitemap.xml"))
        let sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9"
        let urls = document.rootElement()?.elements(forLocalName: "url", uri: sitemaps) ?? []
        let locations = urls.compactMap { $0.elements(forLocalName: "loc", uri: sitemaps).first?.stringValue }
        let base = "https://policies.example.com/legal/"
        #expect(locations.contains(base + "ja/privacy/versions/v2/"))
        #expect(!locations.contains(base + "ar/privacy/versions/v2/"), "fallback pages are not in the sitemap")
        #expect(!locations.contains(base + "ja/privacy/versions/v1/"))
        #expect(locations.contains(base) && locations.contains(base + "ar/privacy/versions/"))
        #expect(Set(locations).count == locations.count)
        let v2 = try #require(urls.first { $0.elements(forLocalName: "loc", uri: sitemaps).first?.stringValue == base + "en/privacy/versions/v2/" })
        let hreflangs = try v2.nodes(forXPath: "*[local-name()='link'][namespace-uri()='http://www.w3.org/1999/xhtml']/@hreflang")
        #expect(Set(hreflangs.compactMap(\.stringValue)) == ["en", "ja", "x-default"])
        let pages = site.outputFiles().filter { $0.hasSuffix("index.html") }
        #expect(locations.count < pages.count, "some pages are fallbacks")
    }

    @Test func robotsNamesTheSitemap() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        #expect(try site.text("robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://policies.example.com/legal/sitemap.xml\n")
    }
}
