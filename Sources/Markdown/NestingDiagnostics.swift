import Diagnostics

/// PG304 where a text nests deeper than its blocks keep, PG305 where keeping its nesting
/// would cost more than its length allows (`BlockReader`).
enum NestingDiagnostics {
    static func check(_ nesting: BlockReader.Nesting, positions: ParsedPositions, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func location(_ point: (line: Int, column: Int)) -> SourceLocation {
            let point = positions.point(line: point.line, byteColumn: point.column)
            return SourceLocation(path: path, line: point.line, column: point.column)
        }
        if let deep = nesting.tooDeep {
            diagnostics.append(.warning(
                .deepNesting, at: location(deep),
                "formatting, lists or quotes nested more than \(NestingPath<Int>.deepest) levels deep: the page shows "
                    + "them as written, but a comparison with another version shows what is deeper at that depth",
                hint: "nest less deeply; an unclosed `*`, `[` or `>` repeated on a line nests once per mark"))
        }
        if let heavy = nesting.overBudget {
            diagnostics.append(.error(
                .nestingTooCostly, at: location(heavy),
                "from this block on, the text nests formatting, lists or quotes so deeply and so often that "
                    + "comparing it would take time or memory out of proportion to its length",
                hint: "nest less deeply: each span of text, and each block, holds every level of formatting or list around it"))
        }
        return diagnostics
    }
}
