import Testing

@Suite struct PlaceholderCheckTests {
    private let path = "content/privacy/v1/en.md"

    @Test func bracketedNumbersAndWordsAreReportedWhereTheyStand() throws {
        let run = try CheckRun(englishSite("""
            We answer requests within [30] days of receiving them.

            [Company Name] keeps your data for [DATA RETENTION PERIOD].

            - Reach our officer, [insert name], by post.
            """))
        #expect(run.locations(.placeholder) == ["\(path):5:27", "\(path):7:1", "\(path):7:36", "\(path):9:22"],
                Comment(rawValue: run.report))
        #expect(run.messages(.placeholder) == [
            "unfilled placeholder '[30]'", "unfilled placeholder '[Company Name]'",
            "unfilled placeholder '[DATA RETENTION PERIOD]'", "unfilled placeholder '[insert name]'",
        ])
    }

    @Test func aSecondOccurrenceInOneParagraphIsPlacedAtItsOwnColumn() throws {
        let run = try CheckRun(englishSite("""
            Send it within [10] days; we reply within [10] days
            and delete it after [10] days.
            """))
        #expect(run.locations(.placeholder) == ["\(path):5:16", "\(path):5:43", "\(path):6:21"],
                Comment(rawValue: run.report))
    }

    @Test func cloudflareHiddenAddressesAreReported() throws {
        let run = try CheckRun(englishSite("""
            Write to [email protected] about your account.

            Or write to [email&#160;protected] about anything else.
            """))
        #expect(run.locations(.placeholder) == ["\(path):5:10", "\(path):7:13"], Comment(rawValue: run.report))
        #expect(run.messages(.placeholder).allSatisfy { $0.contains("[email") && $0.contains("protected]") })
    }

    @Test func markerWordsAndFillerAreReported() throws {
        let run = try CheckRun(englishSite("""
            TODO: describe the cookies. Retention is TBD.

            Call XXX-XXXX for help. Lorem Ipsum dolor sit amet.

            ## Sharing (XXX)

            | Recipient | Purpose |
            |---|---|
            | Mail house | lorem
            """))
        #expect(run.locations(.placeholder) == [
            "\(path):5:1", "\(path):5:42", "\(path):7:6", "\(path):7:10", "\(path):7:25", "\(path):9:13",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.placeholder).contains("'Lorem ipsum' is filler text"))
        #expect(run.messages(.placeholder).contains("'TBD' marks unfinished text"))
    }

    @Test func draftingBlanksAndBracketsInLinkTextAreReported() throws {
        let run = try CheckRun(englishSite("""
            The fee is [•] per request, due within [___] days. See [[Company Name]](https://example.com/).
            """))
        #expect(run.locations(.placeholder) == ["\(path):5:12", "\(path):5:40", "\(path):5:57"],
                Comment(rawValue: run.report))
    }

    @Test func noteReferencesAreNotPlaceholders() throws {
        let run = try CheckRun(englishSite("""
            We rely on the statute[1] and on your consent [2].

            [1] The Data Protection Act.
            [2] Given in the settings.

            A GFM footnote[^3] also cites a note.

            [^3]: This note is cmark's.

            Retention is TBD.
            """))
        // The last line shows that the text was checked.
        #expect(run.locations(.placeholder) == ["\(path):14:14"], Comment(rawValue: run.report))
    }

    @Test func aBracketedNumberWithoutItsNoteIsReported() throws {
        // [4] is cited but never starts a note; [30] starts an item but is cited nowhere else.
        let run = try CheckRun(englishSite("""
            We rely on the statute[1] and the regulation[4].

            [1] The Data Protection Act.

            - [30] days' notice is given before any change.
            """))
        #expect(run.locations(.placeholder) == ["\(path):5:45", "\(path):9:3"], Comment(rawValue: run.report))
        #expect(run.messages(.placeholder) == ["unfilled placeholder '[4]'", "unfilled placeholder '[30]'"])
    }

    @Test func linksTaskBoxesCodeAndEditorialBracketsAreNotPlaceholders() throws {
        let run = try CheckRun(englishSite("""
            - [ ] Opt out of the newsletter.
            - [x] Keep the account.

            Read the [Privacy Center](https://example.com/privacy) and [the FAQ][faq].

            The form says `within [10] days` and [T]he notice quotes it [sic]; a gap […] follows.
            Under the [GDPR] and the [function plug-ins] rules, employee[s] may see TODOS in XXXL sizes.
            Article XXX of the treaty applies. Lorem is a name; ipsum is not.

            ```
            [Company Name] TODO
            ```

            [faq]: https://example.com/faq

            Retention is TBD.
            """))
        // The last line shows that the text was checked.
        #expect(run.locations(.placeholder) == ["\(path):20:14"], Comment(rawValue: run.report))
    }

    @Test func japaneseBlanksAreReportedButKanjiZerosAreNot() throws {
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
            本ポリシーは〇〇株式会社が二〇〇五年に定め、○○日以内に回答します。
            """)
        #expect(run.locations(.placeholder) == ["content/privacy/v1/ja.md:5:7", "content/privacy/v1/ja.md:5:23"],
                Comment(rawValue: run.report))
        #expect(run.messages(.placeholder) == ["unfilled placeholder '〇〇'", "unfilled placeholder '○○'"])
    }

    @Test func ignoreInFrontMatterSilencesTheWholeFile() throws {
        let run = try CheckRun(englishSite("We answer within [30] days. TODO", frontMatter: "ignore: [PG202]"))
        #expect(run.locations(.placeholder) == [], Comment(rawValue: run.report))
        #expect(run.diagnostics.isEmpty, Comment(rawValue: run.report))
    }

    @Test(arguments: ["", "html: none", "html: trusted"])
    func citationNumbersInASequenceAreNotPlaceholdersButALoneNumberIs(_ html: String) throws {
        let run = try CheckRun(englishSite("""
            ## Sources

            The regulator fined the company \\[83\\] and again \\[84\\], as the press reported \\[85\\].

            We answer within \\[10\\] days. Last reviewed on \\[date\\] by the team.

            | Data | Kept for |
            |---|---|
            | Account<br>name | <b>Kept</b> for [30] days, by [Company Name] |
            | Orders | \\[Retention Period\\] |
            """, config: html))
        // Escaped brackets and cells are placed at their own column, the backslash included,
        // whatever becomes of the HTML in them.
        #expect(run.locations(.placeholder) == [
            "\(path):9:18", "\(path):9:48", "\(path):13:37", "\(path):13:51", "\(path):14:12",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.placeholder).first == "unfilled placeholder '[10]'")
    }

    @Test func formatExamplesAreNotBlanks() throws {
        let run = try CheckRun(englishSite("""
            Enter your phone number in the format (XXX) XXX-XXXX, with the area code.

            Write the code as "XXXX-XXXX" on the form, e.g. XXXX for a short one.

            Our helpline is XXX-XXXX.
            """))
        #expect(run.locations(.placeholder) == ["\(path):9:17", "\(path):9:21"], Comment(rawValue: run.report))
    }

    @Test func japaneseBlanksInAnExampleAreNotReported() throws {
        let run = try CheckRun(oneLanguageSite("ja", """
            日付は「〇〇年〇〇月〇〇日」の形式で記入してください。

            担当：〇〇
            """))
        #expect(run.locations(.placeholder) == ["content/privacy/v1/ja.md:7:4"], Comment(rawValue: run.report))
    }
}
