import Testing

@Suite struct RepeatedParagraphCheckTests {
    private let path = "content/privacy/v1/en.md"
    private let sharing = "We share your address with the carrier that delivers your order, and with no one else."

    @Test func aRepeatedParagraphIsReportedAtEachLaterCopyOfItsSection() throws {
        let run = try CheckRun(englishSite("""
            ## Sharing

            \(sharing)

            \(sharing)

            We use two carriers.

            > \(sharing)
            """))
        #expect(run.locations(.repeatedParagraph) == ["\(path):9:1", "\(path):13:3"], Comment(rawValue: run.report))
        #expect(run.messages(.repeatedParagraph).allSatisfy {
            $0.hasPrefix("this paragraph repeats the one on line 7: 'We share your address")
        }, Comment(rawValue: run.report))
    }

    @Test func aClauseRepeatedUnderAnotherHeadingIsNotReported() throws {
        let run = try CheckRun(englishSite("""
            ## Sharing

            \(sharing)

            ## Supplement for residents of California

            \(sharing)
            """))
        #expect(run.locations(.repeatedParagraph).isEmpty, Comment(rawValue: run.report))
    }

    @Test func theSameLeadInBeforeDifferentListsIsNotReported() throws {
        let run = try CheckRun(englishSite("""
            ## Rules

            We do not allow content that any member of the community could post here:

            - Threatens violence against a person or a group of people.
            - Shares the private information of another person without consent.

            We do not allow content that any member of the community could post here:

            - Sells goods or services that the law of the country forbids.
            """))
        #expect(run.locations(.repeatedParagraph).isEmpty, Comment(rawValue: run.report))
    }

    @Test func theSameDataListUnderEachLegalBasisIsNotReported() throws {
        let run = try CheckRun(englishSite("""
            ## Legal bases

            **Consent.** We process the following data about you:

            - The name and the e-mail address you gave us when you signed up.
            - The pages of the service you visited and when you visited them.

            **Legitimate interests.** We process the following data about you:

            - The name and the e-mail address you gave us when you signed up.
            - The pages of the service you visited and when you visited them.
            """))
        #expect(run.locations(.repeatedParagraph).isEmpty, Comment(rawValue: run.report))
    }

    @Test func lineBreaksAndSpacesDoNotHideARepeat() throws {
        let run = try CheckRun(englishSite("""
            We keep the records of your purchases for   seven years, as tax law requires.

            We keep the records of your purchases
            for seven years, as tax law requires.
            """))
        #expect(run.locations(.repeatedParagraph) == ["\(path):7:1"], Comment(rawValue: run.report))
    }

    @Test func aRepeatedListItemIsReportedWithinItsSection() throws {
        let run = try CheckRun(englishSite("""
            ## Purposes

            - To deliver the goods you ordered to the address you gave us.
            - To answer the questions you send to our support team.
            - To deliver the goods you ordered to the address you gave us.
            """))
        #expect(run.locations(.repeatedParagraph) == ["\(path):9:3"], Comment(rawValue: run.report))
        #expect(run.messages(.repeatedParagraph).first?.hasPrefix("this list item repeats the one on line 7") == true)
    }

    @Test func parallelListsOfDifferentSectionsAreNotRepeats() throws {
        let run = try CheckRun(englishSite("""
            ## Customers

            - To comply with the obligations that the law places on us as a seller.

            ## Suppliers

            - To comply with the obligations that the law places on us as a seller.

            We delete what we no longer need at the end of every calendar year.

            We delete what we no longer need at the end of every calendar year.
            """))
        // The repeated paragraph shows that the text was checked.
        #expect(run.locations(.repeatedParagraph) == ["\(path):15:1"], Comment(rawValue: run.report))
    }

    @Test func shortLinesHeadingsAndCodeMayRepeat() throws {
        let run = try CheckRun(englishSite("""
            ## How to reach the people who look after your personal data

            Contact us

            Not applicable.

            ## How to reach the people who look after your personal data {#reach-again}

            Contact us

            Not applicable.

            ```
            curl https://example.com/api/v1/account/export --header "Authorization: Bearer token"
            ```

            ```
            curl https://example.com/api/v1/account/export --header "Authorization: Bearer token"
            ```
            """))
        #expect(run.locations(.repeatedParagraph) == [], Comment(rawValue: run.report))
        #expect(!run.diagnostics.hasErrors, Comment(rawValue: run.report))
    }

    @Test func japaneseParagraphsAreLongEnoughByCharacters() throws {
        let paragraph = "当社は、お客様の個人情報を法令に基づき適切に管理し、第三者に提供することはありません。"
        let run = try CheckRun("""
            -- policygen.yaml --
            title: Test
            base_url: https://example.com/
            languages: [ja]
            -- content/privacy/v1/ja.md --
            ---
            title: プライバシー
            effective: 2024-01-01
            ---
            \(paragraph)

            お問い合わせ窓口

            お問い合わせ窓口

            \(paragraph)
            """)
        #expect(run.locations(.repeatedParagraph) == ["content/privacy/v1/ja.md:11:1"], Comment(rawValue: run.report))
    }

    @Test func anIgnoreCommentBeforeTheBlockSilencesIt() throws {
        let run = try CheckRun(englishSite("""
            \(sharing)

            <!-- policygen-ignore PG205 -->
            \(sharing)

            \(sharing)
            """))
        #expect(run.locations(.repeatedParagraph) == ["\(path):10:1"], Comment(rawValue: run.report))
    }

    /// Composed text is compared without Foundation; text with a combining mark goes through
    /// NFC: both must find the same repeats as before.
    @Test func composedAndDecomposedTextAreComparedAlike() throws {
        let chinese = try CheckRun(oneLanguageSite("zh", """
            我们仅在提供服务所必需的期限内保留您的个人数据，之后将其删除或匿名化处理，法律另有规定的除外。

            我们仅在提供服务所必需的期限内保留您的个人数据，　之后将其删除或匿名化处理，法律另有规定的除外。

            我们仅在提供服务所必需的期限内保留您的个人数据，之后将其删除或匿名化处理，法律另有规定的除外。
            """))
        #expect(chinese.locations(.repeatedParagraph) == ["content/privacy/v1/zh.md:9:1"], Comment(rawValue: chinese.report))

        let german = try CheckRun(oneLanguageSite("de", """
            Wir bewahren Ihre Daten nur so lange auf, wie es für die Erfüllung des Vertrags nötig ist.

            Wir bewahren Ihre Daten nur so lange auf, wie es fu\u{0308}r die Erfu\u{0308}llung des Vertrags nötig ist.
            """))
        #expect(german.locations(.repeatedParagraph) == ["content/privacy/v1/de.md:7:1"], Comment(rawValue: german.report))
    }
}
