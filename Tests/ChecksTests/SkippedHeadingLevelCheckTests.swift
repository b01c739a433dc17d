import Testing

@Suite struct SkippedHeadingLevelCheckTests {
    @Test func aSkippedLevelIsReportedAtItsHeading() throws {
        let run = try CheckRun(englishSite("""
        ## What we collect

        #### Account data

        We keep your name and e-mail address.

        #### Usage data

        ## Your rights

        ###### Appeals
        """))
        #expect(run.locations(.skippedHeadingLevel) == [
            "content/privacy/v1/en.md:7:1",
            "content/privacy/v1/en.md:15:1",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.skippedHeadingLevel) == [
            "'Account data' is a level-4 heading after a level-2 heading: level 3 is skipped",
            "'Appeals' is a level-6 heading after a level-2 heading: levels 3 to 5 are skipped",
        ])
    }

    @Test func theBodyStartsAtLevelTwo() throws {
        let run = try CheckRun(englishSite("""
        Introductory words before any heading.

        ### Scope

        ## Contact
        """))
        #expect(run.locations(.skippedHeadingLevel) == ["content/privacy/v1/en.md:7:1"], Comment(rawValue: run.report))
        #expect(run.messages(.skippedHeadingLevel) == [
            "'Scope' is a level-3 heading after the title: the text's sections start at level 3, level 2 is skipped",
        ])
    }

    @Test func aTextThatStartsAtLevelThreeIsReportedOnce() throws {
        let run = try CheckRun(englishSite("""
        ### Scope

        #### Who this covers

        ### What we collect

        ### Your rights

        ##### Appeals
        """))
        #expect(run.locations(.skippedHeadingLevel) == [
            "content/privacy/v1/en.md:5:1", "content/privacy/v1/en.md:13:1",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.skippedHeadingLevel).last == "'Appeals' is a level-5 heading after a level-3 heading: level 4 is skipped")
    }

    @Test func theTitleAsALevelOneHeadingIsReportedOnce() throws {
        let run = try CheckRun(englishSite("""
        # Privacy

        Effective 1 January 2024.

        ### Scope

        ### What we collect
        """))
        #expect(run.locations(.skippedHeadingLevel) == [
            "content/privacy/v1/en.md:5:1", "content/privacy/v1/en.md:9:1",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.skippedHeadingLevel).first
                == "'Privacy' is a level-1 heading (#) at the start of the text, repeating the title; the page shows the title as its level-1 heading already")
    }

    @Test func aLevelOneHeadingInTheBodyIsReported() throws {
        let run = try CheckRun(englishSite("""
        # Privacy notice

        ## Who we are

        Retention
        =========

        ## How long we keep data
        """))
        #expect(run.locations(.skippedHeadingLevel) == ["content/privacy/v1/en.md:5:1"], Comment(rawValue: run.report))
        #expect(run.messages(.skippedHeadingLevel) == [
            "this text has 2 level-1 headings (#), the first 'Privacy notice', but the title is the page's level-1 heading",
        ])
    }

    @Test func headingsInsideContainersAreReportedWhereTheyStart() throws {
        let run = try CheckRun(englishSite("""
        ## Definitions

        > #### A quoted heading
        """))
        #expect(run.locations(.skippedHeadingLevel) == ["content/privacy/v1/en.md:7:3"], Comment(rawValue: run.report))
    }

    @Test func stepsOfOneLevelAndClimbingBackAreFine() throws {
        let run = try CheckRun(englishSite("""
        ## What we collect

        ### Account data

        #### Name

        #### E-mail

        ## Your rights

        Setext headings count as level 2
        --------------------------------

        ### Appeals
        """))
        #expect(run.locations(.skippedHeadingLevel).isEmpty, Comment(rawValue: run.report))
    }

    @Test func aCommentBeforeTheHeadingSilencesIt() throws {
        let run = try CheckRun(englishSite("""
        ## Annex

        <!-- policygen-ignore PG207 -->
        #### Table of processors

        #### Table of recipients
        """))
        #expect(run.locations(.skippedHeadingLevel) == [], Comment(rawValue: run.report))
        #expect(run.diagnostics.isEmpty, Comment(rawValue: run.report))
    }
}
