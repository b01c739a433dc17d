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

/// PG306: a text of more nodes than `NodeBudget.limit`, more `@` than its `atSignLimit`, or
/// more marks than `MarkupEstimate.limit`; PG307: a table row of more cells than
/// `TableWidth.limit`. Either is refused before anything of the text is made.
enum NodeBudgetDiagnostic {
    static func refusal(_ excess: NodeBudget.Excess, positions: ParsedPositions, path: String) -> Diagnostic {
        let place = positions.point(line: excess.line, byteColumn: excess.column)
        let location = SourceLocation(path: path, line: place.line, column: place.column)
        let what: String
        switch excess.limit {
        case .tableCells:
            return .error(
                .tableTooWide, at: location,
                "this table row has more than \(TableWidth.limit) cells: cmark-gfm's tables take time growing with "
                    + "the square of a row's cells; nothing of the text is written",
                hint: "split the table, or write its columns as rows")
        case .references:
            what = "more than \(NodeBudget.referenceLimit) `{{` (each a variable reference to look for, or a malformed one to report)"
        case .atSigns:
            what = "more than \(NodeBudget.atSignLimit) `@` (each a possible e-mail address, which cmark-gfm's autolinks make costly)"
        case .estimatedNodes:
            what = "more Markdown marks than \(MarkupEstimate.limit) (lines, list markers, runs of `*` `_` `~` and "
                + "backticks, brackets, `<`, `&`, `|`, web addresses, each weighed by the nodes cmark-gfm makes of it)"
        case .nodes:
            what = "more than \(NodeBudget.limit) Markdown elements (paragraphs, list items, links, emphasis, runs of text)"
        }
        return .error(
            .tooManyNodes, at: location,
            "from here on the text holds \(what): building it would take time and memory out of proportion; "
                + "nothing of it is written",
            hint: "a policy holds far fewer; look for a line repeated many times, or split the text")
    }
}
