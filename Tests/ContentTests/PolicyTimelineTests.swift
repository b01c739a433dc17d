import Config
import Content
import Diagnostics
import Testing

@Suite struct PolicyTimelineTests {
    private let english = LanguageCode(rawValue: "en")!

    private func version(_ id: String, _ date: String, draft: Bool = false) -> PolicyVersion {
        let effective = EffectiveDate(date)!
        let frontMatter = FrontMatter(title: "Privacy", effective: effective,
                                      effectiveLocation: SourceLocation(path: "content/p/\(id)/en.md", line: 3, column: 1),
                                      draft: draft)
        let text = Translation(language: english, path: "content/p/\(id)/en.md", frontMatter: frontMatter,
                               body: "Text.\n", bodyFirstLine: 5, sha256: String(repeating: "0", count: 64))
        return PolicyVersion(id: id, defaultLanguage: english, translations: [english: text])
    }

    private var versions: [PolicyVersion] {
        Policy(slug: "p", versions: [version("v3", "2025-09-01"), version("v1", "2023-01-01"), version("v2", "2024-06-01")]).versions
    }

    private func statuses(asOf date: String) -> [String: VersionStatus] {
        let timeline = PolicyTimeline(versions: versions, asOf: EffectiveDate(date)!)
        return Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.version.id, $0.status) })
    }

    @Test func statusBetweenTwoVersions() {
        let timeline = PolicyTimeline(versions: versions, asOf: EffectiveDate("2025-01-15")!)
        #expect(timeline.current?.id == "v2")
        #expect(statuses(asOf: "2025-01-15") == ["v1": .superseded, "v2": .current, "v3": .upcoming])
        #expect(timeline.nextUpcoming?.id == "v3")
        #expect(timeline.entry(for: "v1")?.until?.description == "2024-06-01", "until is the next version's date")
        #expect(timeline.entry(for: "v3")?.until == nil)
    }

    @Test func aRetiredPolicyHasNoVersionInEffectFromItsDay() {
        let day = EffectiveDate("2026-03-31")!
        let before = PolicyTimeline(versions: versions, asOf: EffectiveDate("2026-03-30")!, retired: day)
        #expect(!before.isRetired)
        #expect(before.inEffect?.id == "v3")
        #expect(before.entry(for: "v3")?.status == .current)
        #expect(before.entry(for: "v3")?.until == day, "the last version applies until the policy is withdrawn")

        let after = PolicyTimeline(versions: versions, asOf: day, retired: day)
        #expect(after.isRetired)
        #expect(after.inEffect == nil)
        #expect(after.current?.id == "v3", "its page still shows the last text")
        #expect(after.entries.map(\.status) == [.superseded, .superseded, .retired])
        #expect(after.entry(for: "v2")?.until?.description == "2025-09-01")
    }

    @Test func aVersionIsInEffectOnItsEffectiveDate() {
        #expect(PolicyTimeline(versions: versions, asOf: EffectiveDate("2025-09-01")!).current?.id == "v3")
        #expect(PolicyTimeline(versions: versions, asOf: EffectiveDate("2025-08-31")!).current?.id == "v2")
        #expect(statuses(asOf: "2025-09-01") == ["v1": .superseded, "v2": .superseded, "v3": .current])
    }

    @Test func beforeAnyVersionTheFirstUpcomingIsShown() {
        let timeline = PolicyTimeline(versions: versions, asOf: EffectiveDate("2022-12-31")!)
        #expect(timeline.current?.id == "v1")
        #expect(statuses(asOf: "2022-12-31") == ["v1": .upcoming, "v2": .upcoming, "v3": .upcoming])
        #expect(timeline.nextUpcoming?.id == "v2", "the next one after the version shown")
    }

    @Test func severalUpcomingVersions() {
        let timeline = PolicyTimeline(versions: versions, asOf: EffectiveDate("2023-06-01")!)
        #expect(timeline.current?.id == "v1")
        #expect(statuses(asOf: "2023-06-01") == ["v1": .current, "v2": .upcoming, "v3": .upcoming])
        #expect(timeline.nextUpcoming?.id == "v2", "the nearest upcoming version is announced")
    }

    @Test func afterTheLastVersion() {
        let timeline = PolicyTimeline(versions: versions, asOf: EffectiveDate("2030-01-01")!)
        #expect(timeline.current?.id == "v3")
        #expect(statuses(asOf: "2030-01-01") == ["v1": .superseded, "v2": .superseded, "v3": .current])
        #expect(timeline.nextUpcoming == nil)
        #expect(timeline.entry(for: "v3")?.until == nil, "the last version is in effect with no end")
    }

    @Test func aDraftTakesItsPlaceOnTheTimelineWhenIncluded() {
        let withDraft = Policy(slug: "p", versions: versions + [version("v4", "2025-12-01", draft: true)]).versions
        let timeline = PolicyTimeline(versions: withDraft, asOf: EffectiveDate("2026-01-01")!)
        #expect(timeline.current?.id == "v4", "with --drafts a draft can become current")
        #expect(timeline.entry(for: "v3")?.until?.description == "2025-12-01")
    }

    @Test func draftsAreLeftOutOfThePublishedSite() {
        let policies = [
            Policy(slug: "p", versions: [version("v1", "2023-01-01"), version("v2", "2024-01-01", draft: true)]),
            Policy(slug: "q", versions: [version("v1", "2023-01-01", draft: true)]),
        ]
        let published = SiteContent(policies: policies).withoutDrafts()
        #expect(published.policies.map(\.slug) == ["p"], "a policy with only drafts disappears")
        #expect(published.policy("p")?.versions.map(\.id) == ["v1"])
    }

    @Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("1900-02-29", false), ("2000-02-29", true),
                      ("9999-12-31", true), ("10000-01-01", false), ("2024-04-31", false), ("2024-00-10", false)])
    func calendarDates(_ text: String, _ valid: Bool) {
        #expect((EffectiveDate(text) != nil) == valid)
    }
}

