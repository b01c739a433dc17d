/// A place in the parsed text: 1-based line, 1-based byte column.
struct TextPlace: Comparable {
    var line: Int
    var column: Int

    static func < (left: TextPlace, right: TextPlace) -> Bool {
        (left.line, left.column) < (right.line, right.column)
    }
}

/// Turns cmark's positions in the parsed text (line, byte column) into positions in the file.
struct ParsedPositions {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private let placeholders: VariablePlaceholders
    private let firstLine: Int

    init(_ placeholders: VariablePlaceholders, firstLine: Int) {
        self.placeholders = placeholders
        self.firstLine = firstLine
        bytes = Array(placeholders.text.utf8)
        lineStarts = LineStarts.of(bytes)
    }

    /// Where each link starts in the file.
    ///
    /// An explicit link (`[…](…)`, `[…][…]`, an image) is where cmark says, once cmark's
    /// numbering of its block's lines is undone (`BlockLines`). cmark places autolinks badly:
    /// those its extension finds in plain text (bare URLs, e-mail addresses) have no
    /// position, and `<…>` and `www.…` ones after a block's first line a wrong one. So an
    /// autolink is searched for in the text from the furthest place known to be before it:
    /// the last inline the block reader saw before it (the start of a text, past the end of
    /// code or HTML), or past the link or autolink before it in its block. Its text must
    /// start there as cmark's autolink rules start one: not inside a longer URL or word. The
    /// search moves only forward through a block, so all of them read each byte about once.
    func links(_ parsed: ParsedLinks) -> [DocumentLink] {
        var lines: (block: Int, lines: BlockLines?)?
        var passed: (block: Int, place: TextPlace)?
        // Columns are counted in scalars from where the last link's count stopped when it is
        // on the same line: a long line of many links is read once, not once per link.
        var counted = (line: 0, byte: 0, scalars: 0)
        return parsed.links.map { link in
            if lines?.block != link.block {
                lines = (link.block, parsed.blocks.indices.contains(link.block)
                         ? BlockLines(parsed.blocks[link.block], in: self) : nil)
            }
            var start = TextPlace(line: link.start.line, column: link.start.column)
            if let blockLines = lines?.lines {
                start = place(link, in: blockLines, after: passed?.block == link.block ? passed?.place : nil) { end in
                    passed = (link.block, end)
                } ?? start
            }
            let point = point(line: start.line, byteColumn: start.column, counted: &counted)
            return DocumentLink(destination: link.destination, text: link.text, isImage: link.isImage, start: point)
        }
    }

    /// Where `link` starts in the parsed text; `passing` is told where it ends. nil when
    /// neither cmark nor the inlines before it place it.
    private func place(_ link: ParsedLink, in lines: BlockLines, after known: TextPlace?,
                       passing: (TextPlace) -> Void) -> TextPlace? {
        let start = lines.place(link.start)
        if let start, !link.isAutolink || writtenAsLink(from: start, to: lines.place(link.end) ?? start) {
            let end = lines.place(link.end) ?? start
            passing(TextPlace(line: end.line, column: end.column + 1))
            return start
        }
        guard let from = [lines.place(link.after), known].compactMap({ $0 }).max() else { return nil }
        guard let found = autolink(link, from: from, through: lines.lastLine) else { return from }
        passing(found.end)
        return found.start
    }

    /// `[…](…)` or `[…]`, as opposed to an autolink that cmark placed near a bracket.
    private func writtenAsLink(from start: TextPlace, to end: TextPlace) -> Bool {
        byte(at: start) == UInt8(ascii: "[") && [UInt8(ascii: ")"), UInt8(ascii: "]")].contains(byte(at: end))
    }

    /// The autolink's text at the first place from `from` on where cmark's rules let one
    /// start, and the place after it (after its `>` when it is written `<…>`).
    private func autolink(_ link: ParsedLink, from: TextPlace, through lastLine: Int) -> (start: TextPlace, end: TextPlace)? {
        let needle = Array(link.text.utf8)
        guard !needle.isEmpty, from.line >= 1, from.line <= lineStarts.count else { return nil }
        let rule = AutolinkStart(link)
        var offset = lineStarts[from.line - 1] + max(from.column - 1, 0)
        let last = max(lastLine, from.line)
        let limit = last < lineStarts.count ? lineStarts[last] - 1 : bytes.count
        while offset + needle.count <= limit, let hit = Self.search(needle, in: bytes, from: offset, to: limit) {
            let line = lineIndex(of: hit)
            let before = hit > lineStarts[line] ? bytes[hit - 1] : nil
            if rule.mayFollow(before) {
                let after = hit + needle.count
                let isAngled = before == UInt8(ascii: "<") && after < bytes.count && bytes[after] == UInt8(ascii: ">")
                let startColumn = hit - lineStarts[line] + (isAngled ? 0 : 1)
                return (TextPlace(line: line + 1, column: startColumn),
                        TextPlace(line: line + 1, column: after - lineStarts[line] + (isAngled ? 2 : 1)))
            }
            offset = hit + 1
        }
        return nil
    }

