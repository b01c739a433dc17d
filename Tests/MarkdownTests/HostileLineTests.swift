@testable import Config
import Diagnostics
@testable import Markdown
import Testing

/// Issue 21: long lines of thousands of references or links. Each `{{` looked for its `}}` to
/// the end of the line, each reference counted its column from the line's start, and each
/// autolink was looked for again from its block's start: the square of the line's length.
/// What is read is counted, and the positions, which a search cut short would get wrong.
@Suite struct HostileLineTests {
    private let variables = VariableTree(["a": .text("x"), "mail": .text("privacy@example.com")])

    @Test func aLineOfUnclosedBracesIsReadOnce() {
        let text = String(repeating: "{{ ", count: 100_000)
        let references = VariableReferences(in: text)
        #expect(references.occurrences.count == 100_000)
        #expect(references.occurrences.allSatisfy { $0.kind == .malformed })
        #expect(references.occurrences.last?.column == 3 * 99_999 + 1)
        #expect(references.closingBytesRead <= text.utf8.count + 1)
    }

    @Test func aLineOfReferencesIsReadOnceAndEachHasItsColumn() {
        let line = "é " + String(repeating: "{{ a }} ", count: 50_000) + "{{ a"
        let references = VariableReferences(in: "first\n" + line + "\nnext {{ a }}")
        #expect(references.occurrences.count == 50_002)
        #expect(references.occurrences[49_999].column == 3 + 8 * 49_999)
        #expect(references.occurrences[50_000].kind == .malformed)
        #expect(references.occurrences[50_001].line == 3)
        #expect(references.occurrences[50_001].column == 6)
        #expect(references.closingBytesRead <= 2 * line.utf8.count)
    }

    @Test func aLineOfValuesRendersAndPlacesAnUndefinedOneAtItsColumn() {
        let text = String(repeating: "{{ a }} ", count: 20_000) + "{{ b }}"
        let (document, diagnostics) = render(text, variables: variables)
        #expect(document.html.count(where: { $0 == "x" }) == 20_000)
        #expect(diagnostics.map(\.code) == [.undefinedVariable])
        #expect(diagnostics.first?.location.column == 8 * 20_000 + 1)
    }

    @Test func aLineOfAutolinksPlacesEachAtItsColumn() {
        let count = 20_000
        let text = "日本 " + String(repeating: "www.a.com ", count: count)
        let (document, _) = render(text)
        #expect(document.links.count == count)
        #expect(document.links.enumerated().allSatisfy { index, link in
            link.start.line == 1 && link.start.column == 4 + 10 * index
        })
    }

    @Test func autolinksAcrossTheLinesOfOneParagraphAreEachFoundAfterTheOneBefore() {
        // Two different addresses alternating over 5,000 lines, the bracketed ones at their `<`,
        // and one whose text is not written as such (an entity), which keeps cmark's place.
        var lines: [String] = []
        for index in 0..<5_000 {
            lines.append(index % 2 == 0 ? "see www.a.com and <https://b.example/x> here"
                                        : "and https://b.example/x or www.a.com")
        }
        lines.append("<https://c.example/?a&amp;b> www.a.com")
        let (document, _) = render(lines.joined(separator: "\n"), firstLine: 3)
        #expect(document.links.count == 10_002)
        let placed = document.links.map { "\($0.start.line):\($0.start.column)" }
        for index in 0..<5_000 {
            let line = 3 + index
            let expected = index % 2 == 0 ? ["\(line):5", "\(line):19"] : ["\(line):5", "\(line):28"]
            #expect(Array(placed[2 * index..<2 * index + 2]) == expected)
        }
        #expect(placed.contains("5003:30"))
    }
}
