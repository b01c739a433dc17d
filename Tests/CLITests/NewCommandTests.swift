import Foundation
import Testing
import TestSupport

@Suite struct NewCommandTests {
    static let site = """
    -- policygen.yaml --
    title: New Policies
    base_url: https://new.example.com/
    default_language: en
    languages: [en, ja]
    -- content/privacy/v1/en.md --
    ---
    title: "Privacy: \\"the\\" policy"
    effective: 2024-01-01
    description: How we handle data.
    ---
    ## Scope

    Old text.
    -- content/privacy/v2/en.md --
    ---
    title: "Privacy: \\"the\\" policy"
    effective: 2025-01-01
    summary: Clearer.
    ---
    ## Scope

    Newer text.
    -- content/privacy/v2/ja.md --
    ---
    title: プライバシー
    effective: 2025-01-01
    ---
    本文。
    -- content/privacy/v9/en.md --
    ---
    title: Draft
    effective: 2026-01-01
    draft: true
    ---
    Draft text.
    -- content/terms/2024-02-01/en.md --
    ---
    title: Terms
    effective: 2024-02-01
    ---
    Terms text.
    """

    private func read(_ folder: URL, _ path: String) -> String? {
        (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8))
    }

    @Test func startsTheNextVersionFromTheLatestPublishedOne() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["new", "privacy", "--effective", "2025-06-01", "--source", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "content/privacy/v3/en.md\n", "v3 after v2; the draft v9 is not the basis")
        let text = try #require(read(folder, "content/privacy/v3/en.md"))
        #expect(text.hasPrefix("---\ntitle: \"Privacy: \\\"the\\\" policy\"\neffective: 2025-06-01\nsummary: \"\""))
        #expect(text.hasSuffix("---\n## Scope\n\nNewer text.\n"), "the body of v2, the latest")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/privacy/v3/ja.md").path),
                "translations are made anew")
        let build = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2025-02-01"])
        #expect(build.status == 0, "the new version builds as it is: \(build.standardError)")
        let page = try HTMLDocument(contentsOf: folder.appendingPathComponent("output/en/privacy/versions/v3/index.html"))
        #expect(try page.first("//h1")?.text == "Privacy: \"the\" policy", "the title reads back exactly")
    }

    @Test func versionsNamedByDateContinueByDateAndTheDefaultIsThirtyDaysAhead() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["new", "terms", "--source", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.date(byAdding: .day, value: 30, to: Date())!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        let expected = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        #expect(result.standardOutput == "content/terms/\(expected)/en.md\n")
        #expect(read(folder, "content/terms/\(expected)/en.md")?.contains("effective: \(expected)\n") == true)
    }

    @Test func neverOverwrites() throws {
        // A draft v3 in progress: the basis is still v2, and its successor's folder is taken.
        let draft = "---\ntitle: Work in progress\neffective: 2025-09-01\ndraft: true\n---\nMine.\n"
        let folder = try SiteFixture(Self.site + "\n-- content/privacy/v3/en.md --\n" + draft).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["new", "privacy", "--effective", "2025-06-01", "--source", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("content/privacy/v3/ already exists"))
        #expect(read(folder, "content/privacy/v3/en.md") == draft, "the draft is untouched")
    }

    @Test func anEffectiveDateAlreadyTakenIsRefused() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["new", "privacy", "--effective", "2025-01-01", "--source", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("version 'v2'"))
    }

    @Test func anUnknownPolicyIsAUsageErrorNamingTheOnesThatExist() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["new", "cookies", "--source", folder.path])
        #expect(result.status == 64)
        #expect(result.standardError.contains("the policies are: privacy, terms"))
        let badDate = try PolicygenCommand.run(["new", "privacy", "--effective", "soon", "--source", folder.path])
        #expect(badDate.status == 64)
    }
}
