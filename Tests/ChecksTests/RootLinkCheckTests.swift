import Checks
import Foundation
import Testing

@Suite struct RootLinkCheckTests {
    private let path = "content/privacy/v1/en.md"
    private let body = """
        See [the help article](/articles/360001) and [these terms](/en/privacy/).

        An old address: [the policy](/en/privcy/?ref=mail#top).
        """
    /// The pages a site with one policy in English has, as far as this text links.
    private let pages = SitePages { $0 == ["en", "privacy"] || $0 == [] }

    @Test func aLinkFromTheRootToNoPageIsReported() throws {
        let run = try CheckRun(englishSite(body), pages: pages)
        #expect(run.locations(.rootLinkToNoPage) == ["\(path):5:5", "\(path):7:17"], Comment(rawValue: run.report))
        #expect(run.messages(.rootLinkToNoPage) == [
            "'/articles/360001' is written from the root of the host, where this site has no page (its pages are under / in a language's folder)",
            "'/en/privcy/?ref=mail#top' leads to no page of this site",
        ])
    }

    @Test func withTheMainSiteOnlyLinksIntoTheSiteAreChecked() throws {
        let run = try CheckRun(englishSite(body, config: "main_site: https://www.example.com/"), pages: pages)
        #expect(run.locations(.rootLinkToNoPage) == ["\(path):7:17"], Comment(rawValue: run.report))
    }

    @Test func aSiteUnderASubPathHasNoPageAtTheRoot() throws {
        let site = englishSite(body).replacingOccurrences(of: "base_url: https://example.com/", with: "base_url: https://example.com/legal/")
        let run = try CheckRun(site, pages: pages)
        #expect(run.locations(.rootLinkToNoPage) == ["\(path):5:5", "\(path):5:46", "\(path):7:17"], Comment(rawValue: run.report))
    }
}
