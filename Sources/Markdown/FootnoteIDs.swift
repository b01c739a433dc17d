import CCmarkGFM

/// The ids cmark-gfm gives footnotes and their references (`fn-label`, `fnref-label`,
/// `fnref-label-2`). cmark does not expose the labels, so they are read from its own HTML of
/// the document, which is made only when the document has a footnote at all.
enum FootnoteIDs {
    /// Borrows `document` (owned by `CmarkLibrary.render`) and keeps nothing of it.
    static func taken(in document: OpaquePointer, options: Int32,
                      extensions: UnsafeMutablePointer<cmark_llist>?) -> Set<String> {
        var hasFootnotes = false
        HeadingNodes.walk(document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION { hasFootnotes = true }
        }
        guard hasFootnotes else { return [] }
        return ids(in: CmarkLibrary.html(of: document, options: options, extensions: extensions))
    }

    /// Values of `id="fn-…"` and `id="fnref-…"` attributes in `html`.
    static func ids(in html: String) -> Set<String> {
        var found: Set<String> = []
        var rest = html[...]
        while let start = rest.range(of: " id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let id = rest[..<end]
            if id.hasPrefix("fn-") || id.hasPrefix("fnref-") { found.insert(String(id)) }
            rest = rest[end...]
        }
        return found
    }
}
