import CCmarkGFM

/// The labels of a document's footnote definitions, in footnote-number order.
///
/// cmark-gfm neither exposes a definition's label nor keeps the label on a reference (it
/// replaces it with the footnote's number). After parsing, the definitions that are referenced
/// are the document's last children, in number order, and cmark's HTML of one definition starts
/// with `<li id="fn-label">`, written before any of the author's content: that is read here.
enum FootnoteLabels {
    /// Borrows `document` (owned by `CmarkLibrary.render`) and keeps nothing of it.
    static func inOrder(in document: OpaquePointer, options: Int32,
                        extensions: UnsafeMutablePointer<cmark_llist>?) -> [String] {
        var labels: [String] = []
        var node = cmark_node_last_child(document)
        while let definition = node, cmark_node_get_type(definition) == CMARK_NODE_FOOTNOTE_DEFINITION {
            labels.append(label(in: CmarkLibrary.html(of: definition, options: options, extensions: extensions)))
            node = cmark_node_previous(definition)
        }
        return labels.reversed()
    }

    /// The text between `<li id="fn-` and the next `"` of a definition's HTML.
    static func label(in html: String) -> String {
        guard let start = html.range(of: "<li id=\"fn-"),
              let end = html[start.upperBound...].firstIndex(of: "\"") else {
            fatalError("cmark-gfm rendered a footnote definition as \(html.prefix(200).debugDescription)")
        }
        return String(html[start.upperBound..<end])
    }
}
