@testable import Pages
import Testing

@Suite struct SitePathTests {
    @Test(arguments: [
        ([], [], "./"), (["en"], [], "../"), ([], ["en"], "en/"),
        (["en", "privacy"], ["en", "privacy", "versions", "v2"], "versions/v2/"),
        (["en", "privacy", "versions", "v2"], ["en", "privacy"], "../../"),
        (["en", "privacy", "versions", "v2"], ["en", "privacy", "versions", "v1"], "../v1/"),
        (["en", "privacy"], ["ja", "privacy"], "../../ja/privacy/"),
    ] as [([String], [String], String)])
    func linksBetweenFolders(_ from: [String], _ to: [String], _ link: String) {
        #expect(SitePath(from).link(to: SitePath(to)) == link)
    }

    @Test(arguments: [
        ([], "assets/style.css", "assets/style.css"), (["en"], "en/feed.xml", "feed.xml"),
        (["en", "privacy", "versions", "v2"], "en/feed.xml", "../../../feed.xml"),
        (["en", "privacy"], "assets/style.css", "../../assets/style.css"),
        (["en"], "index.html", "../index.html"),
    ] as [([String], String, String)])
    func linksToFiles(_ from: [String], _ file: String, _ link: String) {
        #expect(SitePath(from).link(toFile: file) == link)
    }

    @Test func absoluteURLsKeepTheBasePath() {
        #expect(SitePath(["en", "privacy"]).absoluteURL(base: "https://example.com/legal/") == "https://example.com/legal/en/privacy/")
        #expect(SitePath.root.absoluteURL(base: "https://example.com/") == "https://example.com/")
    }
}
