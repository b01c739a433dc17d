import BlockHTML

/// cmark-gfm writes a column's alignment as an `align` attribute; a cell's class says it
/// (`ColumnAlignmentClass`). Only for a text nested deeper than its blocks keep (PG304/PG305),
/// whose page is cmark-gfm's own HTML; every other text's cells are written with their class.
enum CellAlignment {
    /// cmark's HTML with `<td align="right">` (and th, left, center) written as classes.
    static func classes(in html: String) -> String {
        let marker = " align=\""
        guard html[...].firstRange(ofBytes: marker) != nil else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let open = rest.firstRange(ofBytes: marker) {
            let before = rest[..<open.lowerBound]
            let value = rest[open.upperBound...].prefix { $0 != "\"" }
            let isCell = before.hasSuffix("<td") || before.hasSuffix("<th")
            guard isCell, ["left", "center", "right"].contains(value) else {
                result += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            result += before
            result += " class=\"pg-align-\(value)\""
            rest = rest[rest.index(open.upperBound, offsetBy: value.count + 1)...]
        }
        return result + rest
    }
}
