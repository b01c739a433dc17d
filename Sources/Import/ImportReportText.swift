extension ImportReport {
    /// The report as `policygen import` prints it: headings per level, lists and tables, then
    /// each dropped piece and each repeated paragraph with its line.
    public var lines: [String] {
        var lines: [String] = []
        let levels = headingsPerLevel.map { "\($0.count) at level \($0.level)" }.joined(separator: ", ")
        lines.append("Headings: \(headings.count)" + (levels.isEmpty ? "" : " (\(levels))"))
        var lists = "Lists: \(self.lists), \(listItems) item\(listItems == 1 ? "" : "s")"
        if nestedLists > 0 { lists += ", \(nestedLists) nested" }
        lines.append(lists)
        if tables > 0 { lines.append("Tables: \(tables)") }
        lines.append("Dropped: \(dropped.count)")
        for piece in dropped {
            lines.append("  \(Self.place(piece.file, piece.line)) \(piece.reason.rawValue): \(Self.quoted(piece.text))")
        }
        lines.append("Repeated paragraphs kept once: \(repeated.count)")
        for paragraph in repeated {
            let first = paragraph.firstLine.map { ", first on line \($0)" } ?? ""
            lines.append("  \(Self.place(paragraph.file, paragraph.line))\(first): \(Self.quoted(paragraph.text))")
        }
        return lines
    }

    private static func place(_ file: String?, _ line: Int?) -> String {
        let where_ = line.map { "line \($0)" } ?? "-"
        return file.map { "\($0) \(where_)" } ?? where_
    }

    /// In quotes, cut to a line's worth.
    static func quoted(_ text: String) -> String {
        let limit = 72
        return "\"" + (text.count > limit ? text.prefix(limit - 1) + "…" : text) + "\""
    }
}
