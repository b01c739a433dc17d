import Testing

@Suite struct EmptyReferenceCheckTests {
    private let path = "content/privacy/v1/en.md"

    @Test func aPrepositionFollowedByNothingIsReportedAtThePreposition() throws {
        let run = try CheckRun(englishSite("""
            If you have questions, please contact us at .

            You can write to us at , or call us at and we will answer.

            Copies can be found at  or requested from our office.

            - Send your request via
            """))
        #expect(run.locations(.emptyReference) == [
            "\(path):5:42", "\(path):7:21", "\(path):7:37", "\(path):9:21", "\(path):11:21",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.emptyReference).first
                    == "nothing follows 'at' where an address or a name belongs: 'please contact us at .'")
    }

    @Test func anEmptyLinkOrAnEmptyVariableLeavesAGap() throws {
        let run = try CheckRun(englishSite("""
            Write to our officer at [](mailto:). Reach the team at {{ contact.email }}, any day.
            """, config: """
            variables:
              contact:
                email: ""
            """))
        #expect(run.locations(.emptyReference) == ["\(path):5:22", "\(path):5:53"], Comment(rawValue: run.report))
    }

    @Test func labelsWithNothingAfterTheirColonAreReported() throws {
        let run = try CheckRun(englishSite("""
            E-mail: .
            Phone: Fax: 555 0100\\
            Email:

            Contact:

            - Address: Example Street 1
            """))
        // "Contact:" introduces what follows; "Fax:" and "Address:" have their values.
        #expect(run.locations(.emptyReference) == ["\(path):5:1", "\(path):6:1", "\(path):7:1"],
                Comment(rawValue: run.report))
        #expect(run.messages(.emptyReference).first == "nothing follows 'E-mail:' where it belongs: 'E-mail: .'")
    }

    @Test func ordinaryEndingsAreNotGaps() throws {
        let run = try CheckRun(englishSite("""
            You may withdraw your consent at any time. It applies to the terms you agreed to.
            We will contact you if we need to. This is the number you can reach us at.
            We may call you if required to or when you ask.
            Please contact us at privacy@example.com, or write to us at `privacy@example.com`.
            We send data to and from our servers, and send invoices on or before the first day.
            Write to us. Visit us at least once. Questions? Send them to our office.

            Contact:

            - Example Ltd, Example Street 1

            For anything else, write to:

            Example Ltd\\
            Example Street 1

            E-mail:

            - privacy@example.com

            Finally, contact us at .
            """))
        // The last line shows that the text was checked.
        #expect(run.locations(.emptyReference) == ["\(path):25:21"], Comment(rawValue: run.report))
    }

    @Test func prepositionsJoinedByOrAreEnglish() throws {
        let run = try CheckRun(englishSite("""
            We may make your data available to or instruct our processors on your behalf.

            Messages sent to or received from the service are kept for a year.

            Contact us at or above the threshold, at or near the office.

            Send your request to  or call us: nothing followed the preposition here.

            Please contact us at or call us during office hours.
            """))
        #expect(run.locations(.emptyReference) == ["\(path):11:19", "\(path):13:19"], Comment(rawValue: run.report))
    }

    @Test func germanAndFrenchGapsAreReported() throws {
        let german = try CheckRun(oneLanguageSite("de", """
            Sie erreichen uns unter . Sie können uns auch unter erreichen.

            Wir wenden diese Regeln an. Das gilt unter anderem für Cookies.
            """))
        #expect(german.locations(.emptyReference) == ["content/privacy/v1/de.md:5:19", "content/privacy/v1/de.md:5:47"],
                Comment(rawValue: german.report))
        let french = try CheckRun(oneLanguageSite("fr", """
            Écrivez-nous à l'adresse . Vous pouvez aussi nous contacter à  ou nous appeler.

            Nous conservons votre adresse jusqu'à la fin du contrat.
            """))
        #expect(french.locations(.emptyReference) == ["content/privacy/v1/fr.md:5:14", "content/privacy/v1/fr.md:5:61"],
                Comment(rawValue: french.report))
    }

    @Test func japaneseGapsAreReported() throws {
        let run = try CheckRun(oneLanguageSite("ja", """
            ご質問は、までご連絡ください。苦情は「」までお問い合わせください。

            メールアドレス：。

            ご意見は「お問い合わせ窓口」までご連絡ください。privacy@example.com までお送りください。
            """))
        #expect(run.locations(.emptyReference) == [
            "content/privacy/v1/ja.md:5:6", "content/privacy/v1/ja.md:5:19", "content/privacy/v1/ja.md:7:1",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.emptyReference) == [
            "nothing stands before 'までご連絡' where an address or a name belongs: '、までご連絡'",
            "'「」' holds nothing where a name or an address belongs",
            "nothing follows 'メールアドレス：' where it belongs: 'メールアドレス：。'",
        ])
    }

    @Test func anIgnoreCommentBeforeTheBlockSilencesIt() throws {
        let run = try CheckRun(englishSite("""
            <!-- policygen-ignore PG203 -->
            Contact us at .

            Contact us at .
            """))
        #expect(run.locations(.emptyReference) == ["\(path):8:12"], Comment(rawValue: run.report))
    }
}
