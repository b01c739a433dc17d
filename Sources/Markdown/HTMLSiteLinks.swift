/// The `@/` site links of a text's own HTML (`<a href="@/terms">`), for PG200: the page
/// rewrites them as it does Markdown's (`SiteLinkedHTML`), so they are checked the same way,
/// each placed at the `<` of its tag, as a Markdown link is at its `[`.
///
/// The page finds them in the HTML it publishes by `href="@/…"`. With `html: trusted` that is
/// the author's HTML as written; with `html: safe` the sanitizer has rewritten every `href` it
/// keeps that way, whatever its quotes, spacing and case (`HREF = '@/terms'`), so all of those
/// are site links. Comments are never links: a link commented out is not checked.
enum HTMLSiteLinks {
    static func find(in pieces: [RawHTML], html mode: HTMLLinkForms, positions: ParsedPositions) -> [DocumentLink] {
        var found: [DocumentLink] = []
        for piece in pieces {
            let literal = Array(piece.literal.utf8)
            var lineStarts: [Int]?
            var tagStart = 0
            var at = 0
            // The next comment's range: found once, and again only once passed.
            var comment = literal.firstRange(of: commentOpening)
            while at < literal.count, let sign = literal[at...].firstIndex(of: UInt8(ascii: "@")) {
                if let opening = comment, opening.lowerBound < sign {
                    at = literal[opening.upperBound...].firstRange(of: commentClosing)?.upperBound ?? literal.count
                    comment = literal[at...].firstRange(of: commentOpening)
                    continue
                }
                at = sign + 1
                guard sign + 1 < literal.count, literal[sign + 1] == UInt8(ascii: "/"),
                      let (hrefStart, quote) = mode.attribute(endingBefore: sign, in: literal) else { continue }
                let end = literal[sign...].firstIndex { byte in
                    quote.map { byte == $0 } ?? (byte == UInt8(ascii: ">") || isSpace(byte))
                } ?? literal.count
                // The tag's `<`: the last before the attribute, searched back no further than
                // the previous link's, so each byte is read a bounded number of times.
                tagStart = literal[tagStart..<hrefStart].lastIndex(of: UInt8(ascii: "<")) ?? hrefStart
                let starts = lineStarts ?? LineStarts.of(literal)
                lineStarts = starts
                found.append(DocumentLink(destination: String(decoding: literal[sign..<end], as: UTF8.self), text: "",
                                          isImage: false,
                                          start: piece.point(at: tagStart, length: literal.count, lineStarts: starts,
                                                             positions: positions)))
                at = end
            }
        }
        return found
    }

    private static let commentOpening = Array("<!--".utf8)
    private static let commentClosing = Array("-->".utf8)

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}

/// Which ways of writing `href` make a site link of the HTML a page publishes.
enum HTMLLinkForms {
    /// `html: trusted`: only `href="@/…"`, as written.
    case asWritten
    /// `html: safe`: any quotes or none, spaces around `=`, any case of `href`.
    case sanitized

    private static let href = Array("href".utf8)

    /// Where the `href` whose value starts at `sign` starts, and the quote its value ends at
    /// (nil: unquoted).
    func attribute(endingBefore sign: Int, in literal: [UInt8]) -> (start: Int, quote: UInt8?)? {
        var index = sign
        var quote: UInt8?
        if index > 0, literal[index - 1] == UInt8(ascii: "\"") || (self == .sanitized && literal[index - 1] == UInt8(ascii: "'")) {
            quote = literal[index - 1]
            index -= 1
        } else if self == .asWritten {
            return nil
        }
        if self == .sanitized { while index > 0, HTMLSiteLinks.isSpace(literal[index - 1]) { index -= 1 } }
        guard index > 0, literal[index - 1] == UInt8(ascii: "=") else { return nil }
        index -= 1
        if self == .sanitized { while index > 0, HTMLSiteLinks.isSpace(literal[index - 1]) { index -= 1 } }
        let start = index - Self.href.count
        guard start > 0, HTMLSiteLinks.isSpace(literal[start - 1]) else { return nil }
        let name = literal[start..<index]
        let matches = self == .sanitized ? name.map { $0 | 0x20 }.elementsEqual(Self.href) : name.elementsEqual(Self.href)
        return matches ? (start, quote) : nil
    }
}
