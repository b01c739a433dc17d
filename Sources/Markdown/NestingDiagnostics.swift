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

/// PG306: a text of more nodes than `NodeBudget.limit`, or more `@` than its `atSignLimit`,
/// refused before anything of it is made.
enum NodeBudgetDiagnostic {
    static func refusal(_ excess: NodeBudget.Excess, positions: ParsedPositions, path: String) -> Diagnostic {
        let place = positions.point(line: excess.line, byteColumn: excess.column)
        let what = excess.limit == .atSigns
            ? "more than \(NodeBudget.atSignLimit) `@` (each a possible e-mail address, which cmark-gfm's autolinks make costly)"
            : "more than \(NodeBudget.limit) Markdown elements (paragraphs, list items, links, emphasis, runs of text)"
        return .error(
            .tooManyNodes, at: SourceLocation(path: path, line: place.line, column: place.column),
            "from here on the text holds \(what): building it would take time and memory out of proportion; "
                + "nothing of it is written",
            hint: "a policy holds far fewer; look for a line repeated many times, or split the text")
    }
}
