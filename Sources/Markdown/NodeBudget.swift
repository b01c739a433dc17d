import CCmarkGFM

/// How many of cmark-gfm's nodes a text may parse into before it is refused (PG306).
///
/// cmark parses any text in linear time and little memory, but every node then costs the
/// stages after it (blocks, spans, link places, the checks' view, the cache, the HTML) a few
/// hundred bytes and about a microsecond: ten MiB of one-node lines would take seconds and
/// gigabytes. Real policies stay far below the limit: a long scraped text of 800 KB, with its
/// citation markers and links, parses into tens of thousands of nodes.
enum NodeBudget {
    static let limit = 500_000

    /// cmark-gfm's e-mail autolinks cost it several KB for each `@` of a paragraph (ten MiB of
    /// `a@b.co ` took it past 3.8 GB before any of our code ran), so a text is refused before
    /// the parse when it holds more than this many. A policy names a few dozen addresses.
    static let atSignLimit = 20_000

    /// Where a text passed a limit (line and byte column of the parsed text), and which.
    struct Excess {
        enum Limit {
            /// Counted in cmark-gfm's tree (`limit`).
            case nodes
            /// Before the parse: `atSignLimit`, `TableWidth.limit`, `MarkupEstimate.limit`.
            case atSigns, estimatedNodes, tableCells
            /// Before the placeholders are made: `referenceLimit`.
            case references
        }
        var line: Int
        var column: Int
        var limit: Limit
    }

    /// The first limit a text passes before the parse, in one pass each over its bytes: the
    /// texts these refuse would cost cmark-gfm itself seconds or gigabytes. Run outside cmark's
    /// lock.
    static func exceededBeforeParse(in text: String) -> Excess? {
        tooManyAtSigns(in: text) ?? TableWidth.exceeded(in: text) ?? MarkupEstimate.exceeded(in: text)
    }

    /// Every `{{` becomes an entry and a placeholder, is looked for in the tree, and, when it
    /// is no reference, a diagnostic: ten MiB of `{{ ` took more than 12 s and 2 GB. A policy
    /// names its variables tens or hundreds of times.
    static let referenceLimit = 250_000

    /// Where the `{{` past `referenceLimit` is, or nil. Run on the body as written, before its
    /// placeholders are made.
    static func tooManyReferences(in text: String, limit: Int = Self.referenceLimit) -> Excess? {
        var text = text
        return text.withUTF8 { bytes -> Excess? in
            // Each `{{` takes two of the `{`: with few of them, none is past the limit.
            guard ByteCount.occurrences(of: UInt8(ascii: "{"), in: bytes) / 2 > limit else { return nil }
            var count = 0, line = 1, lineStart = 0, offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = offset + 1
                } else if byte == UInt8(ascii: "{"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "{") {
                    count += 1
                    if count > limit { return Excess(line: line, column: offset - lineStart + 1, limit: .references) }
                    offset += 2
                    continue
                }
                offset += 1
            }
            return nil
        }
    }

    /// Where the `@` past `atSignLimit` is, or nil. Run before the parse, outside cmark's lock.
    static func tooManyAtSigns(in text: String, limit: Int = Self.atSignLimit) -> Excess? {
        var text = text
        return text.withUTF8 { bytes -> Excess? in
            guard bytes.count > limit, ByteCount.occurrences(of: UInt8(ascii: "@"), in: bytes) > limit else { return nil }
            var count = 0, line = 1, lineStart = 0
            for (offset, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = offset + 1
                } else if byte == UInt8(ascii: "@") {
                    count += 1
                    if count > limit { return Excess(line: line, column: offset - lineStart + 1, limit: .atSigns) }
                }
            }
            return nil
        }
    }

    /// Where the node past `limit` starts (its block's line and byte column), or nil when the
    /// document holds no more than `limit` nodes. Counting stops at the limit.
    static func exceeded(in document: OpaquePointer, limit: Int = Self.limit) -> Excess? {
        guard let iterator = cmark_iter_new(document) else { return nil }
        defer { cmark_iter_free(iterator) }
        var count = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { return nil }
            guard event == CMARK_EVENT_ENTER else { continue }
            count += 1
            if count > limit, let node = cmark_iter_get_node(iterator) {
                let start = start(of: node)
                return Excess(line: start.line, column: start.column, limit: .nodes)
            }
        }
    }

    /// An inline node may have no position; its nearest positioned ancestor has.
    private static func start(of node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let positioned = current {
            let line = Int(cmark_node_get_start_line(positioned))
            if line > 0 { return (line, Int(cmark_node_get_start_column(positioned))) }
            current = cmark_node_parent(positioned)
        }
        return (1, 1)
    }
}
