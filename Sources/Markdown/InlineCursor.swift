/// A place in cmark's numbering of a block's inlines: cmark counts lines from the block's
/// first line and columns in bytes, as if each later line started where the block does (it
/// reads them without their container's prefix and indentation). `ParsedPositions` turns
/// it into a place in the parsed text.
struct InlinePlace: Comparable {
    var line: Int
    /// 0 stands for the start of the line, before its first byte.
    var column: Int

    static func < (left: InlinePlace, right: InlinePlace) -> Bool {
        (left.line, left.column) < (right.line, right.column)
    }
}

/// A block whose inlines cmark parsed (paragraph, heading, table row): what placing its
/// inlines in the parsed text needs.
struct InlineBlock {
    /// cmark's start of the block: the line and byte column of its first inline.
    var start: (line: Int, column: Int)
    /// Where that is in the parsed text: `start`, but for a paragraph whose last line a table
    /// took (cmark-gfm reads the rest again with lines and columns counted from 0), the
    /// table's start.
    var first: (line: Int, column: Int)
    /// Its last line, where cmark knows it.
    var end: Int
    /// How many block quotes hold it: their `>` markers start its later lines.
    var quoteDepth: Int
    /// Lines of link reference definitions that cmark took from its start; its inlines are
    /// numbered from its first line all the same.
    var removedLines = 0
}

/// What the block reader knows of the inlines read so far in the open block: the furthest
/// place known to be at or before the next inline (an autolink is searched from there), the
/// last line any inline reached, and the line breaks cmark did not count as lines.
struct InlineCursor {
    var place = InlinePlace(line: 0, column: 0)
    var line = 0
    /// The line before the last hard break, until an inline after it shows whether cmark
    /// counted the break as a new line (a backslash break it does not count).
    var lineBeforeHardBreak: Int?
    var uncountedBreaks = 0

    enum End { case start, end }

    init() {}

    init(start: (line: Int, column: Int)) {
        place = InlinePlace(line: start.line, column: start.column)
        line = start.line
    }

    /// An inline at `start`…`end` (cmark's place, or line 0 when it has none): the cursor
    /// moves to its start, or past its end when what it holds could be mistaken for an
    /// autolink (code, HTML, an image's source).
    mutating func pass(start: (line: Int, column: Int), end: (line: Int, column: Int), through edge: End) {
        // 0:0 is no place (but the first of a paragraph read again before a table, harmlessly).
        guard start.line > 0 || start.column > 0 else { return }
        if let before = lineBeforeHardBreak {
            if start.line == before { uncountedBreaks += 1 }
            lineBeforeHardBreak = nil
        }
        let reached = edge == .end && (end.line > 0 || end.column > 0) ? InlinePlace(line: end.line, column: end.column + 1)
                                                   : InlinePlace(line: start.line, column: start.column)
        place = max(place, reached)
        line = max(line, start.line, end.line)
    }

    /// A line break: what follows is on a later line, unless cmark did not count it.
    mutating func passBreak(isHard: Bool) {
        if isHard {
            lineBeforeHardBreak = line
        } else {
            line += 1
            place = max(place, InlinePlace(line: line, column: 0))
        }
    }

    /// A line known to be reached (the end of a link read past).
    mutating func reach(line reached: Int) {
        line = max(line, reached)
    }
}

/// The links of a body as cmark read them, and the blocks they are in.
struct ParsedLinks {
    var links: [ParsedLink] = []
    var blocks: [InlineBlock] = []
}
