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

    public mutating func appendRendered<Bytes: Collection<UInt8>>(_ html: Bytes) {
        bytes += html
    }

    /// An author's piece of HTML; `isCompleteTag` when it is one start or end tag as CommonMark
    /// reads them (quoted values closed, ending in `>`), which needs nothing after it.
    public mutating func appendAuthored<Bytes: Collection<UInt8>>(_ html: Bytes, isCompleteTag: Bool = false) {
        let start = bytes.count
        bytes += html
        authored.append(start..<bytes.count)
        if !isCompleteTag { bytes += Self.terminator }
        claimed.append(start..<bytes.count)
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
