import Build
import Content
import Diagnostics
import Foundation
import Testing
import TestSupport

/// A policy withdrawn on a day (`retired:` in policy.yaml) stops being current that day, on
/// every page that says which policies apply, and keeps its record.
@Suite struct RetiredPolicyTests {
    static let site = """
        -- policygen.yaml --
        title: Kestrel Harbour
        base_url: https://legal.example.com/
        default_language: en
        languages: [en, de]
        -- content/beta-terms/policy.yaml --
        order: 2
        retired: 2025-06-30
        replaced_by: terms
        -- content/beta-terms/v1/en.md --
        ---
        title: Beta Programme Terms
        effective: 2024-01-01
        ---
        ## Testing
        -- content/beta-terms/v2/en.md --
        ---
        title: Beta Programme Terms
        effective: 2025-01-01
        summary: Longer test period.
        ---
        ## Testing, longer
        -- content/terms/policy.yaml --
        order: 1
        -- content/terms/v1/en.md --
        ---
        title: Terms of Service
        effective: 2024-01-01
        ---
        ## Scope
        -- content/terms/v1/de.md --
        ---
        title: Nutzungsbedingungen
        effective: 2024-01-01
        ---
        ## Geltungsbereich
        """

    @Test func beforeTheDayThePolicyAppliesAndAnnouncesItsWithdrawal() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-06-29")
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        #expect(outcome.nextRebuild?.description == "2025-06-30", "the day counts as a rebuild day")

        let current = try site.page("en/beta-terms/index.html")
        #expect(try current.strings("//p[contains(@class, 'notice-retiring')]").count == 1)
        #expect(try current.first("//p[contains(@class, 'notice-retired')]") == nil)
        let home = try site.page("en/index.html")
        #expect(try home.strings("//ul[@class='policy-list']/li/a") == ["Terms of Service", "Beta Programme Terms"])
        #expect(try home.first("//ul[contains(@class, 'policy-list-retired')]") == nil)

        let record = try versions(site, "en/beta-terms/versions.json")
        #expect(record["current"] as? String == "v2")
        #expect(record["retired"] as? String == "2025-06-30")
        #expect(record["next_rebuild"] as? String == "2025-06-30")
        let entries = try #require(record["versions"] as? [[String: Any]])
        #expect(entries.map { $0["status"] as? String } == ["current", "superseded"])
        #expect(entries.first?["until"] as? String == "2025-06-30")
    }

    @Test func fromTheDayItIsWithdrawnEverywhereAndItsRecordIsKept() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-06-30")
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        #expect(outcome.nextRebuild == nil)

        // Its main page still shows the last text, under the notice, with the replacement linked.
        let current = try site.page("en/beta-terms/index.html")
        let notice = try #require(try current.first("//p[contains(@class, 'notice-retired')]"))
        #expect(notice.text.contains("withdrawn") && notice.text.contains("no longer applies"), "\(notice.text)")
        #expect(try current.first("//p[contains(@class, 'notice-retired')]/time")?.attributes["datetime"] == "2025-06-30")
        let replacement = try #require(try current.first("//p[contains(@class, 'notice-retired')]/a"))
        #expect(replacement.attributes["href"] == "../terms/" && replacement.text == "Terms of Service")
        #expect(try current.first("//h1")?.text == "Beta Programme Terms")
        // Every version's page says so too, and stays at its address.
        let old = try site.page("en/beta-terms/versions/v1/index.html")
        #expect(try old.first("//p[contains(@class, 'notice-retired')]") != nil)
        #expect(site.exists("en/beta-terms/versions/v2/index.html"))
        #expect(site.exists("en/beta-terms/compare/v1...v2/index.html"))
        // A German reader sees the withdrawal in German, with the replacement's German title.
        let german = try site.page("de/beta-terms/index.html")
        #expect(try german.first("//p[contains(@class, 'notice-retired')]/a")?.text == "Nutzungsbedingungen")
        #expect(try german.first("//p[contains(@class, 'notice-retired')]")?.text.contains("zurückgezogen") == true)

        // The history names the period it applied.
        let history = try site.page("en/beta-terms/versions/index.html")
        #expect(try history.strings("//*[text()[contains(., 'until the policy was withdrawn on')]]").count >= 1)

        // The home pages list it apart.
        let home = try site.page("en/index.html")
        #expect(try home.strings("//ul[@class='policy-list']/li/a") == ["Terms of Service"])
        #expect(try home.strings("//ul[contains(@class, 'policy-list-retired')]/li/a") == ["Beta Programme Terms"])
        #expect(try home.first("//h2[following-sibling::ul[contains(@class, 'policy-list-retired')]]")?.text == "Withdrawn policies")
        let root = try site.page("index.html")
        #expect(try root.strings("//section[@lang='en']/ul[@class='policy-list']/li/a") == ["Terms of Service"])
        #expect(try root.strings("//section[@lang='en']/ul[contains(@class, 'policy-list-retired')]/li/a") == ["Beta Programme Terms"])

        // versions.json and the feeds say so.
        let record = try versions(site, "en/beta-terms/versions.json")
        #expect(record["current"] is NSNull)
        #expect(record["retired"] as? String == "2025-06-30")
        let replacedBy = try #require(record["replaced_by"] as? [String: Any])
        #expect(replacedBy["policy"] as? String == "terms")
        #expect(replacedBy["url"] as? String == "https://legal.example.com/en/terms/")
        let entries = try #require(record["versions"] as? [[String: Any]])
        #expect(entries.map { $0["status"] as? String } == ["retired", "superseded"])
        #expect(entries.first?["until"] as? String == "2025-06-30")
        let untouched = try versions(site, "en/terms/versions.json")
        #expect(untouched["retired"] is NSNull && untouched["replaced_by"] is NSNull)

        let feed = try site.text("en/beta-terms/feed.xml")
        #expect(feed.contains("<title>Beta Programme Terms — withdrawn on"), "\(feed)")
        #expect(feed.contains("<updated>2025-06-30T00:00:00Z</updated>"))
        #expect(feed.contains("<link rel=\"related\" type=\"text/html\" href=\"https://legal.example.com/en/terms/\"/>"))
        let siteFeed = try site.text("en/feed.xml")
        #expect(siteFeed.components(separatedBy: "<entry>").count - 1 == 4, "three versions and the withdrawal")
    }

    @Test func aReplacementThatIsNoPolicyAndAVersionAfterTheDayAreErrors() throws {
        let site = try FixtureSite(Self.site
            .replacingOccurrences(of: "replaced_by: terms", with: "replaced_by: term")
            .replacingOccurrences(of: "effective: 2025-01-01", with: "effective: 2025-07-01"))
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-06-30")
        #expect(outcome.status == .failed)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description).sorted() == [
            "content/beta-terms/policy.yaml:3:14: error: replaced_by names 'term', which is not a policy of this site (did you mean 'terms'?) [PG124]",
            "content/beta-terms/v2/en.md:3:1: error: version 'v2' takes effect on 2025-07-01, when the policy is already retired (2025-06-30) [PG124]",
        ])
    }

    @Test func replacedByWithoutRetiredIsAnError() throws {
        let site = try FixtureSite(Self.site.replacingOccurrences(of: "retired: 2025-06-30\n", with: ""))
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-06-30")
        #expect(outcome.diagnostics.filter { $0.severity == .error }.map(\.code) == [.invalidRetirement])
    }

    private func versions(_ site: FixtureSite, _ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(site.text(path).utf8)) as? [String: Any])
    }
}
