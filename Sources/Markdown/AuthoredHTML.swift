import Outline
import SafeHTML

/// Something of a text's HTML that the page does not show (`html: safe`), and where it is
/// written in the file.
public struct RemovedHTML: Sendable, Hashable {
    public var start: SourcePoint
    /// What was removed: `<script> and what it holds`, `onclick from <a>`.
    public var message: String

    public init(start: SourcePoint, message: String) {
        self.start = start
        self.message = message
    }
}

/// `html: safe`: cmark's output with the author's HTML put back where its markers stand
/// (`RawHTMLNodes`), sanitized as one document.
struct AuthoredHTML {
    var html: String
    var removed: [RemovedHTML]
    var ids: [String]
    /// For each raw piece, in order, the tags of it that were kept.
    var tags: [[AuthoredTag]]

    init(rendered: String, raw: [RawHTML], reservedIDs: Set<String>, positions: ParsedPositions) {
        var document = MixedHTML()
        let marker = Array(RawHTMLNodes.marker.utf8)
        var bytes = Array(rendered.utf8)
        var from = 0
        var piece = 0
        while let found = Self.firstIndex(of: marker, in: bytes, from: from) {
            precondition(piece < raw.count, "a marker for every piece of raw HTML")
            document.appendRendered(bytes[from..<found])
            var literal = Array(raw[piece].literal.utf8)
            from = found + marker.count
            // cmark ends an HTML block's line itself; the literal's own line feed would double it.
            if raw[piece].isBlock, literal.last == UInt8(ascii: "\n"), from < bytes.count,
               bytes[from] == UInt8(ascii: "\n") {
                literal.removeLast()
            }
            document.appendAuthored(literal, isCompleteTag: !raw[piece].isBlock && Self.isTag(literal))
            piece += 1
        }
        precondition(piece == raw.count, "a marker for every piece of raw HTML")
        document.appendRendered(bytes[from...])
        bytes = []

        let sanitized = HTMLSanitizer.sanitize(document, reservedIDs: reservedIDs)
        html = sanitized.html
        ids = sanitized.ids
        tags = sanitized.tags
        var lines: [Int: [Int]] = [:]
        removed = sanitized.removals.map { removal in
            let piece = raw[removal.piece]
            let literal = Array(piece.literal.utf8)
            let starts = lines[removal.piece] ?? LineStarts.of(literal)
            lines[removal.piece] = starts
            let point = piece.point(at: min(removal.offset, literal.count), length: literal.count,
                                    lineStarts: starts, positions: positions)
            return RemovedHTML(start: point, message: removal.message)
        }
    }

    /// A start or end tag as CommonMark reads one in a line of text: quoted values closed,
    /// ending in `>`.
    private static func isTag(_ literal: [UInt8]) -> Bool {
        guard literal.count >= 3, literal[0] == UInt8(ascii: "<"), literal.last == UInt8(ascii: ">") else { return false }
        let first = literal[1] == UInt8(ascii: "/") ? literal[2] : literal[1]
        return first | 0x20 >= UInt8(ascii: "a") && first | 0x20 <= UInt8(ascii: "z")
    }

    private static func firstIndex(of marker: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index + 1] == marker[1], bytes[index + 2] == marker[2] { return index }
            index += 1
        }
        return nil
    }
}
