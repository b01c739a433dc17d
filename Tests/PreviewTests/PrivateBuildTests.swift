import Content
import Foundation
@testable import Preview
import Build
import Testing
import TestSupport

/// The preview builds elsewhere than output/, keeps the published site's history lock, and
/// leaves nothing behind.
@Suite struct PrivateBuildTests {
    @Test func draftsAreShownButNeverWrittenToOutput() async throws {
        let draft = "-- content/privacy/v3/en.md --\n---\ntitle: Privacy Policy\neffective: 2024-09-01\nsummary: Draft.\ndraft: true\n---\n## Scope\n\nThe draft text.\n"
        try await RunningPreview.with(PreviewFixtures.site + "\n" + draft, drafts: true) { preview in
            let page = try await preview.get("/en/privacy/")
            #expect(page.text.contains("The draft text."))
            #expect(!FileManager.default.fileExists(atPath: preview.site.appendingPathComponent("output").path))
        }
    }

    @Test func theHistoryLockReadsThePublishedSite() async throws {
        let site = try SiteFixture(PreviewFixtures.site).write()
        defer { try? TemporaryDirectory.remove(site) }
        let output = site.appendingPathComponent("output")
        let published = SiteBuild.run(BuildOptions(source: site, output: output, asOf: EffectiveDate("2025-01-15")!))
        guard case .built = published.status else { Issue.record("the fixture builds"); return }

        let edited = PreviewFixtures.site.replacingOccurrences(of: "The second text.", with: "A text in effect, edited.")
        try await RunningPreview.with(edited, recordFolder: output) { preview in
            let page = try await preview.get("/en/privacy/")
            #expect(page.status == 500, "the published record forbids the edit")
            #expect(page.text.contains("[PG120]"))
        }
    }

    @Test func stoppingRemovesThePrivateFolder() async throws {
        let preview = try await RunningPreview.start(PreviewFixtures.site)
        let workspace = preview.server.builds.workspace
        #expect(FileManager.default.fileExists(atPath: workspace.path))
        await preview.stop()
        #expect(!FileManager.default.fileExists(atPath: workspace.path))
    }

    @Test func theBuildBeforeTheLastIsRemoved() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            let first = try #require(preview.server.builds.current.site)
            for round in 1...2 {
                try preview.write(PreviewFixtures.privacyV2("Round \(round)."))
                _ = try await preview.eventually("/en/privacy/", "round \(round)") { $0.text.contains("Round \(round).") }
            }
            // The folder goes just after the new build is served.
            try await RunningPreview.eventually("the first build's removal") { !FileManager.default.fileExists(atPath: first.path) }
            let folders = try FileManager.default.contentsOfDirectory(atPath: preview.server.builds.workspace.path)
                .filter { !$0.hasPrefix(".") }
            #expect(folders.count == 2, "the served build and the one before: \(folders)")
        }
    }
}
