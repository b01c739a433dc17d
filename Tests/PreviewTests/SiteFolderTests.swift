import Foundation
@testable import Preview
import Testing
import TestSupport

@Suite struct SiteFolderTests {
    /// `root/site/` is served; `root/secret.txt` lies beside it.
    private func withSite(_ body: (URL, SiteFolder) throws -> Void) async throws {
        try await TemporaryDirectory.with(prefix: "policygen-sitefolder") { root in
            try SiteFixture("""
            -- site/index.html --
            home
            -- site/en/privacy/index.html --
            privacy
            -- secret.txt --
            SECRET
            """).write(into: root)
            let site = try #require(SiteFolder(root.appendingPathComponent("site")))
            try body(root, site)
        }
    }

    private func lookup(_ site: SiteFolder, _ raw: String) throws -> SiteFolder.Lookup {
        site.lookup(try #require(ServedPath(raw)))
    }

    @Test func filesFoldersAndMissingNames() async throws {
        try await withSite { _, site in
            guard case .file(let home) = try lookup(site, "/") else { Issue.record("no home page"); return }
            #expect(home.lastPathComponent == "index.html")
            guard case .file(let page) = try lookup(site, "/en/privacy/") else { Issue.record("no page"); return }
            #expect(page.path.hasSuffix("/site/en/privacy/index.html"))
            #expect(try lookup(site, "/en/privacy") == .folder)
            #expect(try lookup(site, "/en/terms/") == .missing)
            #expect(try lookup(site, "/en/privacy/index.html/") == .missing, "a file is no folder")
        }
    }

    @Test func aLinkLeadingOutOfTheSiteIsMissing() async throws {
        try await withSite { root, site in
            let manager = FileManager.default
            try manager.createSymbolicLink(atPath: root.path + "/site/leak.txt", withDestinationPath: root.path + "/secret.txt")
            try manager.createSymbolicLink(atPath: root.path + "/site/up", withDestinationPath: "..")
            try manager.createSymbolicLink(atPath: root.path + "/site/alias.html", withDestinationPath: "index.html")
            #expect(try lookup(site, "/leak.txt") == .missing)
            #expect(try lookup(site, "/up/secret.txt") == .missing)
            #expect(try lookup(site, "/up/") == .missing)
            guard case .file(let alias) = try lookup(site, "/alias.html") else {
                Issue.record("a link to a file inside the site is that file"); return
            }
            #expect(alias.lastPathComponent == "index.html")
        }
    }

    @Test func aServedFolderReachedThroughALinkStillKeepsItsBounds() async throws {
        try await TemporaryDirectory.with(prefix: "policygen-sitefolder") { root in
            try SiteFixture("-- real/index.html --\nhome\n-- secret.txt --\nSECRET\n").write(into: root)
            try FileManager.default.createSymbolicLink(atPath: root.path + "/linked", withDestinationPath: root.path + "/real")
            let site = try #require(SiteFolder(root.appendingPathComponent("linked")))
            guard case .file = try lookup(site, "/") else { Issue.record("the home page through the link"); return }
            try FileManager.default.createSymbolicLink(atPath: root.path + "/real/leak", withDestinationPath: root.path + "/secret.txt")
            #expect(try lookup(site, "/leak") == .missing)
        }
    }
}
