import CCmarkGFM

/// A heading as found in cmark's tree, before it has an id.
struct ParsedHeading: Sendable, Hashable {
    var level: Int
    /// Plain text, without formatting and without a valid `{#id}`.
    var text: String
    var customIDMarker: CustomIDMarker?
    /// cmark's position of the heading in the body: 1-based line, and 1-based column counted
    /// in bytes (see `HeadingDiagnostics` for why that is also the column in characters).
    var line: Int
    var column: Int

    var customID: String? { customIDMarker?.id }
}

/// What is done to heading nodes. These functions borrow nodes from a tree owned by
/// `CmarkLibrary.render` and keep none of them.
enum HeadingNodes {
    /// Every heading of `document`, in document order.
    static func all(in document: OpaquePointer) -> [OpaquePointer] {
        var headings: [OpaquePointer] = []
        walk(document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_HEADING { headings.append(node) }
        }
        return headings
    }

    /// Reads the heading, and removes a valid trailing `{#id}` from its last text.
    static func prepare(_ heading: OpaquePointer) -> ParsedHeading {
        // The whole `{#…}` must sit in the last text node. cmark-gfm 0.29 already merges the
        // pieces its inline parser makes (at `[`, `\`, or autolink's `:` and `w`); merging again
        // is cheap and keeps this right should another version not.
        cmark_consolidate_text_nodes(heading)
        var marker: CustomIDMarker?
        if let last = cmark_node_last_child(heading), cmark_node_get_type(last) == CMARK_NODE_TEXT,
           let literal = cmark_node_get_literal(last),
           let trailing = CustomIDMarker.trailing(in: String(cString: literal)) {
            marker = trailing.marker
            if case .valid = trailing.marker { removeTrailingText(of: heading, keeping: trailing.textBefore) }
        }
        return ParsedHeading(level: Int(cmark_node_get_heading_level(heading)), text: plainText(of: heading),
                             customIDMarker: marker,
                             line: Int(cmark_node_get_start_line(heading)),
                             column: Int(cmark_node_get_start_column(heading)))
    }

    /// Swaps the heading for a custom block holding cmark's own HTML of it plus ` id="…"`.
    /// A custom block's markup is written as is even in safe mode, where raw HTML is not.
    static func replace(_ heading: OpaquePointer, withID id: String, options: Int32,
                        extensions: UnsafeMutablePointer<cmark_llist>?) {
        let html = HeadingHTML.insertingID(id, into: CmarkLibrary.html(of: heading, options: options,
                                                                       extensions: extensions))
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { fatalError("cmark-gfm: out of memory") }
        guard cmark_node_set_on_enter(block, html) != 0, cmark_node_set_on_exit(block, "") != 0,
              cmark_node_replace(heading, block) != 0 else {
            cmark_node_free(block)
            fatalError("cmark-gfm refused to replace a heading")
        }
        // Unlinked by the replace; its children go with it.
        cmark_node_free(heading)
    }

    /// The text a reader sees: text and code, line breaks as spaces, the text inside links,
    /// emphasis and images included; raw HTML and footnote references left out.
    static func plainText(of heading: OpaquePointer) -> String {
        var text = ""
        walk(heading) { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// Sets the heading's last text to `kept`; when nothing is kept, removes that node and
    /// the line breaks before it (a setext heading whose last line was only `{#id}`).
    private static func removeTrailingText(of heading: OpaquePointer, keeping kept: String) {
        guard let last = cmark_node_last_child(heading) else { return }
        if !kept.isEmpty {
            _ = cmark_node_set_literal(last, kept)
            return
        }
        cmark_node_unlink(last)
        cmark_node_free(last)
        while let trailing = cmark_node_last_child(heading),
              [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type(trailing)) {
            cmark_node_unlink(trailing)
            cmark_node_free(trailing)
        }
    }

    /// Calls `visit` on entering each node under (and including) `root`. The tree must not
    /// change during the walk.
    static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { fatalError("cmark-gfm: out of memory") }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }
}
