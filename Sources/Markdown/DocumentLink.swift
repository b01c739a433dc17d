/// A position in a content file: 1-based line, and column in Unicode scalars.
public struct SourcePoint: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A link or image of a body as written (variables inserted), for the checks: its target
/// before the safe-mode rule, its text, and where it starts in the file.
public struct DocumentLink: Sendable, Hashable {
    public var destination: String
    /// The plain text of the link's content; empty for an image.
    public var text: String
    public var isImage: Bool
    public var start: SourcePoint

    public init(destination: String, text: String, isImage: Bool, start: SourcePoint) {
        self.destination = destination
        self.text = text
        self.isImage = isImage
        self.start = start
    }
}

/// A link as the block reader finds it, positioned in the parsed text (line, byte column).
struct ParsedLink {
    var destination: String
    var text: String
    var isImage: Bool
    var start: (line: Int, column: Int)
    /// Where the block holding the link starts.
    var blockStart: (line: Int, column: Int)

    /// A URL or address written as it is (`<…>`, `www.…` or bare), which cmark made a link.
    var isAutolink: Bool {
        !isImage && !text.isEmpty && [text, "mailto:" + text, "http://" + text].contains(destination)
    }
}

/// Turns cmark's positions in the parsed text (line, byte column) into positions in the file.
struct ParsedPositions {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private let scalars: ScalarIndex
    private let placeholders: VariablePlaceholders
    private let firstLine: Int

    init(_ placeholders: VariablePlaceholders, firstLine: Int) {
        self.placeholders = placeholders
        self.firstLine = firstLine
        bytes = Array(placeholders.text.utf8)
        lineStarts = LineStarts.of(bytes)
        scalars = ScalarIndex(bytes)
    }

    /// Where each link starts in the file. cmark-gfm places autolinks badly: those its
    /// extension finds in plain text (bare URLs, e-mail addresses) have no position, and
    /// `<…>` and `www.…` ones after a block's first line have a wrong column. So an autolink
    /// is found again in the file: the first occurrence of its text after the autolink before
    /// it in its block (from the block's start for the first) that is not the text of an
    /// explicit link (after `[` or `](`) or of code (after a backtick), at its `<` when it has
    /// one. Explicit links keep cmark's position, which is right.
    ///
    /// The searches go forward through each block, so all of them read a text about once; an
    /// autolink whose text is not written as such (`&amp;` in it) is not found and keeps
    /// cmark's position, and such searches stop once they have read the text four times over.
    func links(_ parsed: [ParsedLink], body: String) -> [DocumentLink] {
        guard !parsed.isEmpty else { return [] }
        let lines = WrittenLines(body)
        var search = WrittenLines.Search(budget: 4 * bytes.count + 65_536)
        var resume: [String: SourcePoint] = [:]
        return parsed.map { link in
            var start = point(line: link.start.line, byteColumn: link.start.column)
            // An explicit link whose text is its URL (`[https://x](https://x)`) is placed right.
            let isExplicit = lines.scalar(at: start.column - 1, line: start.line - firstLine) == UInt8(ascii: "[")
            if link.isAutolink && !isExplicit {
                let block = point(line: link.blockStart.line, byteColumn: link.blockStart.column)
                let key = "\(block.line):\(block.column)"
                let needle = Array(link.text.utf8)
                if let found = lines.occurrence(of: needle, from: resume[key] ?? block, firstLine: firstLine,
                                                search: &search) {
                    start = found.start
                    resume[key] = found.after
                }
            }
            return DocumentLink(destination: link.destination, text: link.text, isImage: link.isImage, start: start)
        }
    }

    /// The bytes of a line of the parsed text (1-based), without its line feed.
    func byteLength(ofLine line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 0 }
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return end - lineStarts[line - 1]
    }

    func point(line: Int, byteColumn: Int) -> SourcePoint {
        guard line >= 1, line <= lineStarts.count else { return SourcePoint(line: firstLine, column: 1) }
        let start = lineStarts[line - 1]
        let end = min(start + max(byteColumn - 1, 0), bytes.count)
        return SourcePoint(line: firstLine + line - 1,
                           column: placeholders.originalColumn(line: line, column: scalars.scalars(in: start..<end) + 1))
    }
}

/// A body's lines as written, searched as UTF-8 bytes: most texts have a few links, and
/// decoding every line of every text into scalars cost more than the parse. A match of a
/// whole UTF-8 string starts on a scalar boundary, so byte and scalar matches agree.
private struct WrittenLines {
    private let bytes: [UInt8]
    private let starts: [Int]
    private let scalars: ScalarIndex

    init(_ body: String) {
        bytes = Array(body.utf8)
        starts = LineStarts.of(bytes)
        scalars = ScalarIndex(bytes)
    }

    /// The bytes of line `index` (0-based), without its line feed; nil past either end.
    private func range(_ index: Int) -> Range<Int>? {
        guard starts.indices.contains(index) else { return nil }
        return starts[index]..<(index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count)
    }

    /// Where the scalar at `column` (0-based) of `range` starts; the end when there are fewer.
    private func offset(ofScalar column: Int, in range: Range<Int>) -> Int {
        scalars.offset(ofScalar: column, from: range.lowerBound, end: range.upperBound)
    }

    /// The scalar at `column` (0-based) of line `index` when it is ASCII; nil otherwise.
    func scalar(at column: Int, line index: Int) -> UInt8? {
        guard column >= 0, let range = range(index) else { return nil }
        let offset = offset(ofScalar: column, in: range)
        return offset < range.upperBound && bytes[offset] < 0x80 ? bytes[offset] : nil
    }

    /// What the searches of one text may still read, in bytes.
    struct Search {
        var budget: Int
    }

    /// Where the first autolink written `needle` from `from` on starts, by the rule
    /// `ParsedPositions.links` describes, and the point just after its text.
    func occurrence(of needle: [UInt8], from: SourcePoint, firstLine: Int,
                    search: inout Search) -> (start: SourcePoint, after: SourcePoint)? {
        guard !needle.isEmpty else { return nil }
        var index = max(from.line - firstLine, 0)
        while let line = range(index), search.budget > 0 {
            defer { index += 1 }
            let first = index == from.line - firstLine ? offset(ofScalar: max(from.column - 1, 0), in: line) : line.lowerBound
            guard line.upperBound - first >= needle.count else {
                search.budget -= line.upperBound - first + 1
                continue
            }
            for start in first...(line.upperBound - needle.count)
            where bytes[start] == needle[0] && bytes[start..<start + needle.count].elementsEqual(needle) {
                let before = start > line.lowerBound ? bytes[start - 1] : UInt8(ascii: " ")
                if before == UInt8(ascii: "[") || before == UInt8(ascii: "`")
                    || (before == UInt8(ascii: "(") && start - 1 > line.lowerBound && bytes[start - 2] == UInt8(ascii: "]")) {
                    continue
                }
                search.budget -= start + needle.count - first
                let column = scalars.scalars(in: line.lowerBound..<start)
                let after = scalars.scalars(in: line.lowerBound..<start + needle.count) + 1
                return (SourcePoint(line: firstLine + index, column: before == UInt8(ascii: "<") ? column : column + 1),
                        SourcePoint(line: firstLine + index, column: after))
            }
            search.budget -= line.upperBound - first + 1
        }
        return nil
    }
}
