import Foundation
import SafeHTML
import Testing
import TestSupport

/// The forbidden list, and the ways of smuggling it past a filter: whatever the input, the
/// output holds no element, attribute or URL that could run anything, and what was removed
/// is reported.
@Suite struct ForbiddenHTMLTests {
    @Test(arguments: [
        "<script>alert(1)</script>", "<style>body{display:none}</style>", "<iframe src=\"https://x.test\"></iframe>",
        "<object data=\"x.swf\"></object>", "<embed src=\"x.swf\">", "<form action=\"/x\"><input name=\"a\"></form>",
        "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>", "<math><mi>x</mi></math>", "<base href=\"https://evil.test/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.test\">", "<link rel=\"stylesheet\" href=\"x.css\">",
        "<textarea><b>x</b></textarea>", "<template><img src=x onerror=alert(1)></template>", "<noscript><p>x</p></noscript>",
        "<select><option>x</option></select>", "<button onclick=\"x()\">b</button>", "<video src=\"x.mp4\"></video>",
    ])
    func forbiddenElementsAreRemovedWithWhatTheyHold(html: String) throws {
        let sanitized = HTMLSanitizer.sanitize(authored(["before " + html + " after"]))
        try expectInert(sanitized.html)
        #expect(sanitized.html == "before  after")
        #expect(sanitized.removals.count >= 1)
    }

    @Test(arguments: ["onclick", "ONCLICK", "OnMouseOver", "onerror", "onfocus", "onanimationstart", "onpointerdown"])
    func eventHandlersAreRemovedInEveryCase(attribute: String) throws {
        let sanitized = HTMLSanitizer.sanitize(authored(["<span \(attribute)=\"alert(1)\">x</span><img src=\"a.png\" \(attribute)=alert(1)>"]))
        try expectInert(sanitized.html)
        #expect(sanitized.html == "<span>x</span><img src=\"a.png\" />")
        #expect(sanitized.removals.map(\.message) == ["\(attribute.lowercased()) from <span>", "\(attribute.lowercased()) from <img>"])
    }

    @Test func stylesAndClassesAreRemoved() throws {
        let sanitized = HTMLSanitizer.sanitize(authored(["<p style=\"background:url(javascript:alert(1))\" class=\"x\">t</p>"]))
        #expect(sanitized.html == "<p>t</p>")
        #expect(sanitized.removals.map(\.message) == ["style, class from <p>"])
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)",
        "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#0000106;avascript:alert(1)", "java&#x09;script:alert(1)",
        "java&#x0A;script:alert(1)", "java\nscript:alert(1)", "&#x20;javascript:alert(1)", "javascript&#58;alert(1)",
        "javascript&#x3A;alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", "data:image/svg+xml,<svg onload=alert(1)>",
        "file:///etc/passwd", "jav&#x61;script:alert(1)",
    ])
    func dangerousURLsAreRemoved(url: String) throws {
        for html in ["<a href=\"\(url)\">x</a>", "<img src=\"\(url)\">", "<q cite=\"\(url)\">x</q>", "<a href='\(url)'>x</a>"] {
            let sanitized = HTMLSanitizer.sanitize(authored([html]))
            try expectInert(sanitized.html)
            #expect(!sanitized.html.contains("href") && !sanitized.html.contains("src") && !sanitized.html.contains("cite"))
            #expect(sanitized.removals.count == 1)
        }
    }

    @Test(arguments: [
        "<scr<script>ipt>alert(1)</scr</script>ipt>", "<<script>script>alert(1)<</script>/script>",
        "<img src=x onerror=alert(1)//", "<a href=\"javascript:alert(1)", "<div <script>alert(1)</script>",
        "</script><script>alert(1)</script>", "<img/src=x/onerror=alert(1)>", "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "<math><mtext><script>alert(1)</script></mtext></math>",
        "<!--><script>alert(1)</script>-->", "<!-- --!><script>alert(1)</script>-->", "<!--[if IE]><script>alert(1)</script><![endif]-->",
        "<![CDATA[<script>alert(1)</script>]]>", "<?xml version=\"1.0\"?><script>alert(1)</script>",
        "<p title=\"</p><script>alert(1)</script>\">x</p>", "<a href=\"#\" title='\"><script>alert(1)</script>'>x</a>",
        "<SCRIPT SRC=//evil.test/x.js></SCRIPT>", "<ScRiPt>alert(1)</sCrIpT>", "<script/x>alert(1)</script>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "<b><i><u><script>alert(1)</script></u></i></b>",
        "<table><tr><td><style>*{}</style><script>alert(1)</script>", "<details open ontoggle=alert(1)>",
        "<a href=\"java\u{0}script:alert(1)\">x</a>", "<img src=\"x\" alt=\"\" onerror=\"alert(1)\"/onload=alert(2)>",
        "<meta charset=\"utf-16\"><b>still utf-8: é</b>", "<plaintext><script>alert(1)</script>", "<xmp><script>alert(1)</script></xmp>",
        "<noembed><script>alert(1)</script></noembed>", "<select><style></select><img src=x onerror=alert(1)></style>",
        "<style><img src=x onerror=alert(1)></style>", "<textarea></textarea><script>alert(1)</script>",
    ])
    func smuggledMarkupIsInert(html: String) throws {
        let sanitized = HTMLSanitizer.sanitize(authored([html]))
        try expectInert(sanitized.html)
        #expect(!sanitized.html.lowercased().contains("<script"))
        #expect(!sanitized.html.contains("alert(1)</") || !sanitized.html.contains("<script"))
    }

    @Test func aMetaCharsetDoesNotChangeHowTheRestIsRead() {
        #expect(HTMLSanitizer.sanitize(authored: "<meta charset=\"iso-8859-1\"><b>é ü</b>") == "<b>é ü</b>")
    }

    /// Pieces of every kind, put together in many orders: whatever the mix, nothing runs.
    @Test func mixedPiecesAreInertInEveryOrder() throws {
        let pieces = [
            "<a href=\"", "javascript:alert(1)", "\">", "<script>", "</script>", "<!--", "-->", "<img src=x onerror=",
            "alert(1)>", "<svg>", "<style>", "'", "\"", "<div title='", "<p", ">", "&#106;", "<b>", "</b>", "<iframe>",
        ]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<400 {
            var document = MixedHTML()
            for _ in 0..<6 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let piece = pieces[Int(seed >> 33) % pieces.count]
                if seed & 1 == 0 { document.appendAuthored(piece.utf8) } else { document.appendRendered("<p>ok</p>\n".utf8) }
            }
            try expectInert(HTMLSanitizer.sanitize(document).html)
        }
    }
}

