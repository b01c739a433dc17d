import Testing

@Suite struct IdenticalVersionCheckTests {
    private let body = """
        ## Retention

        We keep closed accounts for ninety days.
        """

    @Test func aVersionLikeTheOneBeforeItIsReportedAtItsEffectiveLine() throws {
        let run = try CheckRun(siteConfig(languages: ["en"]) + "\n"
                               + contentFile("v1", "en", effective: "2024-01-01", body: body) + "\n"
                               + contentFile("v2", "en", effective: "2025-01-01", frontMatter: "summary: Nothing yet.",
                                             body: body))
        #expect(run.locations(.identicalVersion) == ["content/privacy/v2/en.md:3:1"], Comment(rawValue: run.report))
        #expect(run.messages(.identicalVersion)
                == ["version v2 is identical to v1, the version before it: same title and text as content/privacy/v1/en.md"])
    }

    @Test func versionsFollowTheirEffectiveDatesNotTheirFolderNames() throws {
        let run = try CheckRun(siteConfig(languages: ["en"]) + "\n"
                               + contentFile("a-later", "en", effective: "2025-01-01", frontMatter: "summary: Same.",
                                             body: body) + "\n"
                               + contentFile("b-earlier", "en", effective: "2024-01-01", body: body))
        #expect(run.locations(.identicalVersion) == ["content/privacy/a-later/en.md:3:1"], Comment(rawValue: run.report))
    }

    @Test func aTypoFixWithASummaryIsFine() throws {
        let run = try CheckRun(siteConfig(languages: ["en"]) + "\n"
                               + contentFile("v1", "en", effective: "2024-01-01",
                                             body: "## Retention\n\nWe keep closed acounts for ninety days.") + "\n"
                               + contentFile("v2", "en", effective: "2024-02-01",
                                             frontMatter: "summary: A spelling mistake corrected.\nmaterial: false",
                                             body: body))
        #expect(run.locations(.identicalVersion).isEmpty, Comment(rawValue: run.report))
        #expect(run.diagnostics.isEmpty, Comment(rawValue: run.report))
    }

    @Test func anotherTitleIsAChange() throws {
        let run = try CheckRun(siteConfig(languages: ["en"]) + "\n"
                               + contentFile("v1", "en", effective: "2024-01-01", body: body) + "\n"
                               + contentFile("v2", "en", effective: "2025-01-01", title: "Privacy Notice",
                                             frontMatter: "summary: Renamed.", body: body))
        #expect(run.locations(.identicalVersion).isEmpty, Comment(rawValue: run.report))
    }

    @Test func aCorrectedTranslationIsAChangeButANewOneIsNot() throws {
        let japanese = "## 保存期間\n\n閉鎖したアカウントは九十日間保存します。"
        let corrected = try CheckRun(siteConfig() + "\n"
                                     + contentFile("v1", "en", effective: "2024-01-01", body: body) + "\n"
                                     + contentFile("v1", "ja", effective: "2024-01-01", body: "## 保存期間\n\n九十日間。") + "\n"
                                     + contentFile("v2", "en", effective: "2025-01-01",
                                                   frontMatter: "summary: Japanese corrected.", body: body) + "\n"
                                     + contentFile("v2", "ja", effective: "2025-01-01", body: japanese))
        #expect(corrected.locations(.identicalVersion).isEmpty, Comment(rawValue: corrected.report))

        let added = try CheckRun(siteConfig() + "\n"
                                 + contentFile("v1", "en", effective: "2024-01-01", body: body) + "\n"
                                 + contentFile("v2", "en", effective: "2025-01-01",
                                               frontMatter: "summary: Japanese added.", body: body) + "\n"
                                 + contentFile("v2", "ja", effective: "2025-01-01", body: japanese))
        #expect(added.locations(.identicalVersion) == ["content/privacy/v2/en.md:3:1"], Comment(rawValue: added.report))
    }
}
