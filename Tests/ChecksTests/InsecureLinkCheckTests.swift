import Testing

@Suite struct InsecureLinkCheckTests {
    @Test func httpLinksAndImagesAreReportedWhereTheyStart() throws {
        let run = try CheckRun(englishSite("""
        ## Cookies

        Our partners list their cookies at [their site](http://partner.example.org/cookies)
        and ![the seal](HTTP://seal.example.org/seal.png) shows our certification.
        The regulator's guidance: <http://regulator.example.org/guide>.
        Read it on www.regulator.example.org today.

        - Archived copies: see http://archive.example.org/privacy or
          http://archive.example.org/privacy again.
        """))
        #expect(run.locations(.insecureLink) == [
            "content/privacy/v1/en.md:7:36",
            "content/privacy/v1/en.md:8:5",
            "content/privacy/v1/en.md:9:27",
            "content/privacy/v1/en.md:10:12",
            "content/privacy/v1/en.md:12:24",
            "content/privacy/v1/en.md:13:3",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.insecureLink).first == "the link 'http://partner.example.org/cookies' is not encrypted (http://)")
        #expect(run.diagnostics.first { $0.code == .insecureLink }?.hint
                == "write https://partner.example.org/cookies if the site serves it, as nearly all do")
    }

    @Test func bareURLsAreFoundPastCodeAndExplicitLinks() throws {
        let run = try CheckRun(englishSite("""
        Our old address `http://old.example.org` is gone; [http://old.example.org](https://example.org)
        redirects.

            http://old.example.org

        Write to privacy@example.org, or visit http://old.example.org.
        """))
        #expect(run.locations(.insecureLink) == ["content/privacy/v1/en.md:10:40"], Comment(rawValue: run.report))
    }

    /// The five shapes issue 8's review found placed wrong: continuation lines cmark reads
    /// without their indentation, and the same address in code, in a longer URL, in a link's text.
    @Test func linksOnContinuationLinesAndRepeatedAddressesArePlacedWhereTheyAreWritten() throws {
        let run = try CheckRun(englishSite("""
        - Archived copies:
        [the archive](http://archive.example.org/) is kept.

        Our old policy
           [is here](http://old.example.org/policy).

        `see http://a.example.org` then http://a.example.org

        http://www.c.example.org and www.c.example.org

        [see http://a.example.org](https://b.example.org) http://a.example.org
        """))
        #expect(run.locations(.insecureLink) == [
            "content/privacy/v1/en.md:6:1",
            "content/privacy/v1/en.md:9:4",
            "content/privacy/v1/en.md:11:33",
            "content/privacy/v1/en.md:13:1",
            "content/privacy/v1/en.md:13:30",
            "content/privacy/v1/en.md:15:51",
        ], Comment(rawValue: run.report))
    }

    @Test func aBodyStartingWithHTMLDoesNotHideAMissingPosition() throws {
        let run = try CheckRun(englishSite("""
        <!-- Reviewed by counsel. -->

        See http://archive.example.org for earlier notices.
        """))
        #expect(run.locations(.insecureLink) == ["content/privacy/v1/en.md:7:5"], Comment(rawValue: run.report))
    }

    @Test func secureAndOtherLinksAreFine() throws {
        let run = try CheckRun(englishSite("""
        See [our partners](https://partner.example.org/), https://example.org/terms,
        <https://example.org/help>, [write to us](mailto:privacy@example.org), [our office](@/privacy)
        and ![our seal](https://seal.example.org/seal.png). The text http:// alone is no link.
        """))
        #expect(run.locations(.insecureLink).isEmpty, Comment(rawValue: run.report))
    }

    @Test func theFrontMatterCanSilenceIt() throws {
        let run = try CheckRun(englishSite("""
        The archive at http://archive.example.org/ predates encryption.
        """, frontMatter: "ignore: [PG212]"))
        #expect(run.locations(.insecureLink).isEmpty, Comment(rawValue: run.report))
        #expect(run.diagnostics.isEmpty, Comment(rawValue: run.report))
    }
}
