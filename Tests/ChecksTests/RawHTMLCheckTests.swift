import Testing

@Suite struct RawHTMLCheckTests {
    @Test func blocksAndInlineTagsAreReportedWhereTheyAreWritten() throws {
        let run = try CheckRun(englishSite("""
        ## Contact

        <div class="notice">
        Call us on weekdays.
        </div>

        Our office is <span class="address">at the harbour</span>, open<br>on weekdays<br>only.

        - Ask for <abbr title="Data Protection Officer">the DPO</abbr>.

        | Channel | Hours |
        |---|---|
        | Phone | 9<sup>00</sup> to 17<sup>00</sup> |
        """))
        #expect(run.locations(.rawHTMLDropped) == [
            "content/privacy/v1/en.md:7:1",
            "content/privacy/v1/en.md:11:15",
            "content/privacy/v1/en.md:11:64",
            "content/privacy/v1/en.md:11:79",
            "content/privacy/v1/en.md:13:11",
            "content/privacy/v1/en.md:17:12",
            "content/privacy/v1/en.md:17:31",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.rawHTMLDropped).first == "the raw HTML '<div class=\"notice\">' is left out of the page: unsafe_html is off")
    }

    @Test func aStrayClosingTagIsReported() throws {
        let run = try CheckRun(englishSite("""
        We keep records for six years.</p>
        """))
        #expect(run.locations(.rawHTMLDropped) == ["content/privacy/v1/en.md:5:31"], Comment(rawValue: run.report))
    }

    @Test func commentsAreHarmless() throws {
        let run = try CheckRun(englishSite("""
        <!-- Reviewed by counsel in March. -->

        <!-- policygen-ignore PG207 -->
        #### Annex

        Retention <!-- check with the archive team --> is six years.

        <!--
        A longer note,
        on several lines.
        -->
        """))
        #expect(run.locations(.rawHTMLDropped).isEmpty, Comment(rawValue: run.report))
    }

    @Test func htmlAfterACommentInOneBlockIsReported() throws {
        let run = try CheckRun(englishSite("""
        <!-- layout --> <center>Notice</center>
        """))
        #expect(run.locations(.rawHTMLDropped) == ["content/privacy/v1/en.md:5:1"], Comment(rawValue: run.report))
    }

    @Test func nothingIsReportedWhenUnsafeHTMLIsOn() throws {
        let run = try CheckRun(englishSite("""
        <div class="notice">Call us.</div>

        Open <b>weekdays</b>.
        """, config: "unsafe_html: true"))
        #expect(run.locations(.rawHTMLDropped).isEmpty, Comment(rawValue: run.report))
    }

    @Test func codeAndEscapedTagsAreNotHTML() throws {
        let run = try CheckRun(englishSite("""
        Write `<b>` in code, or \\<b> escaped, or &lt;b&gt; as entities.

        ```html
        <div>an example</div>
        ```
        """))
        #expect(run.locations(.rawHTMLDropped).isEmpty, Comment(rawValue: run.report))
    }
}
