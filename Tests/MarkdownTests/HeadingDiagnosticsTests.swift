import Diagnostics
import Markdown
import Testing

@Suite struct HeadingDiagnosticsTests {
    private let path = "content/privacy/v1/en.md"

    @Test func duplicateCustomIDIsReportedAtTheSecondHeadingInFileCoordinates() {
        // The body starts on line 5 of the file (after front-matter).
        let result = render("Intro.\n\n## Contact {#contact}\n\n## Write to us {#contact}\n", firstLine: 5)
        #expect(result.diagnostics.count == 1)
        let diagnostic = try! #require(result.diagnostics.first)
        #expect(diagnostic.code == .duplicateHeadingID)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(path: path, line: 9, column: 1))
        #expect(diagnostic.description
            == "content/privacy/v1/en.md:9:1: error: the heading id {#contact} is already used on line 7 [PG300]")
    }

    @Test func everyRepeatIsReportedAgainstTheFirstUse() {
        let result = render("## A {#x}\n## B {#x}\n## C {#x}\n", firstLine: 5)
        #expect(result.diagnostics.map(\.code) == [.duplicateHeadingID, .duplicateHeadingID])
        #expect(result.diagnostics.map(\.location.line) == [6, 7])
        #expect(result.diagnostics.allSatisfy { $0.message.hasSuffix("line 5") })
    }

    @Test func malformedCustomIDIsReportedWithTheHeadingsColumn() {
        let result = render("Intro.\n\n> ## Bad {#not valid}\n", firstLine: 5)
        let diagnostic = try! #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.code == .invalidHeadingID)
        #expect(diagnostic.location == SourceLocation(path: path, line: 7, column: 3))
        #expect(diagnostic.description == "content/privacy/v1/en.md:7:3: error: the heading id {#not valid} "
            + "may only contain letters, digits, '-' and '_' [PG301]")
        #expect(diagnostic.hint?.contains("{#not-valid}") == true)
    }

    @Test func malformedCustomIDStaysVisibleAndTheHeadingGetsAnAutomaticID() {
        let result = render("## Prices {#a.b}\n")
        #expect(result.document.html == "<h2 id=\"prices-ab\">Prices {#a.b}</h2>\n")
        #expect(result.document.headings.first?.isCustomID == false)
    }

    @Test(arguments: ["{#}", "{#two words}", "{#a.b}", "{#a/b}", "{#\"q\"}", "{#a&b}"])
    func malformedMarkers(marker: String) {
        let result = render("   ## Heading \(marker)\n", firstLine: 5)
        #expect(result.diagnostics.map(\.code) == [.invalidHeadingID])
        #expect(result.diagnostics.first?.location == SourceLocation(path: path, line: 5, column: 4))
    }

    @Test func columnInsideAListItem() {
        let result = render("- ## A {#x}\n- ## B {#x}\n", firstLine: 5)
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: path, line: 6, column: 3)])
    }

    @Test func setextHeadingIsReportedAtItsFirstLine() {
        let result = render("## A {#x}\n\nSecond\nheading {#x}\n---\n", firstLine: 5)
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: path, line: 7, column: 1)])
    }

    @Test func cleanDocumentHasNoDiagnostics() {
        #expect(render("## A {#a}\n\n## A\n\n## a-1 {#b}\n").diagnostics.isEmpty)
    }
}
