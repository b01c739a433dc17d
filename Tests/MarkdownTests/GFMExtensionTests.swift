import Markdown
import Testing

@Suite struct GFMExtensionTests {
    @Test func commonMarkParagraphs() {
        #expect(html("Hello *world*.\n") == "<p>Hello <em>world</em>.</p>\n")
        #expect(html("") == "")
    }

    @Test func table() {
        #expect(html("| Data | Kept |\n|---|--:|\n| Email | 30 days |\n") == """
            <table>
            <thead>
            <tr>
            <th>Data</th>
            <th class="pg-align-right">Kept</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>Email</td>
            <td class="pg-align-right">30 days</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func strikethrough() {
        #expect(html("We ~~sell~~ never sell data.\n") == "<p>We <del>sell</del> never sell data.</p>\n")
    }

    @Test func bareURLsBecomeLinks() {
        #expect(html("See https://example.org/privacy and www.example.com.\n")
            == "<p>See <a href=\"https://example.org/privacy\">https://example.org/privacy</a> and "
            + "<a href=\"http://www.example.com\">www.example.com</a>.</p>\n")
        #expect(html("Write to privacy@example.com\n")
            == "<p>Write to <a href=\"mailto:privacy@example.com\">privacy@example.com</a></p>\n")
    }

    /// Each box is named by its item's text, so a screen reader does not meet an unnamed field.
    @Test func taskList() {
        #expect(html("- [ ] to do\n- [x] \"done\" & dusted\n  - [ ] nested\n") == """
            <ul>
            <li><input type="checkbox" disabled="" aria-label="to do" /> to do</li>
            <li><input type="checkbox" checked="" disabled="" aria-label="&quot;done&quot; &amp; dusted" /> &quot;done&quot; &amp; dusted
            <ul>
            <li><input type="checkbox" disabled="" aria-label="nested" /> nested</li>
            </ul>
            </li>
            </ul>

            """)
    }

    @Test func footnotes() {
        #expect(html("We keep logs.[^1]\n\n[^1]: For 30 days.\n") == """
            <p>We keep logs.<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-1">
            <p>For 30 days. <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func hardLineBreak() {
        #expect(html("one\\\ntwo\n") == "<p>one<br />\ntwo</p>\n")
    }
}