@Suite struct EffectiveDateArithmeticTests {
    @Test func dayNumbersMatchTheUnixEpoch() {
        #expect(EffectiveDate("1970-01-01")!.dayNumber == 0)
        #expect(EffectiveDate("2000-03-01")!.dayNumber == 11_017)
        #expect(EffectiveDate("1900-01-01")!.dayNumber == -25_567)
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        #expect(EffectiveDate("2024-02-28")!.adding(days: 1)?.description == "2024-02-29")
        #expect(EffectiveDate("2023-02-28")!.adding(days: 1)?.description == "2023-03-01")
        #expect(EffectiveDate("2024-12-31")!.adding(days: 1)?.description == "2025-01-01")
        #expect(EffectiveDate("2025-01-01")!.adding(days: -1)?.description == "2024-12-31")
        #expect(EffectiveDate("2026-11-21")!.adding(days: 30)?.description == "2026-12-21")
        #expect(EffectiveDate("9999-12-31")!.adding(days: 1) == nil)
    }

    @Test func everyDayOfFourHundredYearsRoundTrips() {
        var date = EffectiveDate("1900-01-01")!
        for offset in 1...(146_097 + 365) {
            let next = date.adding(days: 1)!
            #expect(next.days(since: date) == 1)
            #expect(next > date)
            date = next
            if offset % 50_000 == 0 { #expect(EffectiveDate(date.description) == date) }
        }
        #expect(date.description == "2301-01-01")
    }
}

@Suite struct ComparisonPairTests {
    private let english = LanguageCode(rawValue: "en")!

    private func versions(_ ids: [String]) -> [PolicyVersion] {
        ids.enumerated().map { index, id in
            let effective = EffectiveDate(year: 2020 + index, month: 1, day: 1)!
            let frontMatter = FrontMatter(title: "P", effective: effective, effectiveLocation: SourceLocation(path: "x"))
            let text = Translation(language: english, path: "x", frontMatter: frontMatter, body: "", bodyFirstLine: 1,
                                   sha256: String(repeating: "0", count: 64))
            return PolicyVersion(id: id, defaultLanguage: english, translations: [english: text])
        }
    }

    private func pairs(asOf: String, _ ids: [String] = ["v1", "v2", "v3", "v4", "v5"]) -> [String] {
        PolicyTimeline(versions: versions(ids), asOf: EffectiveDate(asOf)!).comparisons.map { "\($0.older.id)...\($0.newer.id)" }
    }

    @Test func consecutivePairsAndEveryOtherVersionAgainstTheCurrentOne() {
        // v3 (2022) is current on 2022-06-01.
        #expect(pairs(asOf: "2022-06-01") == ["v1...v2", "v2...v3", "v3...v4", "v4...v5", "v1...v3", "v3...v5"])
        #expect(pairs(asOf: "2030-01-01") == ["v1...v2", "v2...v3", "v3...v4", "v4...v5", "v1...v5", "v2...v5", "v3...v5"])
        #expect(pairs(asOf: "2030-01-01", ["v1"]).isEmpty)
        #expect(pairs(asOf: "2019-01-01", ["v1", "v2"]) == ["v1...v2"], "the first version is shown before any is in effect")
    }
}

/// `EffectiveDate` reads and writes its bytes itself; held here to the reading by parts and
/// Characters, and to the padded writing.
@Suite struct EffectiveDateBytesTests {
    static func plainReading(_ text: String) -> EffectiveDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return EffectiveDate(year: year, month: month, day: day)
    }

    @Test func everyShapeOfTextReadsAsByPartsAndCharacters() {
        var texts = ["", "2024-01-01", "2024-1-01", "2024-01-1", "20240101", "2024/01/01", "2024-01-01 ", " 2024-01-01",
                     "２０２４-01-01", "2024-0１-01", "2024-01-0\u{301}1", "2024-02-29", "2023-02-29", "1899-12-31", "1900-01-01",
                     "9999-12-31", "0000-01-01", "2024-13-01", "2024-00-10", "2024-04-31", "2024--1-01", "-024-01-01",
                     "2024-01-01\n", "2024\u{2010}01-01", "+024-01-01", "2024-01-+1"]
        // Every byte in every place of a good date.
        let base = Array("2024-06-15".utf8)
        for place in base.indices {
            for byte in UInt8(0x20)...UInt8(0x7E) {
                var bytes = base
                bytes[place] = byte
                texts.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        for text in texts {
            #expect(EffectiveDate(text) == Self.plainReading(text), "\(text.debugDescription)")
        }
    }

    @Test func everyDayIsWrittenAsItsPaddedParts() {
        var date = EffectiveDate(year: 1900, month: 1, day: 1)!
        while let next = date.adding(days: 97) {
            let padded = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
            #expect(date.description == padded)
            #expect(EffectiveDate(padded) == date)
            date = next
        }
    }
}
