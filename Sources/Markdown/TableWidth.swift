/// How many cells a row of a table may have before its text is refused (PG307), looked at in
/// one pass before the parse.
///
/// cmark-gfm's table extension (0.29.0.gfm.6) takes time growing with the square of the cells
/// of each row it reads: 300 rows of 5,000 cells under a header of two took it 16 s, a header
/// and delimiter row of 20,000 cells 1 s. A policy's tables have a few columns, tens at most;
/// MD4C refuses tables of more than 128 columns for the same reason. A row of `limit` cells
/// costs it about 0.1 ms.
enum TableWidth {
    static let limit = 256

    /// The first line of a table (its header, delimiter row, or a row after them up to the next
    /// blank line) that has more than `limit` cells, at the `|` past the limit; or nil.
    static func exceeded(in text: String, limit: Int = Self.limit) -> NodeBudget.Excess? {
        var text = text
        return text.withUTF8 { bytes -> NodeBudget.Excess? in
            // A row of more than `limit` cells holds at least `limit` pipes.
            guard ByteCount.occurrences(of: UInt8(ascii: "|"), in: bytes) >= limit else { return nil }
            var line = 1
            var start = 0
            var previous: Range<Int>? = nil
            var inTable = false
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let current = start..<end
                if isBlank(bytes, current) {
                    inTable = false
                } else if inTable {
                    if let column = pastLimit(bytes, current, limit) { return excess(line, column) }
                } else if isDelimiterRow(bytes, current) {
                    if let header = previous, let column = pastLimit(bytes, header, limit) { return excess(line - 1, column) }
                    if let column = pastLimit(bytes, current, limit) { return excess(line, column) }
                    inTable = true
                }
                previous = current
                line += 1
                start = end + 1
            }
            return nil
        }
    }

    private static func excess(_ line: Int, _ column: Int) -> NodeBudget.Excess {
        NodeBudget.Excess(line: line, column: column, limit: .tableCells)
    }

    /// The byte column of the `|` past the limit when the line has more than `limit` cells, or
    /// nil. A line of n pipes has n + 1 cells, less one when it starts with a pipe and one when
    /// it ends with one; escaped pipes do not count.
    private static func pastLimit(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ limit: Int) -> Int? {
        var pipes = 0
        var last: Int? = nil
        var past: Int? = nil
        var first: Int? = nil
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                pipes += 1
                if pipes == limit + 1 { past = index }
                last = index
            }
            if first == nil, byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: ">") { first = index }
            index += 1
        }
        guard let last, let first else { return nil }
        var cells = pipes + 1
        if bytes[first] == UInt8(ascii: "|") { cells -= 1 }
        var end = line.upperBound
        while end > last + 1, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        if end == last + 1 { cells -= 1 }
        return cells > limit ? (past ?? last) - line.lowerBound + 1 : nil
    }

    /// `|---|:--:|`, `--- | ---`: pipes, hyphens, colons and spaces, with a pipe and a hyphen;
    /// after the `>` of quotes it may be in.
    private static func isDelimiterRow(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var pipe = false, hyphen = false, leading = true
        for index in line {
            switch bytes[index] {
            case UInt8(ascii: "|"): pipe = true; leading = false
            case UInt8(ascii: "-"): hyphen = true; leading = false
            case UInt8(ascii: ":"): leading = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"): break
            case UInt8(ascii: ">") where leading: break
            default: return false
            }
        }
        return pipe && hyphen
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        line.allSatisfy { bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "\t") || bytes[$0] == UInt8(ascii: "\r") }
    }
}
