import Import
import Testing

@Suite struct HTMLReaderTests {
    private func read(_ html: String) -> ImportedDocument {
        HTMLReader.read(Array(html.utf8))
    }

    @Test func theFixturePageKeepsItsStructureAndDropsItsFurniture() throws {
        let document = try GoldenImportTests.imported("page.html").document
        #expect(document.title == "Privacy Policy")
        let levels = document.blocks.compactMap { if case .heading(let heading) = $0 { heading.level } else { nil } }
        #expect(levels == [2, 3, 2, 2])
        #expect(document.blocks.contains { if case .table(let table) = $0 { table.rows.count == 2 && table.header.count == 3 } else { false } })
        let reasons = Set(document.dropped.map(\.reason))
        #expect(reasons.isSuperset(of: [.cookieBanner, .footer, .scriptOrStyle, .tableOfContents, .relativeLink, .outsideContent]))
        #expect(document.dropped.contains { $0.reason == .relativeLink && $0.text == "terms → /legal/terms" })
    }

    @Test func emphasisLinksAndBreaksMapToInlines() {
        let document = read("<p>Read <em>this</em>, <b>that</b> and <a href='https://example.com/x'>the rules</a>.<br>Next <code>a|b</code></p>")
        #expect(document.blocks == [.paragraph([
            .text("Read "), .emphasis([.text("this")]), .text(", "), .strong([.text("that")]), .text(" and "),
            .link(destination: "https://example.com/x", [.text("the rules")]), .text("."), .lineBreak, .text("Next "),
            .code("a|b"),
        ])])
    }

    @Test func navigationScriptsStylesAndFootersAreDroppedWithoutAMain() {
        let document = read("""
        <html><head><title>Terms – Example</title><style>p{}</style></head><body>
        <nav>Home Products</nav><script>var x;</script>
        <h2>Scope</h2><p>These terms apply.</p>
        <footer>Copyright</footer></body></html>
        """)
        #expect(document.title == nil && document.pageTitle == "Terms", "the <title> without the site's name, apart from the text's own title")
        #expect(document.blocks == [.heading(ImportedHeading(level: 2, text: [.text("Scope")])), .paragraph([.text("These terms apply.")])])
        #expect(document.dropped.map(\.reason) == [.navigation, .scriptOrStyle, .footer])
    }

    @Test func headingLevelsCloseUpSkippedOnes() {
        let document = read("<h1>T</h1><h3>A</h3><p>x</p><h5>B</h5><p>y</p>")
        let levels = document.blocks.compactMap { if case .heading(let heading) = $0 { heading.level } else { nil } }
        #expect(levels == [2, 3])
    }

    @Test func aLayoutTableOfOneColumnIsItsText() {
        let document = read("<table><tr><td>First part.</td></tr><tr><td>Second part.</td></tr></table>")
        #expect(document.blocks == [.paragraph([.text("First part.")]), .paragraph([.text("Second part.")])])
    }
}
