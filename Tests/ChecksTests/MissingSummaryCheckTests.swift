import Testing

@Suite struct MissingSummaryCheckTests {
    @Test func versionsAfterTheFirstWithoutSummaryAreReportedAtTheirEffectiveLine() throws {
        let run = try CheckRun(siteConfig() + "\n"
                               + contentFile("v1", "en", effective: "2024-01-01", body: "We keep data for a year.") + "\n"
                               + contentFile("v2", "en", effective: "2024-06-01", body: "We keep data for a month.") + "\n"
                               + contentFile("v2", "ja", effective: "2024-06-01", frontMatter: "summary: 期間の短縮。",
                                             body: "データは一か月保存します。") + "\n"
                               + contentFile("v3", "en", effective: "2025-01-01", frontMatter: "summary: \"\"",
                                             body: "We keep data for a week."))
        #expect(run.locations(.missingSummary) == [
            "content/privacy/v2/en.md:3:1",
            "content/privacy/v3/en.md:3:1",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.missingSummary).first == "version v2 has no summary of what changed since v1")
    }

    @Test func theFirstVersionAndSummarizedOnesAreFine() throws {
        let run = try CheckRun(siteConfig(languages: ["en"]) + "\n"
                               + contentFile("v1", "en", effective: "2024-01-01", body: "We keep data for a year.") + "\n"
                               + contentFile("v2", "en", effective: "2025-01-01",
                                             frontMatter: "summary: Data is kept for a month instead of a year.",
                                             body: "We keep data for a month."))
        #expect(run.locations(.missingSummary).isEmpty, Comment(rawValue: run.report))
    }
}
