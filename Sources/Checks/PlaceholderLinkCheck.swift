import Diagnostics

/// PG214: a link whose target is not an address but a note to fill one in: `[French
/// version](add link)`, `[the form](TODO)`, `[here](URL)`. A target with a space is not a link
/// for Markdown at all: the page shows the brackets and the words as written. (An empty
/// target is PG204's.)
enum PlaceholderLinkCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.placeholderLinkTarget: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for link in text.document.links where !link.isImage && isPlaceholder(link.destination) {
            found.append(.warning(.placeholderLinkTarget, at: text.location(of: link.start),
                                  "the link '\(shortened(link.text))' leads to '\(link.destination)', which is not an address",
                                  hint: "write the address the link leads to"))
        }
        for (index, block) in text.blockTexts {
            for written in writtenLinks(in: block) where !text.placement.isEscaped(at: written.start, in: block, block: index) {
                let target = block.string(written.target)
                let why = isPlaceholder(target) ? "'\(target)' is not an address" : "its target has a space"
                found.append(.warning(.placeholderLinkTarget, at: text.location(at: written.start, in: block, block: index),
                                      "'\(shortened(block.string(written.start..<written.target.upperBound + 1)))' "
                                          + "is shown as written, not as a link: \(why)",
                                      hint: "write the address between the brackets (in <…> if it has spaces)"))
            }
        }
        return found.sorted { $0.location < $1.location }
    }

    /// Words written where an address belongs, lowercased.
    private static let placeholders: Set<String> = [
        "todo", "tbd", "tba", "url", "link", "links", "href", "here", "placeholder", "xxx", "link here", "url here",
        "add link", "insert link", "add url", "insert url", "your link", "your url", "link to come", "http", "https",
        "http://", "https://", "#todo", "<url>", "[url]", "{url}", "(url)", "<link>", "[link]", "{link}",
    ]

    static func isPlaceholder(_ destination: String) -> Bool {
        // Addresses are longer than the longest note, or hold what no note does.
        guard destination.utf8.count <= 12, !destination.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "@") })
        else { return false }
        let target = destination.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
            .joined(separator: " ")
        return placeholders.contains(target)
    }

    /// `[text](target)` left as text: brackets on one line, then a parenthesis right after.
    private static func writtenLinks(in block: BlockText) -> [(start: Int, target: Range<Int>)] {
        guard block.features.contains(.bracket) else { return [] }
        var found: [(Int, Range<Int>)] = []
        var index = 0
        while index < block.count {
            guard block.scalars[index] == "[", !block.isHidden[index] else {
                index += 1
                continue
            }
            var close = index + 1
            while close < block.count, close - index <= 200 {
                // A switch: looking each scalar up in a string's scalars decoded the string each time.
                switch block.scalars[close] {
                case "[", "]", "\n", BlockText.fieldSeparator: break
                default:
                    close += 1
                    continue
                }
                break
            }
            guard close < block.count, block.scalars[close] == "]", close > index + 1, close + 1 < block.count,
                  block.scalars[close + 1] == "(" else {
                index = close > index + 1 && close < block.count && block.scalars[close] == "[" ? close : index + 1
                continue
            }
            var end = close + 2
            while end < block.count, end - close <= 200, block.scalars[end] != ")", block.scalars[end] != "\n",
                  block.scalars[end] != BlockText.fieldSeparator {
                end += 1
            }
            guard end < block.count, block.scalars[end] == ")", end > close + 2, !block.isHidden(index..<end + 1) else {
                index = close + 1
                continue
            }
            found.append((index, close + 2..<end))
            index = end + 1
        }
        return found
    }

    private static func shortened(_ text: String) -> String {
        text.count > 50 ? String(text.prefix(49)) + "…" : text
    }
}
