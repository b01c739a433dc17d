import Diagnostics
import Markdown
import Testing

@Suite struct FootnoteIDTests {
    private let body = """
    ## fn a

    ## fnref a 2

    Text[^a] and again[^a].

    [^a]: A note.
    """

    @Test func automaticHeadingIDsStepAroundFootnoteIDs() {
        let (document, diagnostics) = render(body)
        #expect(diagnostics.isEmpty)
        #expect(document.headings.map(\.id) == ["fn-a-1", "fnref-a-2-1"])
        #expect(document.html.contains("<li id=\"fn-a\">"))
        #expect(document.html.contains("id=\"fnref-a-2\""))
        let ids = document.html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "every id in the page is unique: \(ids)")
    }

    @Test func aCustomIDTakenByAFootnoteIsAnError() throws {
        let (_, diagnostics) = render("Intro.\n\n## Notes {#fn-a}\n\nText[^a].\n\n[^a]: A note.\n", firstLine: 5)
        let problem = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(problem.code == .invalidHeadingID)
        #expect(problem.location == SourceLocation(path: "content/privacy/v1/en.md", line: 7, column: 1))
    }

    @Test func withoutFootnotesNothingIsReserved() {
        #expect(render("## fn a\n").document.headings.map(\.id) == ["fn-a"])
    }
}
