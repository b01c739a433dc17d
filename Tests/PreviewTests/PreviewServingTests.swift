import Foundation
@testable import Preview
import Build
import Testing

/// What the preview sends: the built site with the right types, pages with the reload script.
@Suite struct PreviewServingTests {
    @Test func filesGoOutWithTheirContentTypes() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            let expected: [(String, String)] = [
                ("/", "text/html; charset=utf-8"),
                ("/en/privacy/", "text/html; charset=utf-8"),
                (try #require(preview.asset("style.css")), "text/css; charset=utf-8"),
                (try #require(preview.asset("favicon.svg")), "image/svg+xml"),
                ("/sitemap.xml", "application/xml; charset=utf-8"),
                ("/en/feed.xml", "application/atom+xml; charset=utf-8"),
                ("/en/privacy/feed.xml", "application/atom+xml; charset=utf-8"),
                ("/en/privacy/versions.json", "application/json"),
                ("/robots.txt", "text/plain; charset=utf-8"),
                ("/__policygen/reload.js", "text/javascript; charset=utf-8"),
            ]
            for (target, type) in expected {
                let response = try await preview.get(target)
                #expect(response.status == 200, "\(target)")
                #expect(response.contentType == type, "\(target)")
                #expect(response.headers["cache-control"] == "no-store", "\(target)")
            }
        }
    }

    @Test func onlyPagesGetTheReloadScript() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            let workspaceSite = try #require(preview.server.builds.current.site)
            let page = try await preview.get("/en/privacy/")
            #expect(page.text.contains("The second text."))
            #expect(page.text.contains(#"<script src="/__policygen/reload.js" data-build=""#))
            let onDisk = try String(contentsOf: workspaceSite.appendingPathComponent("en/privacy/index.html"), encoding: .utf8)
            #expect(!onDisk.contains("reload.js"), "the built file is left as it was")
            #expect(onDisk.contains(ServedPage.policyTag + "default-src"), "the built page has the theme's policy")
            #expect(page.text.contains(ServedPage.policyTag + ServedPage.previewSources + "default-src"),
                    "the served page's policy allows the script")
            for target in [try #require(preview.asset("style.css")), "/en/privacy/versions.json", "/en/privacy/feed.xml", "/sitemap.xml"] {
                let file = try await preview.get(target)
                let built = try Data(contentsOf: workspaceSite.appendingPathComponent(String(target.dropFirst())))
                #expect(file.body == built, "\(target) is sent as built")
            }
        }
    }

    @Test func headAnswersLikeGetWithoutTheBody() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            let get = try await preview.get("/en/privacy/")
            let head = try await preview.get("/en/privacy/", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.contentType == "text/html; charset=utf-8")
            #expect(head.headers["content-length"] == String(get.body.count))
            #expect(head.body.isEmpty)
            let post = try await preview.get("/en/privacy/", method: "POST")
            #expect(post.status == 405)
            #expect(post.headers["allow"] == "GET, HEAD")
        }
    }

    @Test func aFolderWithoutItsSlashIsRedirectedAndUnknownAddressesGetThe404Page() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            let folder = try await preview.get("/en/privacy?from=test")
            #expect(folder.status == 302)
            #expect(folder.headers["location"] == "/en/privacy/?from=test")
            let missing = try await preview.get("/en/nothing-here/")
            #expect(missing.status == 404)
            #expect(missing.contentType == "text/html; charset=utf-8")
            #expect(missing.text.contains("reload.js"), "the 404 page reloads too, once the page exists")
            let unknown = try await preview.get("/__policygen/unknown")
            #expect(unknown.status == 404)
        }
    }

    @Test func thePagesLinkToThePreviewNotToThePublishedAddress() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            let page = try await preview.get("/en/privacy/")
            #expect(page.text.contains(#"<link rel="canonical" href="\#(preview.url.absoluteString)en/privacy/">"#))
            let notFound = try await preview.get("/missing")
            #expect(!notFound.text.contains("/legal/"), "the 404 page's links lead into the preview, not to the sub-path")
        }
    }

    @Test func aBaseURLGivenOnTheCommandLineIsKept() async throws {
        try await RunningPreview.with(PreviewFixtures.site, baseURL: "https://staging.example.com/") { preview in
            let page = try await preview.get("/en/privacy/")
            #expect(page.text.contains(#"<link rel="canonical" href="https://staging.example.com/en/privacy/">"#))
        }
    }

    @Test func itListensOnLoopbackByDefault() async throws {
        let build = BuildOptions(source: URL(fileURLWithPath: "/"), output: URL(fileURLWithPath: "/"), asOf: .init("2025-01-01")!)
        #expect(PreviewOptions(build: build).host == "127.0.0.1")
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            #expect(preview.url.host == "127.0.0.1")
            #expect(preview.port > 0)
        }
    }

    @Test func theBuildNumberNamesTheSessionAndTheBuild() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            let build = try await preview.get("/__policygen/build")
            #expect(build.status == 200)
            #expect(build.text == preview.server.builds.current.buildToken)
            #expect(build.text.hasSuffix("-1"))
            let page = try await preview.get("/")
            #expect(page.text.contains(#"data-build="\#(build.text)""#))
        }
    }

    @Test func anAddressThatIsNoIPIsRefused() async throws {
        #expect(!PreviewOptions.isValidHost("example.com"))
        #expect(!PreviewOptions.isValidHost("127.0.0.1:80"))
        #expect(PreviewOptions.isValidHost("::1"))
        #expect(PreviewOptions.isValidHost("localhost"))
        #expect(PreviewOptions.isValidHost("0.0.0.0"))
    }
}