    /// The first occurrence of `needle` in `bytes[from..<to]`, by Knuth–Morris–Pratt: linear in
    /// what it reads, whatever the text repeats.
    private static func search(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        var fallback = [Int](repeating: 0, count: needle.count)
        var matched = 0
        for index in needle.indices.dropFirst() {
            while matched > 0 && needle[index] != needle[matched] { matched = fallback[matched - 1] }
            if needle[index] == needle[matched] { matched += 1 }
            fallback[index] = matched
        }
        matched = 0
        for offset in from..<max(to, from) {
            while matched > 0 && bytes[offset] != needle[matched] { matched = fallback[matched - 1] }
            if bytes[offset] == needle[matched] { matched += 1 }
            if matched == needle.count { return offset - needle.count + 1 }
        }
        return nil
    }

    /// The 0-based line holding byte `offset`.
    private func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return low
    }

    private func byte(at place: TextPlace) -> UInt8? {
        guard place.line >= 1, place.line <= lineStarts.count, place.column >= 1,
              place.column <= byteLength(ofLine: place.line) else { return nil }
        return bytes[lineStarts[place.line - 1] + place.column - 1]
    }

    /// The bytes of a line of the parsed text (1-based), without its line feed.
    func byteLength(ofLine line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 0 }
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return end - lineStarts[line - 1]
    }

    /// The byte of line `line` (1-based) at 0-based `offset`, if the line is that long.
    func byte(line: Int, offset: Int) -> UInt8? {
        guard offset >= 0, offset < byteLength(ofLine: line) else { return nil }
        return bytes[lineStarts[line - 1] + offset]
    }

    var lineCount: Int { lineStarts.count }

    func point(line: Int, byteColumn: Int) -> SourcePoint {
        var counted = (line: 0, byte: 0, scalars: 0)
        return point(line: line, byteColumn: byteColumn, counted: &counted)
    }

    /// The points of `places`, in document order: columns counted on along a line, so that
    /// a line of thousands of blocks (`- - - … x`) is read once, not once per block.
    func points(_ places: [(line: Int, column: Int)]) -> [SourcePoint] {
        var bytesRead = 0
        return points(places, bytesRead: &bytesRead)
    }

    /// `points`, adding to `bytesRead` the bytes it counted scalars in: what the tests hold to
    /// the length of the lines.
    func points(_ places: [(line: Int, column: Int)], bytesRead: inout Int) -> [SourcePoint] {
        var counted = (line: 0, byte: 0, scalars: 0)
        return places.map { place in
            let before = counted
            let point = point(line: place.line, byteColumn: place.column, counted: &counted)
            let from = before.line == counted.line && before.byte <= counted.byte
                ? before.byte : (counted.line >= 1 ? lineStarts[counted.line - 1] : counted.byte)
            bytesRead += counted.byte - from
            return point
        }
    }

    /// `counted`: how many scalars come before byte `byte` of line `line`, from an earlier
    /// call; counting goes on from there for a later place on that line.
    private func point(line: Int, byteColumn: Int, counted: inout (line: Int, byte: Int, scalars: Int)) -> SourcePoint {
        guard line >= 1, line <= lineStarts.count else { return SourcePoint(line: firstLine, column: 1) }
        let start = lineStarts[line - 1]
        let end = min(start + max(byteColumn - 1, 0), bytes.count)
        if counted.line != line || counted.byte > end { counted = (line, start, 0) }
        counted.scalars += bytes[counted.byte..<end].count { $0 & 0xC0 != 0x80 }
        counted.byte = end
        return SourcePoint(line: firstLine + line - 1,
                           column: placeholders.originalColumn(line: line, column: counted.scalars + 1))
    }
}

/// Where cmark-gfm lets an autolink start: a bare URL not after a letter (its scheme would
/// take the letter), `www.` only after a space or `*_~(`, an e-mail address not after a
/// character of its local part. `<…>` ones follow `<`, which all three allow.
private enum AutolinkStart {
    case www, email, uri

    init(_ link: ParsedLink) {
        if link.destination == "mailto:" + link.text {
            self = .email
        } else if link.destination == "http://" + link.text {
            self = .www
        } else {
            self = .uri
        }
    }

    func mayFollow(_ byte: UInt8?) -> Bool {
        guard let byte else { return true }
        let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        switch self {
        case .uri: return !isLetter
        case .email: return !isLetter && !isDigit && !".+-_".utf8.contains(byte)
        case .www: return " \t*_~(<".utf8.contains(byte)
        }
    }
}
