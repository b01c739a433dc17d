import Content
import Diagnostics
import Foundation
import Pages
import Record
import Testing
import TestSupport

/// `policygen.lock` and the published-text fingerprint: what a build locks is the text as
/// published, variables and all, and the record cannot change without it showing.
@Suite struct PublishedRecordTests {
    /// A company named in every text through a variable; v1 in effect, v2 announced on 2025-01-15.
    private static let fixture = """
    -- policygen.yaml --
    title: Policies
    base_url: https://example.com/legal/
    default_language: en
    languages:
      - code: en
        name: English
      - code: ja
        name: 日本語
    variables:
      company:
        name: Kestrel Harbour Ltd.
    -- content/privacy/v1/en.md --
    ---
    title: "{{ company.name }} Privacy Policy"
    effective: 2024-01-01
    ---
    ## Who we are

    {{ company.name }} runs the service.
    -- content/privacy/v2/en.md --
    ---
    title: "{{ company.name }} Privacy Policy"
    effective: 2025-06-01
    ---
    ## Who we are

    {{ company.name }} runs the service, and keeps less.
    """

    private func published() throws -> FixtureSite {
        let site = try FixtureSite(Self.fixture)
        #expect(site.build(asOf: "2025-01-15").buildProblems.filter { $0.severity == .error }.isEmpty)
        return site
    }

