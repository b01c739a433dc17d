import Build
import BuildCache
import Checks
import Diagnostics
import Testing

@Suite struct TextFindingsCodingTests {
    @Test func findingsReadBackAsTheyWereWritten() throws {
        let path = "content/privacy/v2/en.md"
        let findings = TextFindings(
            findings: [
                .warning(.placeholder, at: SourceLocation(path: path, line: 12, column: 5), "unfilled placeholder '[10]'",
                         hint: "write the value"),
                .error(.brokenAnchor, at: SourceLocation(path: path, line: 3, column: 1), "no heading has the id 'x'"),
            ],
            suppressions: [SuppressedCodes(codes: ["PG205"], lines: nil), SuppressedCodes(codes: ["PG202", "PG203"], lines: 7...9)],
            siteLinks: [WrittenLink(destination: "@/terms#liability", location: SourceLocation(path: path, line: 4, column: 2))],
            rootLinks: [WrittenLink(destination: "/articles/1", location: SourceLocation(path: path, line: 5, column: 9))],
            headings: [PlacedHeading(level: 2, id: "scope", isCustomID: true, text: "Scope 日本",
                                     location: SourceLocation(path: path, line: 1, column: 1))],
            footnoteLabels: ["1", "note"], htmlIDs: ["annex-a"], sameBlocksAsPrevious: false)
        #expect(TextFindings(cached: findings.encoded()) == findings)
        #expect(TextFindings(cached: TextFindings().encoded()) == TextFindings())
        let same = TextFindings(sameBlocksAsPrevious: true)
        #expect(TextFindings(cached: same.encoded())?.sameBlocksAsPrevious == true)
    }

    @Test func aDamagedEntryIsNoEntry() {
        let bytes = TextFindings(footnoteLabels: ["1"]).encoded()
        #expect(TextFindings(cached: Array(bytes.dropLast())) == nil)
        #expect(TextFindings(cached: bytes + [0]) == nil)
        #expect(TextFindings(cached: Array("policygen text checks 0".utf8)) == nil)
    }
}
