import SafeHTML
import Testing

/// Everything the allowlist names survives, as written.
@Suite struct AllowedHTMLTests {
    @Test(arguments: ["abbr", "b", "bdi", "cite", "code", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small",
                      "span", "strong", "sub", "sup", "u", "var", "del", "ins", "time"])
    func inlineElementsAreKept(name: String) {
        #expect(HTMLSanitizer.sanitize(authored: "<\(name)>x</\(name)>") == "<\(name)>x</\(name)>")
    }

    @Test(arguments: ["div", "p", "blockquote", "pre", "figure", "dl", "h2", "h6"])
    func blockElementsAreKept(name: String) {
        #expect(HTMLSanitizer.sanitize(authored: "<\(name)>x</\(name)>") == "<\(name)>x</\(name)>")
    }

    @Test func voidElementsAreWrittenAsCmarkWritesThem() {
        #expect(HTMLSanitizer.sanitize(authored: "a<br>b<BR/>c<wbr>d<hr>") == "a<br />b<br />c<wbr />d<hr />")
    }

    @Test func detailsAndSummaryKeepOpen() {
        #expect(HTMLSanitizer.sanitize(authored: "<details open><summary>More</summary>text</details>")
                == "<details open><summary>More</summary>text</details>")
    }

    @Test func tablePartsAndTheirAttributesAreKept() {
        let table = "<table><caption>c</caption><colgroup><col span=\"2\" /></colgroup><thead><tr><th scope=\"col\" colspan=\"2\">h</th></tr></thead>"
            + "<tbody><tr><td rowspan=\"2\" align=\"right\">a<br />b</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>"
        #expect(HTMLSanitizer.sanitize(authored: table) == table)
    }

    @Test func globalAttributesAreKept() {
        #expect(HTMLSanitizer.sanitize(authored: "<span id=\"x\" title=\"T &amp; C\" lang=\"fr\" dir=\"rtl\">y</span>")
                == "<span id=\"x\" title=\"T &amp; C\" lang=\"fr\" dir=\"rtl\">y</span>")
    }

    @Test func imagesKeepSourceAndDescription() {
        #expect(HTMLSanitizer.sanitize(authored: "<img src=\"/logo.png\" alt=\"Logo\" width=\"20\">")
                == "<img src=\"/logo.png\" alt=\"Logo\" width=\"20\" />")
    }

    @Test(arguments: ["https://example.com/a?b=1", "http://x.test", "mailto:dpo@example.com", "tel:+15550100",
                      "/privacy", "#contact", "../terms", "?q=1", "page.html"])
    func safeLinksAreKept(href: String) {
        #expect(HTMLSanitizer.sanitize(authored: "<a href=\"\(href)\">x</a>") == "<a href=\"\(href.replacingAmpersands)\">x</a>")
    }

    @Test func namedAnchorsBecomeIDs() {
        let sanitized = HTMLSanitizer.sanitize(authored(["<a name=\"old-section\"></a>"]))
        #expect(sanitized.html == "<a id=\"old-section\"></a>")
        #expect(sanitized.ids == ["old-section"])
        #expect(sanitized.removals.isEmpty)
    }

    @Test func entitiesAndTextAreEscapedAsCmarkDoes() {
        #expect(HTMLSanitizer.sanitize(authored: "<p>&copy; 2024 &lt;Acme&gt; &quot;us&quot; &amp; co</p>")
                == "<p>© 2024 &lt;Acme&gt; &quot;us&quot; &amp; co</p>")
    }

    @Test func commentsGoSilently() {
        let sanitized = HTMLSanitizer.sanitize(authored(["a<!-- note: <script>x</script> -->b"]))
        #expect(sanitized.html == "ab")
        #expect(sanitized.removals.isEmpty)
    }
}

func authored(_ pieces: [String]) -> MixedHTML {
    var document = MixedHTML()
    for piece in pieces { document.appendAuthored(piece.utf8) }
    return document
}

extension String {
    var replacingAmpersands: String { replacing("&", with: "&amp;") }
}
