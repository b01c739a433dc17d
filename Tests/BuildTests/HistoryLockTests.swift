import Diagnostics
import Foundation
import Testing
import TestSupport

/// The history lock cannot be got round: whatever took effect stays as it was published.
@Suite struct HistoryLockTests {
    /// A site published on 2025-01-15 (v1 and v2 in effect, v3 announced).
    private func published() throws -> FixtureSite {
        let site = try FixtureSite(FixtureSite.standard)
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.standardPageCount))
        return site
    }

    private func refused(_ site: FixtureSite, asOf: String = "2025-01-15", drafts: Bool = false) -> [Diagnostic] {
        let before = site.snapshot()
        let outcome = site.build(asOf: asOf, drafts: drafts)
        #expect(outcome.status == .failed)
        #expect(FixtureSite.changes(from: before, to: site.snapshot()).isEmpty, "output/ as it was")
        return outcome.diagnostics.filter { $0.code == .historyEdited }
    }

    private func file(_ site: FixtureSite, _ path: String) -> URL { site.folder.appendingPathComponent(path) }

    @Test func renamingAPublishedVersionIsRefused() throws {
        let site = try published()
        defer { site.remove() }
        try FileManager.default.moveItem(at: file(site, "content/privacy/v1"), to: file(site, "content/privacy/2024-01-01"))
        let problems = refused(site)
        #expect(problems.count == 1)
        #expect(problems.first?.location == SourceLocation(path: "content/privacy/v1"))
    }

    @Test func movingAnEffectiveVersionIntoTheFutureIsRefused() throws {
        let site = try published()
        defer { site.remove() }
        let v1 = file(site, "content/privacy/v1/en.md")
        try String(contentsOf: v1, encoding: .utf8).replacingOccurrences(of: "effective: 2024-01-01", with: "effective: 2026-01-01")
            .appending("\nEdited.\n").write(to: v1, atomically: true, encoding: .utf8)
        let problems = refused(site)
        #expect(problems.first?.location == SourceLocation(path: "content/privacy/v1/en.md", line: 3, column: 1))
        #expect(problems.first?.message.contains("2024-01-01") == true)
    }

    @Test func makingAnEffectiveVersionADraftIsRefusedEvenWithDrafts() throws {
        let site = try published()
        defer { site.remove() }
        let v1 = file(site, "content/privacy/v1/en.md")
        try String(contentsOf: v1, encoding: .utf8).replacingOccurrences(of: "effective: 2024-01-01", with: "effective: 2024-01-01\ndraft: true")
            .write(to: v1, atomically: true, encoding: .utf8)
        #expect(refused(site).count == 1)
        #expect(refused(site, drafts: true).count == 1, "a draft is never published, so v1 is gone from the published site")
    }

    @Test func backDatingTheBuildUnlocksNothing() throws {
        let site = try published()
        defer { site.remove() }
        let v2 = file(site, "content/privacy/v2/en.md")
        try (String(contentsOf: v2, encoding: .utf8) + "\nEdited.\n").write(to: v2, atomically: true, encoding: .utf8)
        #expect(refused(site, asOf: "2024-06-01").count == 1, "v2 was in effect when the record was made")
    }

    @Test func removingAVersionATranslationOrAPolicyIsRefused() throws {
        let site = try published()
        defer { site.remove() }
        try FileManager.default.removeItem(at: file(site, "content/privacy/v2/ja.md"))
        var problems = refused(site)
        #expect(problems.map(\.location.path) == ["content/privacy/v2/ja.md"], "names the translation, not the English file")
        try SiteFixture("-- content/privacy/v2/ja.md --\n---\ntitle: プライバシーポリシー\neffective: 2024-09-01\n---\n## 収集するデータ\n\n氏名とメールアドレスを収集します。\n\n## お問い合わせ {#contact}\n\nご連絡ください。\n").write(into: site.folder)
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.standardPageCount), "restored, it builds")

        try FileManager.default.removeItem(at: file(site, "content/terms"))
        problems = refused(site)
        #expect(problems.map(\.location.path) == ["content/terms/v1"])
    }

    @Test func anUpcomingVersionMayStillBeWithdrawn() throws {
        let site = try published()
        defer { site.remove() }
        try FileManager.default.removeItem(at: file(site, "content/privacy/v3"))
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.pageCount(privacyVersions: 2, comparisons: 1)))
    }

    @Test func draftTranslationsNeverEnterTheRecord() throws {
        let site = try published()
        defer { site.remove() }
        let draft = { (text: String) in
            "-- content/privacy/v1/ja.md --\n---\ntitle: 下書き\neffective: 2024-01-01\ndraft: true\n---\n\(text)\n"
        }
        try SiteFixture(draft("最初の下書き。")).write(into: site.folder)
        // With --drafts the fixture's draft v4 is built as well.
        let withDrafts = FixtureSite.pageCount(privacyVersions: 4, comparisons: 4)
        #expect(site.build(asOf: "2025-01-15", drafts: true).status == .built(pages: withDrafts))
        try SiteFixture(draft("書き直した下書き。")).write(into: site.folder)
        let outcome = site.build(asOf: "2025-01-15", drafts: true)
        #expect(outcome.status == .built(pages: withDrafts), "\(outcome.diagnostics)")
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.standardPageCount))
    }

    @Test func withAllowHistoryEditTheChangesAreWarningsAndBecomeTheRecord() throws {
        let site = try published()
        defer { site.remove() }
        try FileManager.default.removeItem(at: file(site, "content/terms"))
        let allowed = site.build(asOf: "2025-01-15", allowHistoryEdit: true)
        #expect(allowed.buildProblems.map(\.severity) == [.warning])
        #expect(site.build(asOf: "2025-01-15").buildProblems.isEmpty, "the record no longer holds the terms")
    }
}
