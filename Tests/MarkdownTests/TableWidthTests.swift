import Diagnostics
@testable import Markdown
import Testing

/// Issue 21: cmark-gfm's tables take time growing with the square of a row's cells, so a table
/// row of more than `TableWidth.limit` cells is refused (PG307) before the parse.
@Suite struct TableWidthTests {
    private func row(_ cells: Int, _ text: String = "x") -> String {
        "|" + String(repeating: "\(text)|", count: cells) + "\n"
    }

    @Test func aWideRowUnderANarrowHeaderIsRefusedAtThePipePastTheLimit() {
        // Header and delimiter on lines 1-2, ten rows of two cells, then one of 5,000 on line
        // 13: its 257th pipe, at byte 512, opens cell 257.
        let text = "| a | b |\n|---|---|\n" + String(repeating: row(2), count: 10) + row(5_000) + row(2)
        let excess = TableWidth.exceeded(in: text)
        #expect(excess?.limit == .tableCells)
        #expect(excess?.line == 13)
        #expect(excess?.column == 513)
        let (document, diagnostics) = render(text, firstLine: 5)
        #expect(diagnostics.map(\.code) == [.tableTooWide])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location.line == 17)
        #expect(diagnostics.first?.location.column == 513)
        #expect(document.html.isEmpty)
    }

    @Test func aWideHeaderOrDelimiterRowIsRefused() {
        let header = row(300) + "|" + String(repeating: "-|", count: 300) + "\n" + row(300)
        #expect(TableWidth.exceeded(in: header)?.line == 1)
        let delimiter = "| a |\n|" + String(repeating: "-|", count: 300) + "\n"
        #expect(TableWidth.exceeded(in: delimiter)?.line == 2)
    }

    @Test func aRowOfExactlyTheLimitIsATable() {
        // 256 cells, with the leading and trailing pipes that add none.
        let text = row(256, "h") + "|" + String(repeating: "-|", count: 256) + "\n" + String(repeating: row(256), count: 3)
        #expect(TableWidth.exceeded(in: text) == nil)
        let (document, diagnostics) = render(text)
        #expect(diagnostics.isEmpty)
        #expect(document.html.components(separatedBy: "<td>").count - 1 == 3 * 256)
        #expect(document.html.components(separatedBy: "<th>").count - 1 == 256)
    }

    @Test func aRowOfOneCellTooManyWithoutOuterPipesIsRefused() {
        // 257 cells need only 256 pipes when the row has no leading or trailing one; the count
        // of the text's pipes, asked first, must not pass it over.
        let header = String(repeating: "a|", count: 256) + "a\n"
        #expect(TableWidth.exceeded(in: header + "-|-\n")?.line == 1)
        #expect(TableWidth.exceeded(in: "h|h\n-|-\n" + header)?.line == 3)
        #expect(TableWidth.exceeded(in: String(repeating: "a|", count: 255) + "a\n-|-\n") == nil)
    }

    @Test func pipesOutsideTablesAndAfterABlankLineAreNotCells() {
        // A line of many pipes in prose, and after a table's blank line, is no row.
        let prose = String(repeating: "a | ", count: 1_000) + "\n\n"
        let text = prose + "| a | b |\n|---|---|\n| x | y |\n\n" + prose
        #expect(TableWidth.exceeded(in: text) == nil)
        let (document, diagnostics) = render(text)
        #expect(!diagnostics.contains { $0.code == .tableTooWide })
        #expect(document.html.contains("<td>y</td>"))
    }

    /// A cookie table of a real policy: a dozen columns, escaped pipes, in a quote.
    @Test func aWideRealTableRenders() {
        let header = "> | " + (1...12).map { "Column \($0)" }.joined(separator: " | ") + " |\n"
        let delimiter = "> |" + String(repeating: " :--- |", count: 12) + "\n"
        let rows = (1...50).map { row in
            "> | " + (1...12).map { "cookie \\| \(row).\($0)" }.joined(separator: " | ") + " |\n"
        }.joined()
        let (document, diagnostics) = render(header + delimiter + rows)
        #expect(diagnostics.isEmpty)
        #expect(document.html.components(separatedBy: "<td").count - 1 == 600)
    }
}
