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
        """, config: "html: none"))
        #expect(run.locations(.rawHTMLDropped) == [
            "content/privacy/v1/en.md:7:1",
            "content/privacy/v1/en.md:11:15",
            "content/privacy/v1/en.md:11:64",
            "content/privacy/v1/en.md:11:79",
            "content/privacy/v1/en.md:13:11",
            "content/privacy/v1/en.md:17:12",
            "content/privacy/v1/en.md:17:31",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.rawHTMLDropped).first == "the raw HTML '<div class=\"notice\">' is left out of the page: html is none")
    }

    @Test func aStrayClosingTagIsReported() throws {
        let run = try CheckRun(englishSite("""
        We keep records for six years.</p>
        """, config: "html: none"))
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
        """, config: "html: none"))
        #expect(run.locations(.rawHTMLDropped) == ["content/privacy/v1/en.md:5:1"], Comment(rawValue: run.report))
    }

    @Test(arguments: ["unsafe_html: true", "html: trusted"])
    func nothingIsReportedWhenHTMLIsTrusted(config: String) throws {
        let run = try CheckRun(englishSite("""
        <div class="notice" onclick="x()">Call us.</div>

        Open <b>weekdays</b>.
        """, config: config))
        #expect(run.locations(.rawHTMLDropped).isEmpty, Comment(rawValue: run.report))
    }

    /// `html: safe`, the default: only what the sanitizer removed, where it is written; the
    /// allowed elements (`br`, `abbr`, `sup`) are published and not reported.
    @Test func whatTheSanitizerRemovesIsReportedWhereItIsWritten() throws {
        let run = try CheckRun(englishSite("""
        ## Contact

        <div class="notice">
        Call us on weekdays.
        </div>

        Our office is <span class="address">at the harbour</span>, open<br>on weekdays<br>only.

        - Ask for <abbr title="Data Protection Officer">the DPO</abbr>.

        | Channel | Hours |
        |---|---|
        | Phone | 9<sup>00</sup> to 17<sup>00</sup> <script>track()</script> |

        <!-- layout --> <center>Notice</center> and a stray end tag.</p>
        """))
        #expect(run.locations(.rawHTMLDropped) == [
            "content/privacy/v1/en.md:7:1",
            "content/privacy/v1/en.md:11:15",
            "content/privacy/v1/en.md:17:45",
            "content/privacy/v1/en.md:19:17",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.rawHTMLDropped) == [
            "the HTML sanitizer removed class from <div>", "the HTML sanitizer removed class from <span>",
            "the HTML sanitizer removed <script> and what it holds", "the HTML sanitizer removed the tag <center> (its text is kept)",
        ])
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
