import Diagnostics
@testable import Markdown
import Testing

/// Issue 21: a line of 100,000 nested list markers (`- - - … x`) starts 200,000 blocks, and
/// each block's column was counted from the line's start (5.3 s of CPU, ef323e1). The columns
/// are now counted on along the line: the bytes counted are held to the line's length.
@Suite struct BlockStartTests {
    @Test func aLineOfNestedListMarkersIsCountedOnce() {
        let line = "é " + String(repeating: "- ", count: 100_000) + "x"
        let positions = ParsedPositions(VariablePlaceholders(line), firstLine: 1)
        // Each marker starts a list and an item at its byte column; `é` is two bytes, one scalar.
        let places = (0..<100_000).flatMap { marker -> [(line: Int, column: Int)] in
            let column = 4 + 2 * marker
            return [(line: 1, column: column), (line: 1, column: column)]
        }
        var bytesRead = 0
        let points = positions.points(places, bytesRead: &bytesRead)
        #expect(bytesRead <= line.utf8.count)
        #expect(points.count == 200_000)
        #expect(points[0].column == 3)
        #expect(points[199_999].column == 3 + 2 * 99_999)
        #expect(points.allSatisfy { $0.line == 1 })
    }

    @Test func placesOnSeveralLinesAreEachCountedFromTheirLine() {
        let text = "- a\n  - b\n    - c\n"
        let positions = ParsedPositions(VariablePlaceholders(text), firstLine: 10)
        var bytesRead = 0
        let points = positions.points([(1, 1), (1, 3), (2, 3), (2, 5), (3, 5), (3, 7)], bytesRead: &bytesRead)
        #expect(points.map(\.line) == [10, 10, 11, 11, 12, 12])
        #expect(points.map(\.column) == [1, 3, 3, 5, 5, 7])
        #expect(bytesRead <= text.utf8.count)
    }

    /// The renderer places the blocks of such a line where they start.
    @Test func theBlocksOfALineOfMarkersStartAtTheirMarkers() {
        let (document, _) = render(String(repeating: "- ", count: 50) + "x", firstLine: 3)
        let columns = document.blockStarts.map(\.column)
        #expect(!columns.isEmpty)
        #expect(document.blockStarts.allSatisfy { $0.line == 3 })
        #expect(columns == columns.sorted())
        #expect(columns.first == 1)
    }
}
