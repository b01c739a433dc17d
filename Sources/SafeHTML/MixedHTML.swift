/// A page body written by two hands: a renderer (cmark-gfm), whose markup is trusted, and an
/// author, whose HTML is not. The sanitizer reads it as one document, as a browser would, so
/// that an element the author opens in one HTML block and closes in another holds the
/// Markdown between them; it tells the two apart by where each byte came from.
public struct MixedHTML: Sendable {
    /// Opens with `<body>`, the renderer's: text before any element is then read as text of
    /// the body, not of a paragraph libxml2 would imply around it.
    public private(set) var bytes: [UInt8] = opening
    static let opening = Array("<body>".utf8)
    /// The author's pieces, in order: their bytes in `bytes`.
    public private(set) var authored: [Range<Int>] = []
    /// Each piece with what `appendAuthored` put after it to end it, in order.
    private(set) var claimed: [Range<Int>] = []

    /// Ends whatever an author's piece left open, so that it cannot take the renderer's markup
    /// after it into an attribute, a comment or a script: a quoted attribute value (`"` or
    /// `'`), a comment, a tag, a processing instruction or declaration (`>`), a script or a
    /// style. What it adds is read as part of the piece, and any text of it is dropped.
    static let terminator = Array("-->\"'></script></style>".utf8)

    public init() {}

    /// How many `<div` and `<table` the author's pieces wrote since the renderer last closed
    /// a container: as many as may be open.
    private var blockOpeners = 0

    /// Ends that the renderer writes for a container (a list item, a quote, the footnotes).
    private static let containerEnds = ["</li>", "</blockquote>", "</section>"].map { Array($0.utf8) }

    /// libxml2 (HTML 4) lets an end tag close only elements of its rank or lower, and ranks
    /// `div` and the table parts above the others: an author's `<div>` left open inside a list
    /// item would make it ignore the item's `</li>` and take in all that follows. A browser
    /// closes the `div` there; so this closes whatever `div` or table may be open before each
    /// container's end, `</table>` (which closes the cells and rows inside) then `</div>`. An
    /// end tag that closes nothing is ignored, and nothing of the renderer's own is open at
    /// those places (its tables end inside their container).
    static let blockCloser = Array("</table></div>".utf8)

    public mutating func appendRendered<Bytes: Collection<UInt8>>(_ html: Bytes) {
        guard blockOpeners > 0 else {
            bytes += html
            return
        }
        let html = Array(html)
        var from = 0
        var index = 0
        while index < html.count {
            if html[index] == UInt8(ascii: "<"), index + 1 < html.count, html[index + 1] == UInt8(ascii: "/"),
               Self.containerEnds.contains(where: { html[index...].starts(with: $0) }) {
                bytes += html[from..<index]
                for _ in 0..<blockOpeners { bytes += Self.blockCloser }
                blockOpeners = 0
                from = index
                break
            }
            index += 1
        }
        bytes += html[from...]
    }

    /// An author's piece of HTML; `isCompleteTag` when it is one start or end tag as CommonMark
    /// reads them (quoted values closed, ending in `>`), which needs nothing after it.
    public mutating func appendAuthored<Bytes: Collection<UInt8>>(_ html: Bytes, isCompleteTag: Bool = false) {
        let start = bytes.count
        bytes += html
        authored.append(start..<bytes.count)
        blockOpeners = min(blockOpeners + Self.blockOpenings(in: bytes[start...]), 256)
        if !isCompleteTag { bytes += Self.terminator }
        claimed.append(start..<bytes.count)
    }

    /// How many `<div` and `<table` (in any case) `html` holds.
    private static func blockOpenings(in html: ArraySlice<UInt8>) -> Int {
        var count = 0
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: UInt8(ascii: "<")) {
            let name = html[(open + 1)...].prefix(6).map { $0 | 0x20 }
            if name.starts(with: Array("div".utf8)) || name.starts(with: Array("table".utf8)) { count += 1 }
            index = open + 1
        }
        return count
    }

    /// The author's piece whose claimed bytes hold `offset`, if any.
    func piece(at offset: Int) -> Int? {
        var low = 0, high = claimed.count
        while low < high {
            let middle = (low + high) / 2
            if claimed[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < claimed.count && claimed[low].contains(offset) ? low : nil
    }

    /// Where the first of the author's pieces after `offset` starts.
    func nextPiece(after offset: Int) -> Int? {
        var low = 0, high = claimed.count
        while low < high {
            let middle = (low + high) / 2
            if claimed[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < claimed.count ? claimed[low].lowerBound : nil
    }
}
