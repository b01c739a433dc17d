import Testing

@Suite struct TranslationHeadingsCheckTests {
    private let english = """
        ## Who we are {#who-we-are}

        ## What we collect

        ### Account data

        ## Contact {#contact}
        """

    private func run(japanese: String, english: String? = nil) throws -> CheckRun {
        try CheckRun(siteConfig() + "\n"
                     + contentFile("v1", "en", effective: "2024-01-01", body: english ?? self.english) + "\n"
                     + contentFile("v1", "ja", effective: "2024-01-01", title: "プライバシー", body: japanese))
    }

    @Test func translatedHeadingsWithTheSameIDsAreFine() throws {
        let run = try run(japanese: """
            ## 事業者について {#who-we-are}

            ## 収集する情報

            ### アカウント情報

            ## お問い合わせ {#contact}
            """)
        #expect(run.locations(.translationHeadingsDiffer).isEmpty, Comment(rawValue: run.report))
    }

    @Test func anotherLevelIsReportedAtTheTranslationsHeading() throws {
        let run = try run(japanese: """
            ## 事業者について {#who-we-are}

            ## 収集する情報

            ## アカウント情報

            ## お問い合わせ {#contact}
            """)
        #expect(run.locations(.translationHeadingsDiffer) == ["content/privacy/v1/ja.md:9:1"], Comment(rawValue: run.report))
        #expect(run.messages(.translationHeadingsDiffer)
                == ["'アカウント情報' is a level-2 heading where content/privacy/v1/en.md has the level-3 heading 'Account data'"])
    }

    @Test func anotherOrAMissingCustomIDIsReported() throws {
        let renamed = try run(japanese: """
            ## 事業者について {#jigyosha}

            ## 収集する情報

            ### アカウント情報

            ## お問い合わせ
            """)
        #expect(renamed.locations(.translationHeadingsDiffer) == ["content/privacy/v1/ja.md:5:1"],
                Comment(rawValue: renamed.report))
        #expect(renamed.messages(.translationHeadingsDiffer)
                == ["'事業者について' has {#jigyosha} where content/privacy/v1/en.md has {#who-we-are} ('Who we are')"])

        let dropped = try run(japanese: """
            ## 事業者について {#who-we-are}

            ## 収集する情報

            ### アカウント情報

            ## お問い合わせ
            """)
        #expect(dropped.locations(.translationHeadingsDiffer) == ["content/privacy/v1/ja.md:11:1"],
                Comment(rawValue: dropped.report))
    }

    @Test func aCustomIDEqualToTheOriginalsAutomaticIDIsFine() throws {
        let run = try run(japanese: """
            ## 事業者 {#about}

            ## お問い合わせ {#contact-us}
            """, english: """
            ## About

            ## Contact us
            """)
        #expect(run.locations(.translationHeadingsDiffer).isEmpty, Comment(rawValue: run.report))
    }

    @Test func anExtraHeadingIsReportedWhereItStands() throws {
        let run = try run(japanese: """
            ## 事業者について {#who-we-are}

            ## 収集する情報

            ### アカウント情報

            ## お問い合わせ {#contact}

            ## 付則
            """)
        #expect(run.locations(.translationHeadingsDiffer) == ["content/privacy/v1/ja.md:13:1"], Comment(rawValue: run.report))
        #expect(run.messages(.translationHeadingsDiffer)
                == ["'付則' stands for no heading of content/privacy/v1/en.md (it has 5 headings, content/privacy/v1/en.md 4)"])
    }

    @Test func missingLastHeadingsAreReportedAtTheBodysStart() throws {
        let run = try run(japanese: """
            本文の前書き。

            ## 事業者について {#who-we-are}

            ## 収集する情報
            """)
        #expect(run.locations(.translationHeadingsDiffer) == ["content/privacy/v1/ja.md:5:1"], Comment(rawValue: run.report))
        #expect(run.messages(.translationHeadingsDiffer).first?.contains("'Account data', 'Contact'") == true)
    }

    @Test func eachTranslationIsComparedWithItsOwnVersion() throws {
        let run = try CheckRun(siteConfig() + "\n"
                               + contentFile("v1", "en", effective: "2024-01-01", body: "## About\n\n## Contact") + "\n"
                               + contentFile("v1", "ja", effective: "2024-01-01", body: "## 事業者\n\n## お問い合わせ") + "\n"
                               + contentFile("v2", "en", effective: "2025-01-01", frontMatter: "summary: Cookies.",
                                             body: "## About\n\n## Cookies\n\n## Contact") + "\n"
                               + contentFile("v2", "ja", effective: "2025-01-01",
                                             body: "## 事業者\n\n## クッキー\n\n## お問い合わせ"))
        #expect(run.locations(.translationHeadingsDiffer).isEmpty, Comment(rawValue: run.report))
    }
}
