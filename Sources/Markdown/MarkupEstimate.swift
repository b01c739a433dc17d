/// How many nodes cmark-gfm would make of a text, estimated from its bytes in one pass before
/// the parse (docs/performance.md, "Refused before the parse").
///
/// cmark-gfm makes a text node for every delimiter run and bracket while it parses inlines, and
/// merges what stays text only at the end: ten MiB of `[a] ` or of unclosed `*a **b _c __d `
/// end as three nodes but took it 1.2 to 1.8 GB on the way. Counting the finished tree
/// (`NodeBudget.exceeded`) comes too late for those, and for every text refused after it. So the
/// marks that make nodes are counted here: each line that is not code (its block, or its line
/// break, and its text), each container marker, each run of `*`, `_`, `~` or backticks, each
/// bracket, `<`, `&` and backslash, each `|`, each `www.` and `://` that may start an
/// autolink, and, for one each, every other `w` and `:` (where the autolink extension stops
/// cmark's text to look). The count is higher than the nodes a text of these marks parses into, so
/// `limit` sits above `NodeBudget.limit` and below what costs cmark-gfm more than about 150 MB.
enum MarkupEstimate {
    /// A real policy of 800 KB counts tens of thousands; ten MiB of plain prose about 320,000,
    /// of CJK prose about 490,000 (one line in 43 bytes).
    static let limit = 750_000

    /// Where the count passes `limit` (line, byte column), or nil.
    static func exceeded(in text: String, limit: Int = Self.limit) -> NodeBudget.Excess? {
        // Every mark a line counts takes a byte of its own and counts at most 2, and the line's
        // own 2 goes with a byte of its text: no text counts more than 4 for each of its bytes.
        guard text.utf8.count * 4 > limit else { return nil }
        return scanned(text, limit: limit)
    }

    /// The count, read line by line whatever the text's length.
    static func scanned(_ text: String, limit: Int) -> NodeBudget.Excess? {
        var text = text
        return text.withUTF8 { bytes in
            var scan = Scan(bytes: bytes, limit: limit)
            return scan.run()
        }
    }

    private struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>
        let limit: Int
        var count = 0
        var line = 1
        var lineStart = 0
        /// The fence that opened the code block the scan is in: its byte and length.
        var fence: (byte: UInt8, length: Int)?

        init(bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
            self.bytes = bytes
            self.limit = limit
        }

        mutating func run() -> NodeBudget.Excess? {
            while lineStart < bytes.count {
                var end = lineStart
                while end < bytes.count, bytes[end] != newline { end += 1 }
                if let excess = read(lineStart..<end) { return excess }
                line += 1
                lineStart = end + 1
            }
            return nil
        }

        /// Counts one line (without its `\n`); an excess where the count passes the limit.
        private mutating func read(_ range: Range<Int>) -> NodeBudget.Excess? {
            var index = range.lowerBound
            let indent = spaces(from: index, to: range.upperBound)
            index += indent
            if let open = fence {
                // Code lines make no nodes; only the closing fence ends them.
                if indent < 4, run(of: open.byte, at: index, to: range.upperBound) >= open.length { fence = nil }
                return nil
            }
            // A blank line, or indented code, makes no node of its own.
            guard index < range.upperBound, indent < 4 else { return nil }
            // Container markers: quotes, list items, a heading's hashes.
            while index < range.upperBound {
                let byte = bytes[index]
                let markerEnd: Int
                if byte == UInt8(ascii: ">") {
                    markerEnd = index + 1
                } else if byte == UInt8(ascii: "#") {
                    markerEnd = index + run(of: byte, at: index, to: range.upperBound)
                } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*") {
                    guard index + 1 < range.upperBound, isSpace(bytes[index + 1]) else { break }
                    markerEnd = index + 1
                } else if isDigit(byte) {
                    var digits = index
                    while digits < range.upperBound, isDigit(bytes[digits]) { digits += 1 }
                    guard digits < range.upperBound, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"),
                          digits + 1 == range.upperBound || isSpace(bytes[digits + 1]) else { break }
                    markerEnd = digits + 1
                } else {
                    break
                }
                if let excess = add(2, at: index) { return excess }
                index = markerEnd + spaces(from: markerEnd, to: range.upperBound)
            }
            guard index < range.upperBound else { return nil }
            let first = bytes[index]
            if (first == UInt8(ascii: "`") || first == UInt8(ascii: "~")), run(of: first, at: index, to: range.upperBound) >= 3 {
                fence = (first, run(of: first, at: index, to: range.upperBound))
                return add(2, at: index)
            }
            if first == UInt8(ascii: "["), isReferenceDefinition(index..<range.upperBound) {
                // A definition makes no node; cmark keeps it in its map of references.
                return add(1, at: index)
            }
            if let excess = add(2, at: index) { return excess }
            return inlines(index..<range.upperBound)
        }

        /// The marks of a line's inlines.
        private mutating func inlines(_ range: Range<Int>) -> NodeBudget.Excess? {
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                var weight = 0
                var length = 1
                switch byte {
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "`"):
                    weight = 2
                    length = run(of: byte, at: index, to: range.upperBound)
                case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "\\"):
                    weight = 2
                case UInt8(ascii: "|"):
                    // In a table each cell is two nodes, the cell and its text.
                    weight = 2
                case UInt8(ascii: ":"):
                    // The autolink extension stops cmark's text at every `:` and `w`, each then a
                    // node until the merge: ten MiB of `word ` took it 393 MB.
                    weight = 1
                    if starts(with: "://", at: index, before: range.upperBound) { weight = 2; length = 3 }
                case UInt8(ascii: "w"):
                    weight = 1
                    if starts(with: "www.", at: index, before: range.upperBound) { weight = 2; length = 4 }
                default:
                    break
                }
                if weight > 0, let excess = add(weight, at: index) { return excess }
                index += length
            }
            return nil
        }

        private mutating func add(_ weight: Int, at offset: Int) -> NodeBudget.Excess? {
            count += weight
            guard count > limit else { return nil }
            return NodeBudget.Excess(line: line, column: offset - lineStart + 1, limit: .estimatedNodes)
        }

        /// `[label]:` at the start of a line.
        private func isReferenceDefinition(_ range: Range<Int>) -> Bool {
            var index = range.lowerBound + 1
            while index + 1 < range.upperBound {
                if bytes[index] == UInt8(ascii: "]") { return bytes[index + 1] == UInt8(ascii: ":") }
                index += 1
            }
            return false
        }

        private func run(of byte: UInt8, at index: Int, to end: Int) -> Int {
            var last = index
            while last < end, bytes[last] == byte { last += 1 }
            return last - index
        }

        private func spaces(from index: Int, to end: Int) -> Int {
            var last = index
            while last < end, isSpace(bytes[last]) { last += 1 }
            return last - index
        }

        private func starts(with word: StaticString, at index: Int, before end: Int) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= end else { return false }
            let start = word.utf8Start
            for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
            return true
        }

        private func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        private var newline: UInt8 { UInt8(ascii: "\n") }
    }
}
