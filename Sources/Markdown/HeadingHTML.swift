import Outline

/// The `id` attribute of a heading rendered by cmark: only for a text nested deeper than its
/// blocks keep (PG304/PG305), whose page is cmark-gfm's own HTML.
enum HeadingHTML {
    /// `<h2>Data</h2>\n` → `<h2 id="data">Data</h2>\n`.
    /// Without CMARK_OPT_SOURCEPOS cmark writes `<hN>` with no attributes, so the id goes
    /// right after `<hN`.
    /// Ids are made only of letters, marks, digits, `-` and `_` (validated custom ids, or slugs
    /// with a numeric suffix), so they need no escaping; anything else is a bug, and stops here.
    static func insertingID(_ id: String, into html: String) -> String {
        precondition(HeadingIDs.isValidCustomID(id), "heading id \(id.debugDescription) is not made of id characters")
        let bytes = html.utf8
        guard bytes.count > 3, bytes.starts(with: "<h".utf8),
              (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[bytes.index(bytes.startIndex, offsetBy: 2)]) else {
            fatalError("cmark-gfm rendered a heading as \(html.debugDescription)")
        }
        let tagEnd = bytes.index(bytes.startIndex, offsetBy: 3)
        var result = String(html[..<tagEnd])
        result.reserveCapacity(bytes.count + id.utf8.count + 6)
        result += " id=\""
        result += id
        result += "\""
        result += html[tagEnd...]
        return result
    }
}
