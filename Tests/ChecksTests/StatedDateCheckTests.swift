@testable import Checks
import Content
import Testing

@Suite struct StatedDateCheckTests {
    private let path = "content/privacy/v1/en.md"

    @Test func aStatedEffectiveDateThatIsAnotherDayIsReported() throws {
        let run = try CheckRun(englishSite("""
            ## Privacy Policy

            **Effective date: November 16, 2020**

            We keep your data safe.
            """))
        #expect(run.locations(.statedDateDiffers) == ["\(path):7:3"], Comment(rawValue: run.report))
        #expect(run.messages(.statedDateDiffers) == [
            "the text states it takes effect on 2020-11-16 ('Effective date: November 16, 2020'), but its effective date is 2024-01-01",
        ])
    }

    @Test func aStatedDateThatAgreesOrIsPartOfASentenceIsFine() throws {
        let run = try CheckRun(englishSite("""
            Effective date: January 1, 2024

            The rules effective 1 January 2020 for residents of California are described below, in full.

            ## History

            - Effective 1 March 2019
            - Effective 5 May 2021
            """))
        #expect(run.locations(.statedDateDiffers).isEmpty, Comment(rawValue: run.report))
    }

    @Test func anUpdateStatedAfterTheTextTookEffectIsReportedInEveryLanguageTheImportReads() throws {
        let german = try CheckRun(oneLanguageSite("de", "Stand: 3. März 2024\n\nWir schützen Ihre Daten.\n"))
        #expect(german.locations(.statedDateDiffers) == ["content/privacy/v1/de.md:5:1"], Comment(rawValue: german.report))
        let japanese = try CheckRun(oneLanguageSite("ja", "最終更新日：2024年3月3日\n\nお客様の情報を守ります。\n"))
        #expect(japanese.locations(.statedDateDiffers) == ["content/privacy/v1/ja.md:5:1"], Comment(rawValue: japanese.report))
        let footer = try CheckRun(englishSite("We keep your data safe.\n\nSome more text.\n\nLast updated: 2 February 2024\n"))
        #expect(footer.locations(.statedDateDiffers) == ["\(path):9:1"], Comment(rawValue: footer.report))
    }

    @Test func anUpdateNotChangedWithTheTextIsReported() throws {
        let stated = "Last updated: 1 December 2022"
        let run = try CheckRun(siteConfig(languages: ["en"])
            + "\n" + contentFile("v1", "en", effective: "2023-01-01", body: "\(stated)\n\nWe keep your data.\n")
            + "\n" + contentFile("v2", "en", effective: "2024-01-01", body: "\(stated)\n\nWe keep your data safe.\n")
            + "\n" + contentFile("v3", "en", effective: "2024-06-01", title: "Privacy notice",
                                 body: "\(stated)\n\nWe keep your data safe.\n"))
        #expect(run.locations(.statedDateDiffers) == ["content/privacy/v2/en.md:5:1"], Comment(rawValue: run.report))
        #expect(run.messages(.statedDateDiffers).first?.hasSuffix(
            "before the previous version v1 took effect on 2023-01-01, yet it differs from that version's text") == true)
    }
}

/// The shortcuts PG216 reads a line with before it asks `StatedDate` (issue 17, point 4): each
/// gives what the plain reading gives.
@Suite struct StatedDateShortcutTests {
    @Test func decimalDigitsAreTheScalarsOfNumericTypeDecimal() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if StatedDateCheck.isDecimalDigit(scalar) != (scalar.properties.numericType == .decimal) { differing.append(value) }
        }
        #expect(differing.isEmpty)
    }

    /// A line with 令 or 平 outside an era's name (法令, 平均) is not read for a date; a line that
    /// names an era still is, whatever the fold removes between its two scalars.
    @Test func erasAreStillReadAndLawsAreNot() throws {
        let era = try CheckRun(oneLanguageSite("ja", "令和6年3月3日施行\n\nお客様の情報を守ります。\n"))
        #expect(era.locations(.statedDateDiffers) == ["content/privacy/v1/ja.md:5:1"], Comment(rawValue: era.report))
        let heisei = try CheckRun(oneLanguageSite("ja", "平成31年4月1日施行\n\n法令に従います。\n"))
        #expect(heisei.locations(.statedDateDiffers) == ["content/privacy/v1/ja.md:5:1"], Comment(rawValue: heisei.report))
        let laws = try CheckRun(oneLanguageSite("ja", "法令の施行日\n\n平均の更新日は法令に定めます。\n"))
        #expect(laws.locations(.statedDateDiffers).isEmpty, Comment(rawValue: laws.report))
        let marked = try CheckRun(oneLanguageSite("ja", "令\u{301}和6年3月3日施行\n\nお客様の情報を守ります。\n"))
        let plain = StatedDate.find(in: "令\u{301}和6年3月3日施行")
        #expect(marked.locations(.statedDateDiffers) == (plain == nil ? [] : ["content/privacy/v1/ja.md:5:1"]),
                Comment(rawValue: marked.report))
    }
}