    private func setConfig(_ site: FixtureSite, _ edit: (String) -> String) throws {
        let file = site.folder.appendingPathComponent("policygen.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text)
        try edited.write(to: file, atomically: true, encoding: .utf8)
    }

    private func record(_ site: FixtureSite) throws -> SiteRecord {
        try SiteRecord.parse(try Data(contentsOf: site.lockFile), path: "policygen.lock").get()
    }

    @Test func theFingerprintCoversTheTextAsPublishedAndCanBeRecomputed() throws {
        let site = try published()
        defer { site.remove() }
        let versions = try JSONDecoder().decode(VersionsRecord.self, from: Data(contentsOf: site.output.appendingPathComponent("en/privacy/versions.json")))
        let v1 = try #require(versions.versions.first { $0.id == "v1" })
        // Recomputed by hand from docs/record.md: the header, the title and the body with the value inserted.
        let expected = Fingerprint.sha256(Array("""
        policygen text v1
        title: Kestrel Harbour Ltd. Privacy Policy
        effective: 2024-01-01

        ## Who we are

        Kestrel Harbour Ltd. runs the service.

        """.utf8))
        #expect(v1.textSHA256 == expected)
        let source = try Data(contentsOf: site.folder.appendingPathComponent("content/privacy/v1/en.md"))
        #expect(v1.sha256 == Fingerprint.sha256([UInt8](source)), "the source fingerprint stays the file's bytes")
        let page = try site.page("en/privacy/versions/v1/index.html")
        #expect(try page.first("//meta[@name='policygen:text-sha256']")?["content"] == expected)
        #expect(try page.first("//meta[@name='policygen:source-sha256']")?["content"] == v1.sha256)
        #expect(try page.first("//meta[@name='policygen:effective']")?["content"] == "2024-01-01")
        #expect(try page.first("//p[@class='fingerprint']/code")?.text == expected, "the visible line shows the published text's fingerprint")
        // A fallback page (ja shows the English text) has the English text's fingerprint.
        let ja = try site.page("ja/privacy/versions/v1/index.html")
        #expect(try ja.first("//meta[@name='policygen:text-sha256']")?["content"] == expected)
    }

    @Test func theFirstBuildWritesTheRecordAndALaterOneOnlyAppends() throws {
        let site = try published()
        defer { site.remove() }
        let first = try record(site)
        #expect(first.policies.keys.sorted() == ["privacy"])
        #expect(first.policies["privacy"]?.map { "\($0.version) \($0.language) \($0.event.rawValue)" }
                    == ["v1 en published", "v1 ja published", "v2 en published", "v2 ja published"])
        #expect(first.policies["privacy"]?.first { $0.language == "ja" }?.translated == false)
        let bytes = try Data(contentsOf: site.lockFile)
        #expect(site.build(asOf: "2025-03-01").status != .failed)
        #expect(try Data(contentsOf: site.lockFile) == bytes, "no change published, no entry: the date alone changes nothing")

        // An upcoming text edited: a new entry, appended; the old ones as they were.
        let v2 = site.folder.appendingPathComponent("content/privacy/v2/en.md")
        try (String(contentsOf: v2, encoding: .utf8) + "\nAnd one more sentence.\n").write(to: v2, atomically: true, encoding: .utf8)
        #expect(site.build(asOf: "2025-03-01").status != .failed)
        let second = try record(site)
        let entries = try #require(second.policies["privacy"])
        #expect(Array(entries.prefix(4)) == first.policies["privacy"]!)
        #expect(entries.dropFirst(4).map { "\($0.version) \($0.language) \($0.published) \($0.recorded)" }
                    == ["v2 en 2025-01-15 2025-03-01", "v2 ja 2025-01-15 2025-03-01"],
                "the first publication stays the day it was announced")
        #expect(second.chainBreaks.isEmpty)
    }

    @Test func aVariableChangeThatAltersASupersededTextIsRefusedWithTheDatedForm() throws {
        let site = try published()
        defer { site.remove() }
        #expect(site.build(asOf: "2025-07-01").status != .failed, "v2 takes effect; v1 is superseded")
        let lock = try Data(contentsOf: site.lockFile)
        let before = site.snapshot()
        try setConfig(site) { $0.replacingOccurrences(of: "name: Kestrel Harbour Ltd.", with: "name: Kestrel Harbour Holdings plc") }
        let outcome = site.build(asOf: "2025-07-01")
        #expect(outcome.status == .failed)
        let problems = outcome.diagnostics.filter { $0.code == .historyEdited }
        #expect(problems.map(\.location.path) == ["content/privacy/v1/en.md", "content/privacy/v2/en.md"])
        let problem = try #require(problems.first)
        #expect(problem.message.contains("its file is unchanged"))
        #expect(problem.message.contains("company.name"))
        let hint = try #require(problem.hint)
        #expect(hint.contains("company:\n      name:\n        - value: <the value it was published with>\n"
                              + "        - value: Kestrel Harbour Holdings plc\n          from: 2025-07-01"))
        #expect(FixtureSite.changes(from: before, to: site.snapshot()).isEmpty, "output/ as it was")
        #expect(try Data(contentsOf: site.lockFile) == lock, "the record as it was")
    }

    @Test func theDatedFormKeepsOldVersionsByteIdentical() throws {
        let site = try published()
        defer { site.remove() }
        #expect(site.build(asOf: "2025-07-01").status != .failed)
        let before = Self.published(site.snapshot())
        let lock = try Data(contentsOf: site.lockFile)
        try setConfig(site) {
            $0.replacingOccurrences(of: "    name: Kestrel Harbour Ltd.", with: """
                name:
                  - value: Kestrel Harbour Ltd.
                  - value: Kestrel Harbour Holdings plc
                    from: 2026-01-01
            """)
        }
        let dated = site.build(asOf: "2025-07-01")
        #expect(dated.diagnostics.filter { $0.severity == .error }.isEmpty, "\(dated.diagnostics)")
        #expect(Self.published(site.snapshot()) == before, "every published file byte for byte")
        #expect(try Data(contentsOf: site.lockFile) == lock, "the record as it was")

        // A version under the new name: the older ones keep theirs, and their texts.
        let v3 = site.folder.appendingPathComponent("content/privacy/v3/en.md")
        try FileManager.default.createDirectory(at: v3.deletingLastPathComponent(), withIntermediateDirectories: true)
        try """
        ---
        title: "{{ company.name }} Privacy Policy"
        effective: 2026-01-01
        ---
        ## Who we are

        {{ company.name }} runs the service under its new name.

        """.write(to: v3, atomically: true, encoding: .utf8)
        let renamed = site.build(asOf: "2025-07-01")
        #expect(renamed.diagnostics.filter { $0.severity == .error }.isEmpty, "\(renamed.diagnostics)")
        let after = site.snapshot()
        for language in ["en", "ja"] {
            for version in ["v1", "v2"] {
                let path = "\(language)/privacy/versions/\(version)/index.html"
                #expect(Self.markedText(after[path]) == Self.markedText(before[path]), "\(path): the text's HTML as published")
                #expect(Self.markedText(after[path])?.contains("Kestrel Harbour Ltd.") == true)
            }
        }
        #expect(try site.page("en/privacy/versions/v3/index.html").first("//h1")?.text == "Kestrel Harbour Holdings plc Privacy Policy")
        #expect(try site.page("en/privacy/versions/v2/index.html").first("//h1")?.text == "Kestrel Harbour Ltd. Privacy Policy")
        let record = try record(site)
        let old = try SiteRecord.parse(lock, path: "policygen.lock").get()
        #expect(record.entries(after: old).map { "\($0.entry.version) \($0.entry.language)" } == ["v3 en", "v3 ja"])
    }

    /// The files a reader gets: the output without its dot-files (policygen's manifest).
    private static func published(_ snapshot: [String: Data]) -> [String: Data] {
        snapshot.filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
    }

    /// The text's HTML on a version page, between its record marks.
    private static func markedText(_ page: Data?) -> String? {
        guard let page else { return nil }
        let html = String(decoding: page, as: UTF8.self)
        guard let start = html.range(of: "<!--policygen:text-->"), let end = html.range(of: "<!--/policygen:text-->") else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func lockedFailsOnAnyRecordChange() throws {
        let site = try published()
        defer { site.remove() }
        #expect(site.build(asOf: "2025-01-20", locked: true).status != .failed, "nothing to add: --locked builds")
        let lock = try Data(contentsOf: site.lockFile)

        // An upcoming text edited: allowed without --locked, but a change of the record.
        let v2 = site.folder.appendingPathComponent("content/privacy/v2/en.md")
        try (String(contentsOf: v2, encoding: .utf8) + "\nEdited.\n").write(to: v2, atomically: true, encoding: .utf8)
        let before = site.snapshot()
        let outcome = site.build(asOf: "2025-01-20", locked: true)
        #expect(outcome.status == .failed)
        let problem = try #require(outcome.diagnostics.first { $0.code == .recordWouldChange })
        #expect(problem.location.path == "policygen.lock")
        #expect(problem.message.contains("2 entries to add: privacy v2 en published (effective 2025-06-01); privacy v2 ja published"))
        #expect(FixtureSite.changes(from: before, to: site.snapshot()).isEmpty)
        #expect(try Data(contentsOf: site.lockFile) == lock)

        // No lock at all.
        try FileManager.default.removeItem(at: site.lockFile)
        try FileManager.default.removeItem(at: site.output)
        let fresh = site.build(asOf: "2025-01-20", locked: true)
        #expect(fresh.status == .failed)
        #expect(fresh.diagnostics.first { $0.code == .recordWouldChange }?.message.contains("there is no policygen.lock") == true)
        #expect(!FileManager.default.fileExists(atPath: site.lockFile.path))
    }

    @Test func aHandEditedOldEntryIsReportedAndStopsTheBuild() throws {
        let site = try published()
        defer { site.remove() }
        let text = try site.lockText()
        // v1's text fingerprint swapped for another: what a silent edit of the record looks like.
        let v1 = try #require(try record(site).policies["privacy"]?.first)
        let edited = text.replacingOccurrences(of: v1.textSHA256!, with: String(repeating: "0", count: 64))
        try edited.write(to: site.lockFile, atomically: true, encoding: .utf8)
        let outcome = site.build(asOf: "2025-01-20")
        #expect(outcome.status == .failed)
        let problems = outcome.diagnostics.filter { $0.code == .recordBroken }
        #expect(problems.map(\.message) == [
            "the record's chain is broken: privacy: entry 1 (v1, en) was changed after it was recorded (its fields no longer have its hash)",
            "the record's chain is broken: privacy: entry 2 (v1, ja) was changed after it was recorded (its fields no longer have its hash)",
        ])
        #expect(try site.lockText() == edited, "a broken record is never rewritten silently")
        // Accepted on purpose: chained again; the entries' text then differs from v1's, which is an edit of history.
        let accepted = site.build(asOf: "2025-01-20", allowHistoryEdit: true)
        #expect(accepted.status != .failed)
        let repaired = try record(site)
        #expect(repaired.chainBreaks.isEmpty)
        #expect(repaired.policies["privacy"]?.last?.event == .corrected)
    }

    @Test func aSiteWithoutTheLockMovesToItFromThePreviousOutput() throws {
        let site = try published()
        defer { site.remove() }
        let lock = try Data(contentsOf: site.lockFile)
        try FileManager.default.removeItem(at: site.lockFile)
        let outcome = site.build(asOf: "2025-01-20")
        #expect(outcome.status != .failed)
        #expect(outcome.diagnostics.contains { $0.code == .recordBroken && $0.severity == .warning })
        let made = try record(site)
        #expect(made.chainBreaks.isEmpty)
        let original = try SiteRecord.parse(lock, path: "policygen.lock").get()
        #expect(made.standing.mapValues { $0.mapValues { $0.mapValues(\.textSHA256) } }
                    == original.standing.mapValues { $0.mapValues { $0.mapValues(\.textSHA256) } })
        #expect(made.standing["privacy"]?["v1"]?["en"]?.published == "2025-01-15", "the first publication comes from versions.json")

        // The record made from versions.json locks as the lock did.
        try FileManager.default.removeItem(at: site.lockFile)
        let v1 = site.folder.appendingPathComponent("content/privacy/v1/en.md")
        try (String(contentsOf: v1, encoding: .utf8) + "\nEdited.\n").write(to: v1, atomically: true, encoding: .utf8)
        #expect(site.build(asOf: "2025-01-20").diagnostics.contains { $0.code == .historyEdited && $0.severity == .error })
    }

    @Test func aWithdrawnUpcomingVersionLeavesTheRecordWithAnEntry() throws {
        let site = try published()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.folder.appendingPathComponent("content/privacy/v2"))
        #expect(site.build(asOf: "2025-01-20").status != .failed)
        let record = try record(site)
        #expect(record.policies["privacy"]?.suffix(2).map { "\($0.version) \($0.language) \($0.event.rawValue)" }
                    == ["v2 en withdrawn", "v2 ja withdrawn"])
        #expect(record.standing["privacy"]?["v2"] == nil)
    }
}
