import Diagnostics
import Testing

@Suite struct DiagnosticOrderTests {
    private func diagnostic(_ path: String, _ line: Int? = nil, _ column: Int? = nil,
                            _ message: String = "m", severity: Severity = .error) -> Diagnostic {
        Diagnostic(severity, .invalidValue, at: SourceLocation(path: path, line: line, column: column), message)
    }

    @Test func sortedByPathThenLineThenColumn() {
        let expected = [
            diagnostic("content/a.md", 2, 1),
            diagnostic("content/a.md", 2, 9),
            diagnostic("content/a.md", 2, 10),   // numbers, not text: 10 after 9
            diagnostic("content/a.md", 10, 1),
            diagnostic("content/b.md", 1, 1),
            diagnostic("policygen.yaml", 1, 5),
        ]
        let shuffled = [expected[5], expected[3], expected[1], expected[4], expected[0], expected[2]]
        #expect(shuffled.sortedForReport() == expected)
        #expect(expected.reversed().sortedForReport() == expected)
    }

    @Test func aWholeFileDiagnosticComesBeforeThoseAtAPosition() {
        let whole = diagnostic("content/a.md")
        let positioned = diagnostic("content/a.md", 1, 1)
        let lineOnly = diagnostic("content/a.md", 1)
        #expect([positioned, lineOnly, whole].sortedForReport() == [whole, lineOnly, positioned])
    }

    @Test func theMessageBreaksTiesAtTheSamePosition() {
        let b = diagnostic("a.md", 3, 4, "b comes second")
        let a = diagnostic("a.md", 3, 4, "a comes first")
        #expect([b, a].sortedForReport() == [a, b])
    }

    @Test func sortingIsByLocationNotBySeverityOrCode() {
        let laterError = diagnostic("b.md", 1, 1, severity: .error)
        let earlierWarning = diagnostic("a.md", 5, 1, severity: .warning)
        #expect([laterError, earlierWarning].sortedForReport() == [earlierWarning, laterError])
    }

    @Test func sourceLocationsCompareByPathThenLineThenColumn() {
        #expect(SourceLocation(path: "a", line: 9, column: 9) < SourceLocation(path: "b", line: 1, column: 1))
        #expect(SourceLocation(path: "a", line: 1, column: 9) < SourceLocation(path: "a", line: 2, column: 1))
        #expect(SourceLocation(path: "a", line: 2, column: 1) < SourceLocation(path: "a", line: 2, column: 2))
        #expect(!(SourceLocation(path: "a", line: 2, column: 2) < SourceLocation(path: "a", line: 2, column: 2)))
    }

    @Test func hasErrorsOnlyWithAnError() {
        #expect(![Diagnostic]().hasErrors)
        #expect(![diagnostic("a", severity: .warning), diagnostic("b", severity: .info)].hasErrors)
        #expect([diagnostic("a", severity: .warning), diagnostic("b", severity: .error)].hasErrors)
        #expect([Diagnostic.error(.notUTF8, at: SourceLocation(path: "x"), "bad")].hasErrors)
        #expect(![Diagnostic.warning(.missingString, at: SourceLocation(path: "x"), "gap")].hasErrors)
    }

    @Test func aLocationWithALineButNoColumnPrintsColumnOne() {
        #expect(SourceLocation(path: "f.yaml", line: 4).description == "f.yaml:4:1")
        #expect(SourceLocation(path: "f.yaml", line: 4, column: 7).description == "f.yaml:4:7")
    }
}
