import CCmarkGFM
import SafeHTML

/// A piece of raw HTML as the text has it, for the sanitizer: its literal, where it starts in
/// the parsed text, and whether it is an HTML block or a tag in a line of text.
struct RawHTML: Sendable {
    var literal: String
    /// cmark's position: 1-based line, and 1-based column in bytes.
    var line: Int
    var column: Int
    var isBlock: Bool
}

/// `html: safe`: the literal of each raw HTML node is swapped for a marker, and the text is
/// rendered as with `html: trusted`, so that the sanitizer gets the author's HTML back in
/// place (`AuthoredHTML`) and cmark's own markup is what safe mode writes: safe mode's other
/// work, emptying dangerous link and image targets, is done here on the tree first, by the
/// same rule (`SafeURL`). These functions borrow nodes from a tree owned by
/// `CmarkLibrary.render` and keep none of them.
enum RawHTMLNodes {
    /// What stands for a raw HTML node in cmark's output. It cannot come from the text: cmark
    /// escapes every `<` of text, URLs and attributes, and raw HTML is what is being replaced.
    static let marker = "<\u{1}>"

    /// Marks every raw HTML node of `document`, except inside an image's description (which
    /// cmark writes as escaped alt text); returns them in document order, the order of the
    /// markers in the output. When there are any, links and images are made safe, and the
    /// document must be rendered with CMARK_OPT_UNSAFE.
    static func mark(in document: OpaquePointer) -> [RawHTML] {
        let (nodes, targets) = walk(document)
        guard !nodes.isEmpty else { return [] }
        // The walk only collects; the tree is changed after it, as cmark's iterator requires.
        for node in targets {
            if let url = cmark_node_get_url(node), SafeURL.isDangerous(String(cString: url)) {
                guard cmark_node_set_url(node, "") != 0 else { fatalError("cmark-gfm: out of memory") }
            }
        }
        return nodes.map { node in
            let raw = piece(node)
            guard cmark_node_set_literal(node, marker) != 0 else { fatalError("cmark-gfm: out of memory") }
            return raw
        }
    }

    /// The raw HTML nodes of `document` as `mark` finds them, the tree left as it is.
    static func pieces(in document: OpaquePointer) -> [RawHTML] {
        walk(document).nodes.map(piece)
    }

    private static func piece(_ node: OpaquePointer) -> RawHTML {
        RawHTML(literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
                line: Int(cmark_node_get_start_line(node)),
                column: Int(cmark_node_get_start_column(node)),
                isBlock: cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK)
    }

    /// The raw HTML nodes outside images' descriptions, and the links and images.
    private static func walk(_ document: OpaquePointer) -> (nodes: [OpaquePointer], targets: [OpaquePointer]) {
        var nodes: [OpaquePointer] = []
        var targets: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { fatalError("cmark-gfm: out of memory") }
        var imageDepth = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_IMAGE || type == CMARK_NODE_LINK {
                if event == CMARK_EVENT_ENTER { targets.append(node) }
                if type == CMARK_NODE_IMAGE { imageDepth += event == CMARK_EVENT_ENTER ? 1 : -1 }
            } else if event == CMARK_EVENT_ENTER, imageDepth == 0,
                      type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                nodes.append(node)
            }
        }
        cmark_iter_free(iterator)
        return (nodes, targets)
    }
}

extension RawHTML {
    /// Where the byte at `offset` of the literal (`length` bytes, its lines starting at
    /// `lineStarts`) is written in the file.
    func point(at offset: Int, length: Int, lineStarts starts: [Int], positions: ParsedPositions) -> SourcePoint {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        let lineIndex = max(low - 1, 0)
        guard lineIndex > 0 else { return positions.point(line: line, byteColumn: column + offset) }
        // A block's later lines lose their container's prefix (`> `) in the literal:
        // the line as parsed ends as the literal's line does.
        let lineEnd = lineIndex + 1 < starts.count ? starts[lineIndex + 1] - 1 : length
        let prefix = positions.byteLength(ofLine: line + lineIndex) - (lineEnd - starts[lineIndex])
        return positions.point(line: line + lineIndex, byteColumn: max(prefix, 0) + offset - starts[lineIndex] + 1)
    }
}
