@testable import Diagnostics
import Testing

/// At most 100 diagnostics of one code for one text, then one line saying how many more.
@Suite struct DiagnosticCapTests {
    private func problem(_ code: DiagnosticCode, line: Int, _ severity: Severity = .error) -> Diagnostic {
        Diagnostic(severity, code, at: Diagnostics.SourceLocation(path: "content/privacy/v1/en.md", line: line, column: 1), "problem \(line)")
    }

    @Test func theFirstHundredOfACodeAreKeptAndTheRestToldInOneLine() {
        let many = (1...12_445).map { problem(.malformedVariable, line: $0) }
        let capped = DiagnosticCap.capped(many)
        #expect(capped.count == 101)
        #expect(capped.prefix(100).map(\.location.line) == Array(1...100))
        let last = capped[100]
        #expect(last.code == .malformedVariable)
        #expect(last.severity == .error)
        #expect(last.location.line == 101)
        #expect(last.message == "… and 12,345 more PG303 in this text")
        #expect(last.description == "content/privacy/v1/en.md:101:1: error: … and 12,345 more PG303 in this text [PG303]")
    }

    @Test func eachCodeHasItsOwnCapAndSeverity() {
        let mixed = (1...150).flatMap { [problem(.placeholder, line: $0, .warning), problem(.undefinedVariable, line: $0)] }
            + [problem(.duplicateHeadingID, line: 200)]
        let capped = DiagnosticCap.capped(mixed)
        #expect(capped.filter { $0.code == .placeholder }.count == 101)
        #expect(capped.filter { $0.code == .undefinedVariable }.count == 101)
        #expect(capped.filter { $0.code == .duplicateHeadingID }.count == 1)
        #expect(capped.first { $0.message.hasPrefix("… and 50 more PG202") }?.severity == .warning)
    }

    @Test func aHundredOrFewerAreLeftAsTheyAre() {
        let hundred = (1...100).map { problem(.placeholder, line: $0) }
        #expect(DiagnosticCap.capped(hundred) == hundred)
    }

    @Test func aDiagnosticLeftOutIsNeverMade() {
        // `admits` asks for the place of only the first one left out.
        var cap = DiagnosticCap(perCode: 2)
        var placesAsked = 0
        func place() -> Diagnostics.SourceLocation {
            placesAsked += 1
            return Diagnostics.SourceLocation(path: "a.md", line: 1)
        }
        let admitted = (1...10).map { _ in cap.admits(.placeholder, .warning, at: place()) }
        #expect(admitted == [true, true] + Array(repeating: false, count: 8))
        #expect(placesAsked == 1)
        #expect(cap.leftOut.map(\.message) == ["… and 8 more PG202 in this text"])
    }

    @Test func numbersAreGroupedInThousands() {
        #expect(DiagnosticCap.grouped(7) == "7")
        #expect(DiagnosticCap.grouped(1_000) == "1,000")
        #expect(DiagnosticCap.grouped(999_999) == "999,999")
        #expect(DiagnosticCap.grouped(12_345_678) == "12,345,678")
    }
}