/// Whether `html` holds anything that could run: an element outside the allowlist, an
/// attribute outside it, or a URL with a scheme other than http(s), mailto and tel.
func expectInert(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let allowed: Set<String> = [
        "html", "body", "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
        "section", "input",
    ]
    guard !html.isEmpty else { return }
    let document = try HTMLDocument("<body>" + html + "</body>")
    for element in try document.select("//*") {
        #expect(allowed.contains(element.name), "element <\(element.name)> in \(html)", sourceLocation: sourceLocation)
        for (name, value) in element.attributes {
            #expect(!name.hasPrefix("on") && name != "style" && name != "srcdoc" && !name.contains(":"),
                    "attribute \(name) in \(html)", sourceLocation: sourceLocation)
            if ["href", "src", "cite", "action", "formaction", "data"].contains(name) {
                let scheme = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                    .filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }.prefix { $0 != ":" && $0 != "/" && $0 != "#" && $0 != "?" }
                let hasScheme = value.contains(":") && !scheme.isEmpty && value.lowercased().filter { !$0.isWhitespace }.hasPrefix(scheme + ":")
                #expect(!hasScheme || ["http", "https", "mailto", "tel"].contains(scheme), "URL \(value) in \(html)",
                        sourceLocation: sourceLocation)
            }
        }
    }
}

/// libxml2 looks through its open elements for every end tag that closes none of them: the
/// sanitizer stops at a depth that keeps that linear, and then publishes the renderer's
/// markup alone.
@Suite struct DeepHTMLTests {
    @Test func elementsNestedTooDeepLeaveTheTextsHTMLOut() throws {
        var document = MixedHTML()
        document.appendRendered("<p>Kept text.</p>\n".utf8)
        document.appendAuthored((String(repeating: "<span>", count: 5_000) + String(repeating: "</div>", count: 5_000)).utf8)
        document.appendRendered("<p>After.</p>\n".utf8)
        document.appendAuthored("<script>alert(1)</script>".utf8)
        let sanitized = HTMLSanitizer.sanitize(document)
        #expect(sanitized.html == "<p>Kept text.</p>\n<p>After.</p>\n")
        #expect(sanitized.removals.map(\.message) == ["all of the text's HTML: its elements nest more than 256 deep"])
        #expect(sanitized.removals.first?.piece == 0)
    }

    @Test func nestingUpToTheLimitIsKept() throws {
        let html = String(repeating: "<span>", count: 200) + "x" + String(repeating: "</span>", count: 200)
        #expect(HTMLSanitizer.sanitize(authored: html) == html)
    }
}
