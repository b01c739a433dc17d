/// The `id` attribute of a heading rendered by cmark.
enum HeadingHTML {
    /// `<h2>Data</h2>\n` → `<h2 id="data">Data</h2>\n`.
    /// Without CMARK_OPT_SOURCEPOS cmark writes `<hN>` with no attributes, so the id goes
    /// right after `<hN`.
    static func insertingID(_ id: String, into html: String) -> String {
        let bytes = Array(html.utf8)
        guard bytes.count > 3, bytes[0] == UInt8(ascii: "<"), bytes[1] == UInt8(ascii: "h"),
              (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[2]) else {
            fatalError("cmark-gfm rendered a heading as \(html.debugDescription)")
        }
        return String(decoding: bytes[..<3], as: UTF8.self) + " id=\"\(escapedAttribute(id))\""
            + String(decoding: bytes[3...], as: UTF8.self)
    }

    /// Escapes a value for a double-quoted HTML attribute. Ids made by the slug rules hold none
    /// of these characters, but an id is text from content, so it is escaped regardless.
    static func escapedAttribute(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
