import Testing

@Suite struct EmptyLinkCheckTests {
    @Test func linksWithoutTextOrTargetAreReportedWhereTheyStart() throws {
        let run = try CheckRun(englishSite("""
        ## Contact

        Questions about this notice: [write to us]() or call [our desk](tel:).
        Our postal address is on [](https://example.com/address).
        You may also send an [e-mail](mailto:) or an [e-mail with a subject](mailto:?subject=Privacy).
        See [the top](#) of this page.

        [![Example Ltd](https://example.com/logo.png)](https://example.com)

        Our website: [](https://example.com).
        """))
        #expect(run.locations(.emptyLink) == [
            "content/privacy/v1/en.md:7:30",
            "content/privacy/v1/en.md:7:54",
            "content/privacy/v1/en.md:8:26",
            "content/privacy/v1/en.md:9:22",
            "content/privacy/v1/en.md:9:46",
            "content/privacy/v1/en.md:10:5",
            "content/privacy/v1/en.md:14:14",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.emptyLink).first == "the link 'write to us' has no target")
        // `#` is a link that leads nowhere, not a broken anchor.
        #expect(run.locations(.brokenAnchor).isEmpty, Comment(rawValue: run.report))
    }

    @Test func linksInsideListsAndTablesKeepTheirColumns() throws {
        let run = try CheckRun(englishSite("""
        - Write to the [data protection officer](mailto: ).

        | Channel | Address |
        |---|---|
        | Phone | [call us](tel:%20) |
        """))
        #expect(run.locations(.emptyLink) == [
            "content/privacy/v1/en.md:5:16",
            "content/privacy/v1/en.md:9:11",
        ], Comment(rawValue: run.report))
    }

    @Test func usableLinksAreFine() throws {
        let run = try CheckRun(englishSite("""
        ## Who we are {#who-we-are}

        Write to [privacy@example.com](mailto:privacy@example.com) or call
        [+44 20 7946 0000](tel:+442079460000). See [who we are](#who-we-are), our
        [cookie notice](https://example.com/cookies), <https://example.com/privacy> and
        [![Example Ltd logo](https://example.com/logo.png)](https://example.com).
        An image without alt text is not a link: ![](https://example.com/seal.png).
        """))
        #expect(run.locations(.emptyLink).isEmpty, Comment(rawValue: run.report))
    }

    @Test func backToTopLinksLeadWhereTheySay() throws {
        let run = try CheckRun(englishSite("""
        ## Scope

        [Back to top](#) · [↑](#) · [Nach oben](#) · [ページの先頭へ](#) · [Top of page](#top)

        [Read more](#) about it.
        """))
        #expect(run.locations(.emptyLink) == ["content/privacy/v1/en.md:9:1"], Comment(rawValue: run.report))
        #expect(run.locations(.brokenAnchor).isEmpty, "#top is the top of the page: \(run.report)")
    }
}
