import Testing
import TestSupport

/// Pins the libxml2 2.9 (HTML4-era parser) behaviour documented on `HTMLDocument`,
/// so a libxml2 upgrade that changes it shows up here and not as a puzzle elsewhere.
@Suite struct HTMLParserQuirkTests {
    /// "p(nav)" style outline of an element's element tree.
    func outline(_ element: HTMLElement) -> String {
        element.children.isEmpty ? element.name : element.name + "(" + element.children.map(outline).joined(separator: " ") + ")"
    }

    func body(_ html: String) throws -> String {
        try #require(try HTMLDocument(html).first("/html/body")).children.map(outline).joined(separator: " ")
    }

    @Test func unknownAndHTML5ElementsAreOrdinaryElements() throws {
        #expect(try body("<foo-bar><p>x</p></foo-bar><weird>y</weird>") == "foo-bar(p) weird")
        #expect(try body("<main><article><h2>a</h2><section><h3>b</h3></section></article></main>")
            == "main(article(h2 section(h3)))")
    }

    @Test func namesAreLowercasedAndNamespacesIgnored() throws {
        let page = try HTMLDocument(#"<NAV Class="Up"><A HREF="/x">X</A></NAV><svg viewBox="0 0 1 1"><path d="M0"/></svg>"#)
        #expect(try page.first("//nav")?.attributes == ["class": "Up"])
        #expect(try page.select("//NAV").isEmpty)
        #expect(try page.strings("//a/@href") == ["/x"])
        #expect(try page.strings("//svg/path/@d") == ["M0"])
    }

    @Test(arguments: ["div", "ul", "h2", "blockquote", "p"])
    func paragraphIsClosedByHTML4Blocks(_ block: String) throws {
        #expect(try body("<p>a<\(block)>b</\(block)>").hasPrefix("p \(block)"))
    }

    @Test(arguments: ["nav", "main", "header", "footer", "section", "article", "aside", "details", "figure"])
    func paragraphIsNotClosedByHTML5Blocks(_ block: String) throws {
        #expect(try body("<p>a<\(block)>b</\(block)>") == "p(\(block))")
    }

    @Test func blocksInsideHTML5ContainersStayInside() throws {
        #expect(try body("<nav><p>a</p><ul><li>x</li></ul></nav>") == "nav(p ul(li))")
        #expect(try body("<header><h1>t</h1><p>x</header><main><p>a<h2>b</h2></main>") == "header(h1 p) main(p h2)")
    }

    @Test func html5ElementInHeadStaysInHead() throws {
        let page = try HTMLDocument("<head><title>t</title><nav>n</nav></head><body>b</body>")
        #expect(try page.first("/html/head")?.children.map(\.name) == ["title", "nav"])
    }

    @Test func fragmentsAndBareTextGetImpliedElements() throws {
        #expect(try body("just text") == "p")
        #expect(try HTMLDocument("<time datetime=2024-01-01>Jan</time>").first("/html/body/time")?["datetime"] == "2024-01-01")
    }

    @Test func textKeepsSourceWhitespace() throws {
        let page = try HTMLDocument("<main>\n  <h2>x</h2>\n  text\n</main>")
        #expect(try page.first("//main")?.text == "\n  x\n  text\n")
    }

    @Test func onlyHTML4EntitiesAreDecoded() throws {
        let page = try HTMLDocument("<p>&nbsp;&rsquo;&apos;&hellip;&amp;|&NewLine;&foo;</p>")
        #expect(try page.first("//p")?.text == "\u{A0}\u{2019}'\u{2026}&|&NewLine;&foo;")
    }

    @Test func firstOfRepeatedAttributesWins() throws {
        #expect(try HTMLDocument("<p id=a id=b>x</p>").first("//p")?.attributes == ["id": "a"])
    }
}
