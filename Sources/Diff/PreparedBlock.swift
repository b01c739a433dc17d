import Outline

/// A block made ready for comparison: its tokens, their numbers, and what decides whether
/// two blocks read the same or may be paired at all.
struct PreparedBlock {
    /// Blocks pair only within a family: a paragraph never becomes a list item's old text.
    enum Family: Hashable {
        case heading, paragraph, listItem, tableHeader, tableRow, code, thematicBreak, html, footnote
    }

    /// The block's kind and containers without what the reader does not see (heading ids,
    /// footnote labels), so that renumbered anchors are no change.
    struct Form: Hashable {
        var kind: DocumentBlock.Kind
        var containers: [BlockContainer]
    }

    let tokens: [[RedlineToken]]
    let numbers: [[Int32]]
    let form: Form
    let family: Family
    /// Equal for blocks that read the same; the same value is not proof of that.
    let fingerprint: Int
    let wordCount: Int

    init(_ block: DocumentBlock, numbering: inout TokenNumbers) {
        tokens = RedlineToken.tokens(of: block)
        numbers = tokens.map { field in field.map { numbering.number(of: $0) } }
        form = Form(kind: Self.visibleKind(block.kind), containers: block.containers)
        family = Self.family(of: block.kind)
        var hasher = Hasher()
        hasher.combine(form)
        hasher.combine(numbers)
        fingerprint = hasher.finalize()
        wordCount = tokens.reduce(0) { $0 + $1.count(where: \.isWord) }
    }

    /// Whether a reader sees the same block in both versions.
    func readsSame(as other: PreparedBlock) -> Bool {
        fingerprint == other.fingerprint && numbers == other.numbers && form == other.form
    }

    private static func visibleKind(_ kind: DocumentBlock.Kind) -> DocumentBlock.Kind {
        switch kind {
        case .heading(let level, _): .heading(level: level, id: "")
        case .footnoteDefinition: .footnoteDefinition(label: "")
        default: kind
        }
    }

    private static func family(of kind: DocumentBlock.Kind) -> Family {
        switch kind {
        case .heading: .heading
        case .paragraph: .paragraph
        case .listItem: .listItem
        case .tableRow(let isHeader, _): isHeader ? .tableHeader : .tableRow
        case .codeBlock: .code
        case .thematicBreak: .thematicBreak
        case .htmlBlock: .html
        case .footnoteDefinition: .footnote
        }
    }
}
