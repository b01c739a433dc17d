import Outline

/// A table column's alignment (`|---:|`) as a class, not cmark-gfm's `align` attribute,
/// which HTML5 made obsolete (the Nu validator reports it), nor its `style` option, which a
/// Content-Security-Policy without `'unsafe-inline'` blocks. The theme's stylesheet aligns
/// `pg-align-left`, `pg-align-center` and `pg-align-right`. The document and the redline
/// write the same attribute.
public enum CellAlignment {
    /// ` class="pg-align-right"`, or nothing for a column without alignment.
    public static func attribute(_ alignment: DocumentBlock.ColumnAlignment) -> String {
        alignment == .none ? "" : " class=\"pg-align-\(alignment)\""
    }

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
