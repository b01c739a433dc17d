import Outline

/// The `id` attribute of a heading rendered by cmark.
enum HeadingHTML {
    /// `<h2>Data</h2>\n` → `<h2 id="data">Data</h2>\n`.
    /// Without CMARK_OPT_SOURCEPOS cmark writes `<hN>` with no attributes, so the id goes
    /// right after `<hN`.
    /// Ids are made only of letters, marks, digits, `-` and `_` (validated custom ids, or slugs
    /// with a numeric suffix), so they need no escaping; anything else is a bug, and stops here.
    static func insertingID(_ id: String, into html: String) -> String {
        precondition(HeadingIDs.isValidCustomID(id), "heading id \(id.debugDescription) is not made of id characters")
        let bytes = Array(html.utf8)
        guard bytes.count > 3, bytes[0] == UInt8(ascii: "<"), bytes[1] == UInt8(ascii: "h"),
              (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[2]) else {
            fatalError("cmark-gfm rendered a heading as \(html.debugDescription)")
        }
        return String(decoding: bytes[..<3], as: UTF8.self) + " id=\"\(id)\""
            + String(decoding: bytes[3...], as: UTF8.self)
    }
}
