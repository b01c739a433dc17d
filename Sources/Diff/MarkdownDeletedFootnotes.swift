import Outline

/// Footnote definitions deleted from a text whose label the new version defines again (its
/// note rewritten beyond pairing). Markdown keeps one definition per label, so such a deleted
/// definition is written as a paragraph that names its label (`[^2]: the old note`, struck
/// through) outside the footnotes, and the blocks that continue it follow it there.
struct MarkdownDeletedFootnotes {
    private let newLabels: Set<String>
    private var continuing = false

    init(_ redline: Redline) {
        var labels = Set<String>()
        for block in redline.documents.new {
            if case .footnoteDefinition(let label) = block.kind { labels.insert(label) }
        }
        newLabels = labels
    }

    /// The block to write for a deleted block, and the text to write before its content.
    mutating func deleted(_ block: DocumentBlock) -> (block: DocumentBlock, lead: String?) {
        if case .footnoteDefinition(let label) = block.kind {
            continuing = newLabels.contains(label)
            guard continuing else { return (block, nil) }
            var paragraph = Self.outsideFootnotes(block)
            paragraph.kind = .paragraph
            return (paragraph, "[^\(FootnoteLabel.written(label))]: ")
        }
        guard continuing, block.containers.contains(.footnotes) else {
            continuing = false
            return (block, nil)
        }
        return (Self.outsideFootnotes(block), nil)
    }

    /// Any other block ends a deleted definition.
    mutating func other() {
        continuing = false
    }

    private static func outsideFootnotes(_ block: DocumentBlock) -> DocumentBlock {
        var copy = block
        copy.containers.removeAll { $0 == .footnotes }
        return copy
    }
}
