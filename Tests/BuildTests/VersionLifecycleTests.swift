import Content
import Diagnostics
import Foundation
import FoundationXML
import Build
import Testing
import TestSupport

/// Issue 3 end to end: one site built on several days, as its versions come into effect.
@Suite struct VersionLifecycleTests {
    private func record(_ site: FixtureSite, _ path: String = "en/privacy/versions.json") throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: site.output.appendingPathComponent(path).path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func versions(_ record: [String: Any]) -> [[String: Any]] { record["versions"] as? [[String: Any]] ?? [] }

    @Test func theSiteOnThreeDays() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }

        // Between v2 and v3: v3 is announced.
        var outcome = site.build(asOf: "2025-01-15")
        #expect(outcome.nextRebuild?.description == "2025-06-01")
        var page = try site.page("en/privacy/index.html")
        #expect(try page.strings("//p[@class='policy-meta']//time/@datetime") == ["2024-09-01"])
        #expect(try page.select("//p[contains(@class,'notice-announcement')]//a[@href='versions/v3/']").count == 1)
        var json = try record(site)
        #expect(json["current"] as? String == "v2")
        #expect(json["next_rebuild"] as? String == "2025-06-01")
        #expect(versions(json).map { $0["id"] as? String } == ["v3", "v2", "v1"], "newest first")
        #expect(versions(json).map { $0["status"] as? String } == ["upcoming", "current", "superseded"])
        #expect(versions(json).last?["until"] as? String == "2024-09-01")
        #expect(versions(json).first?["until"] is NSNull, "null, not absent")
        #expect(versions(json).allSatisfy { $0["first_published"] as? String == "2025-01-15" })
        let upcoming = try site.page("en/privacy/versions/v3/index.html")
        #expect(try upcoming.select("//p[contains(@class,'notice-upcoming')]//a[@href='../../']").count == 1,
                "an upcoming version links to the version in effect")
        let superseded = try site.page("en/privacy/versions/v1/index.html")
        #expect(try superseded.strings("//p[contains(@class,'notice-superseded')]//time/@datetime") == ["2024-01-01", "2024-09-01"])

        // On v3's effective date: v3 is current, nothing is announced, nothing to rebuild for.
        outcome = site.build(asOf: "2025-06-01")
        #expect(outcome.nextRebuild == nil)
        page = try site.page("en/privacy/index.html")
        #expect(try page.strings("//p[@class='policy-meta']//time/@datetime") == ["2025-06-01"])
        #expect(try page.select("//p[contains(@class,'notice')]").isEmpty)
        json = try record(site)
        #expect(json["current"] as? String == "v3")
        #expect(json["next_rebuild"] is NSNull)
        #expect(versions(json).map { $0["status"] as? String } == ["current", "superseded", "superseded"])
        #expect(versions(json).allSatisfy { $0["first_published"] as? String == "2025-01-15" },
                "the first publication date is carried forward from the previous build")

        // Before the first version: the first one is shown, as upcoming.
        let early = try FixtureSite(FixtureSite.standard)
        defer { early.remove() }
        #expect(early.build(asOf: "2023-12-01").nextRebuild?.description == "2024-01-01")
        page = try early.page("en/privacy/index.html")
        #expect(try page.strings("//p[@class='policy-meta']//time/@datetime") == ["2024-01-01"])
        #expect(try page.select("//p[contains(@class,'notice-upcoming')]").count == 1)
        json = try record(early)
        #expect(json["current"] is NSNull)
        #expect(versions(json).map { $0["status"] as? String } == ["upcoming", "upcoming", "upcoming"])
    }

    @Test func theHistoryPageListsEveryVersionNewestFirst() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-15")
        let page = try site.page("en/privacy/versions/index.html")
        let entries = try page.select("//li[contains(@class,'history-entry')]")
        #expect(entries.count == 3)
        #expect(try page.strings("//li[contains(@class,'history-entry')]/h2/a/@href") == ["v3/", "v2/", "v1/"])
        #expect(try page.strings("//li[contains(@class,'history-entry')][3]//time/@datetime") == ["2024-01-01", "2024-09-01"],
                "the effective period of a superseded version")
        #expect(try page.first("//li[contains(@class,'history-entry')][2]//p[@class='history-summary']/span")?.text == "Shorter retention.")
        let japanese = try site.page("ja/privacy/versions/index.html")
        #expect(try japanese.strings("//li[contains(@class,'history-entry')][1]//span[@lang]/@lang") == ["en"],
                "an untranslated summary keeps its language")
    }

    @Test func theCurrentVersionIsNotSaidToBeReplacedBeforeItIs() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-15")
        let history = try site.page("en/privacy/versions/index.html")
        let current = try #require(try history.first("//li[contains(@class,'status-current')]/p[@class='history-period']"))
        #expect(current.text.hasPrefix("In effect since"), "\(current.text)")
        let superseded = try #require(try history.first("//li[contains(@class,'status-superseded')]/p[@class='history-period']"))
        #expect(superseded.text.contains("replaced"))
    }

    @Test func beforeAnyVersionTakesEffectEachLinksToWhatItChanges() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build(asOf: "2023-06-01")
        let first = try site.page("en/privacy/index.html")
        #expect(try first.strings("//p[contains(@class,'notice-announcement')]//a/@href") == ["versions/v2/", "compare/v1...v2/"],
                "the first text to come announces the next")
        let second = try site.page("en/privacy/versions/v2/index.html")
        #expect(try second.strings("//p[contains(@class,'notice-upcoming')]//a/@href") == ["../../compare/v1...v2/"])
        let json = try record(site)
        #expect(versions(json).allSatisfy { $0["compare_current_url"] is NSNull }, "nothing is current yet")
        #expect(try second.select("//a[contains(@href,'compare/v2...')]").isEmpty)
    }

    @Test func theFingerprintsOnEachVersionPageAreThoseOfItsTextAndSource() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        let source = try #require(FileManager.default.contents(atPath: site.folder.appendingPathComponent("content/privacy/v2/ja.md").path))
        let page = try site.page("ja/privacy/versions/v2/index.html")
        let text = Fingerprint.sha256(Array("policygen text v1\ntitle: プライバシーポリシー\neffective: 2024-09-01\n\n".utf8)
                                          + Array("## 収集するデータ\n\n氏名とメールアドレスを収集します。\n\n## お問い合わせ {#contact}\n\nご連絡ください。\n".utf8))
        #expect(try page.first("//p[@class='fingerprint']/code")?.text == text)
        #expect(try page.first("//meta[@name='policygen:source-sha256']")?["content"] == Fingerprint.sha256([UInt8](source)))
        let json = try record(site, "ja/privacy/versions.json")
        #expect(versions(json).first { $0["id"] as? String == "v2" }?["sha256"] as? String == Fingerprint.sha256([UInt8](source)))
        #expect(versions(json).first { $0["id"] as? String == "v2" }?["text_sha256"] as? String == text)
        #expect(versions(json).first { $0["id"] as? String == "v2" }?["translated"] as? Bool == true)
        #expect(versions(json).first { $0["id"] as? String == "v1" }?["translated"] as? Bool == false)
    }

    @Test func feedsAreAtomWithOneEntryPerPublishedVersion() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-15")
        let atom = "http://www.w3.org/2005/Atom"
        func entries(_ path: String) throws -> [XMLElement] {
            let document = try XMLDocument(contentsOf: site.output.appendingPathComponent(path))
            #expect(document.rootElement()?.name == "feed")
            #expect(document.rootElement()?.uri == atom)
            return document.rootElement()?.elements(forLocalName: "entry", uri: atom) ?? []
        }
        let privacy = try entries("en/privacy/feed.xml")
        #expect(privacy.count == 3, "v1, v2 and the announced v3; never the draft")
        #expect(privacy.first?.elements(forLocalName: "id", uri: atom).first?.stringValue
                == "https://policies.example.com/legal/en/privacy/versions/v3/")
        #expect(privacy.first?.elements(forLocalName: "updated", uri: atom).first?.stringValue == "2025-06-01T00:00:00Z")
        #expect(privacy.first?.elements(forLocalName: "published", uri: atom).first?.stringValue == "2025-01-15T00:00:00Z")
        #expect(privacy[1].elements(forLocalName: "summary", uri: atom).first?.stringValue == "Shorter retention.")
        #expect(try entries("en/feed.xml").count == 4, "every policy's versions")
        let page = try site.page("en/privacy/index.html")
        #expect(try page.strings("//link[@type='application/atom+xml']/@href") == ["../feed.xml", "feed.xml"])
    }

    @Test func anEffectiveVersionMustNotChangeSilently() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.standardPageCount))
        let before = site.snapshot()

        let v1 = site.folder.appendingPathComponent("content/privacy/v1/en.md")
        let edited = try String(contentsOf: v1, encoding: .utf8).replacingOccurrences(of: "Write to us.", with: "Write to us soon.")
        try edited.write(to: v1, atomically: true, encoding: .utf8)
        let refused = site.build(asOf: "2025-01-15")
        #expect(refused.status == .failed)
        #expect(refused.buildProblems.map(\.code) == [.historyEdited], "one report for the file, whatever the languages")
        #expect(refused.buildProblems.first?.location.path == "content/privacy/v1/en.md")
        #expect(refused.buildProblems.first?.hint?.contains("new version") == true)
        #expect(FixtureSite.changes(from: before, to: site.snapshot()).isEmpty, "output/ as it was")

        let allowed = site.build(asOf: "2025-01-15", allowHistoryEdit: true)
        #expect(allowed.status == .built(pages: FixtureSite.standardPageCount))
        #expect(allowed.buildProblems.map(\.severity) == [.warning])
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.standardPageCount),
                "once published, the edited text is the record")
    }

    @Test func upcomingVersionsAndNewTranslationsMayChange() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-15")
        let v3 = site.folder.appendingPathComponent("content/privacy/v3/en.md")
        try (String(contentsOf: v3, encoding: .utf8) + "\nOne more sentence.\n").write(to: v3, atomically: true, encoding: .utf8)
        try SiteFixture("-- content/privacy/v1/ja.md --\n---\ntitle: プライバシー\neffective: 2024-01-01\n---\n本文。\n").write(into: site.folder)
        let outcome = site.build(asOf: "2025-01-15")
        #expect(outcome.status == .built(pages: FixtureSite.standardPageCount), "\(outcome.buildProblems)")
        #expect(outcome.buildProblems.isEmpty)
    }

    @Test func aMaterialVersionNeedsItsNoticePeriod() throws {
        let site = try FixtureSite(FixtureSite.standard.replacingOccurrences(of: "-- content/privacy/policy.yaml --\norder: 1\n",
                                                                             with: "-- content/privacy/policy.yaml --\norder: 1\nnotice_days: 30\n"))
        defer { site.remove() }
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.standardPageCount), "the first build imports history")
        let v5 = """
        ---
        title: Privacy Policy
        effective: 2025-02-01
        summary: A new clause.
        ---
        ## Data we collect

        Even less.
        """
        try SiteFixture("-- content/privacy/v5/en.md --\n\(v5)").write(into: site.folder)
        let refused = site.build(asOf: "2025-01-15")
        #expect(refused.status == .failed)
        #expect(refused.buildProblems.map(\.code) == [.noticePeriod])
        #expect(refused.buildProblems.first?.location == SourceLocation(path: "content/privacy/v5/en.md", line: 3, column: 1))
        #expect(refused.buildProblems.first?.hint?.contains("2025-02-14") == true, "names the earliest day allowed")

        try SiteFixture("-- content/privacy/v5/en.md --\n\(v5.replacingOccurrences(of: "summary:", with: "material: false\nsummary:"))")
            .write(into: site.folder)
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.pageCount(privacyVersions: 4, comparisons: 4)),
                "a change that is not material needs no notice")
    }
}
