/// A block's lines in the parsed text, to undo cmark's numbering of its inlines
/// (`InlinePlace`): cmark counts a block's lines from its first, and a column on a later line
/// as if that line started where the block does, since it reads later lines without their
/// container's prefix (`> `, a list item's indentation) and without their indentation. It
/// also does not count the line feed of a backslash line break, so the line after one
/// continues its line's columns.
struct BlockLines {
    private let block: InlineBlock
    private let positions: ParsedPositions
    /// Lines of reference definitions before the block's first inline.
    private let removed: Int
    /// Where each of cmark's lines of the block starts in the parsed text.
    private let lineStarts: [Int]
    /// The block's last line in the parsed text.
    let lastLine: Int

    init?(_ block: InlineBlock, in positions: ParsedPositions) {
        guard block.first.line >= 1, block.first.line <= positions.lineCount, block.first.column >= 1 else { return nil }
        self.block = block
        self.positions = positions
        // A reference definition starts with `[`; the count can be off another way (a link
        // target written on the next line), and then the block is read from its first line.
        removed = block.removedLines > 0
            && positions.byte(line: block.first.line, offset: block.first.column - 1) == UInt8(ascii: "[")
            ? block.removedLines : 0
        let first = min(block.first.line + removed, positions.lineCount)
        lastLine = min(max(block.end, first), positions.lineCount)
        var starts = [first]
        for line in first..<lastLine where !Self.endsWithBackslashBreak(line, in: positions) { starts.append(line + 1) }
        lineStarts = starts
    }

    /// The place in the parsed text of cmark's place `place` in the block; nil when cmark
    /// has no place for it or counted more lines than the block has.
    func place(_ place: (line: Int, column: Int)) -> TextPlace? {
        self.place(InlinePlace(line: place.line, column: place.column))
    }

    func place(_ place: InlinePlace) -> TextPlace? {
        let index = place.line - block.start.line
        // Line 0 is no place, but in a block read again before a table, whose count starts at 0.
        guard place.line > 0 || block.start.line == 0, index >= 0, index < lineStarts.count else { return nil }
        var line = lineStarts[index]
        guard place.column > 0 || block.start.column == 0 else { return TextPlace(line: line, column: 1) }
        let lastOfCounted = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : lastLine
        var offset = place.column - block.start.column
        while true {
            let first = contentStart(line)
            let length = positions.byteLength(ofLine: line)
            if offset <= length - first + 1 || line >= lastOfCounted {
                return TextPlace(line: line, column: min(max(first + offset, 1), length + 1))
            }
            // The rest of the line and its line feed.
            offset -= length - first + 2
            line += 1
        }
    }

    /// The byte column where cmark's text of a line of the block starts: the block's column
    /// on its first line, after the block quotes' markers and all indentation on the others.
    private func contentStart(_ line: Int) -> Int {
        if line == block.first.line && removed == 0 { return block.first.column }
        var offset = 0, quotes = 0
        while let byte = positions.byte(line: line, offset: offset) {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                offset += 1
            } else if byte == UInt8(ascii: ">") && quotes < block.quoteDepth {
                quotes += 1
                offset += 1
            } else {
                break
            }
        }
        return offset + 1
    }

    /// Whether a line ends in an unescaped backslash (before any carriage return).
    private static func endsWithBackslashBreak(_ line: Int, in positions: ParsedPositions) -> Bool {
        var offset = positions.byteLength(ofLine: line) - 1
        if positions.byte(line: line, offset: offset) == UInt8(ascii: "\r") { offset -= 1 }
        var backslashes = 0
        while positions.byte(line: line, offset: offset) == UInt8(ascii: "\\") {
            backslashes += 1
            offset -= 1
        }
        return backslashes % 2 == 1
    }
}
