/// The `@/` site links of a text's own HTML (`<a href="@/terms">`), for PG200: the page
/// rewrites them as it does Markdown's (`SiteLinkedHTML`), so they are checked the same way.
/// Found in each piece of raw HTML by the rule the page finds them by, `href="@/…"`, and
/// placed at the `<` of their tag, as a Markdown link is at its `[`.
enum HTMLSiteLinks {
    private static let attribute = Array("href=\"@/".utf8)

    static func find(in pieces: [RawHTML], positions: ParsedPositions) -> [DocumentLink] {
        var found: [DocumentLink] = []
        for piece in pieces {
            let literal = Array(piece.literal.utf8)
            var lineStarts: [Int]?
            var at = 0
            var tagStart = 0
            while at < literal.count, let sign = literal[at...].firstIndex(of: UInt8(ascii: "@")) {
                at = sign + 1
                let hrefStart = sign - (attribute.count - 2)
                guard hrefStart >= 0, literal[hrefStart...].starts(with: attribute),
                      let close = literal[sign...].firstIndex(of: UInt8(ascii: "\"")) else { continue }
                // The tag's `<`: the last before the attribute, searched back no further than
                // the previous link's, so each byte is looked at a bounded number of times.
                tagStart = literal[tagStart..<hrefStart].lastIndex(of: UInt8(ascii: "<")) ?? hrefStart
                let starts = lineStarts ?? LineStarts.of(literal)
                lineStarts = starts
                found.append(DocumentLink(destination: String(decoding: literal[sign..<close], as: UTF8.self), text: "",
                                          isImage: false,
                                          start: piece.point(at: tagStart, length: literal.count, lineStarts: starts,
                                                             positions: positions)))
                at = close + 1
            }
        }
        return found
    }
}
