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

        init(_ block: DocumentBlock) {
            kind = switch block.kind {
            case .heading(let level, _): .heading(level: level, id: "")
            case .footnoteDefinition: .footnoteDefinition(label: "")
            default: block.kind
            }
            containers = block.containers
        }
    }

    let tokens: [[RedlineToken]]
    let numbers: [[Int32]]
    let form: Form
    let family: Family
    /// Equal for blocks that read the same; the same value is not proof of that.
    let fingerprint: Int
    let wordCount: Int
    /// The numbers of the tokens other than white space, all fields in a row: what
    /// similarity is computed on.
    let content: [Int32]

    init(_ block: DocumentBlock, numbering: inout TokenNumbers) {
        var tokens: [[RedlineToken]] = []
        var numbers: [[Int32]] = []
        var wordCount = 0
        var content: [Int32] = []
        for field in block.fields {
            let marks = field.map { numbering.number(of: $0.marks) }
            var fieldTokens: [RedlineToken] = []
            var fieldNumbers: [Int32] = []
            fieldTokens.reserveCapacity(field.count * 8)
            fieldNumbers.reserveCapacity(field.count * 8)
            RedlineToken.forEachToken(in: field) { token, span, hash in
                let number = numbering.number(of: token, textHash: hash, marks: marks[span])
                fieldTokens.append(token)
                fieldNumbers.append(number)
                if token.isWord { wordCount += 1 }
                if token.kind != .space { content.append(number) }
            }
            tokens.append(fieldTokens)
            numbers.append(fieldNumbers)
        }
        self.tokens = tokens
        self.numbers = numbers
        self.wordCount = wordCount
        self.content = content
        form = Form(block)
        family = Self.family(of: block.kind)
        var hasher = Hasher()
        hasher.combine(form)
        hasher.combine(numbers)
        fingerprint = hasher.finalize()
    }

    /// Whether a reader sees the same block in both versions.
    func readsSame(as other: PreparedBlock) -> Bool {
        fingerprint == other.fingerprint && numbers == other.numbers && form == other.form
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
