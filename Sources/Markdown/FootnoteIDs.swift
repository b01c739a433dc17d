import CCmarkGFM

/// The ids cmark-gfm gives footnotes and their references: `fn-label` on a definition,
/// `fnref-label` on its first reference and `fnref-label-2`, `-3`… on the next ones. They
/// follow from the labels (`FootnoteLabels`, in number order) and how often each number is
/// referenced, so no further HTML is made for them.
enum FootnoteIDs {
    /// Borrows `document` (owned by `CmarkLibrary.render`) and keeps nothing of it.
    static func taken(in document: OpaquePointer, labels: [String]) -> Set<String> {
        guard !labels.isEmpty else { return [] }
        // A reference's literal is its footnote's number, the definition's 1-based position.
        var references: [Int: Int] = [:]
        HeadingNodes.walk(document) { node in
            if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE,
               let literal = cmark_node_get_literal(node), let number = Int(String(cString: literal)) {
                references[number, default: 0] += 1
            }
        }
        var ids: Set<String> = []
        for (index, label) in labels.enumerated() {
            ids.insert("fn-\(label)")
            ids.insert("fnref-\(label)")
            let count = references[index + 1] ?? 0
            if count >= 2 { for repeat_ in 2...count { ids.insert("fnref-\(label)-\(repeat_)") } }
        }
        return ids
    }
}
