import Markdown
import Testing

@Suite struct RawHTMLTests {
    private let script = "<script>alert(1)</script>\n\nText with <b>bold</b>.\n"

    @Test func noneModeOmitsRawHTML() {
        #expect(html(script, mode: .none) == """
            <!-- raw HTML omitted -->
            <p>Text with <!-- raw HTML omitted -->bold<!-- raw HTML omitted -->.</p>

            """)
    }

    @Test func unsafeModeRendersRawHTMLButTheTagFilterDefusesScript() {
        // tagfilter rewrites the `<` of disallowed tags (script, iframe, style, …) only.
        #expect(html(script, mode: .trusted) == """
            &lt;script>alert(1)&lt;/script>
            <p>Text with <b>bold</b>.</p>

            """)
        #expect(html("See <iframe src=\"x\"></iframe> and <em>ok</em>\n", mode: .trusted)
            == "<p>See &lt;iframe src=\"x\">&lt;/iframe> and <em>ok</em></p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:msgbox", "file:///etc/passwd",
                      "data:text/html,<b>x</b>"])
    func dangerousLinkTargetsAreEmptiedInSafeMode(target: String) {
        #expect(html("[x](\(target))\n") == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func angleBracketAutolinkToJavascriptIsEmptied() {
        #expect(html("<javascript:alert(1)>\n") == "<p><a href=\"\">javascript:alert(1)</a></p>\n")
    }

    @Test func imageDataURLsAreKept() {
        #expect(html("![dot](data:image/png;base64,AA)\n") == "<p><img src=\"data:image/png;base64,AA\" alt=\"dot\" /></p>\n")
    }

    /// CMARK_OPT_UNSAFE also turns cmark's URL filter off: with `unsafe_html: true` a
    /// `javascript:` link is written as is. Recorded here so a change is noticed.
    @Test func unsafeModeKeepsDangerousLinkTargets() {
        #expect(html("[x](javascript:alert(1))\n", mode: .trusted) == "<p><a href=\"javascript:alert(1)\">x</a></p>\n")
    }
}
