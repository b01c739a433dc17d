import Outline

/// A block made ready for comparison: its tokens, their numbers, and what decides whether
/// two blocks read the same or may be paired at all. A class: the alignment and the move
/// search ask for a block many times, and a reference is cheaper to hand out than its arrays.
final class PreparedBlock {
    /// Blocks pair only within a family: a paragraph never becomes a heading's old text. A
    /// paragraph and a list item are one family: a clause taken out of a list into a
    /// paragraph of its own is the same clause, its form changed.
    enum Family: Hashable {
        case heading, prose, tableHeader, tableRow, code, thematicBreak, html, footnote
    }

    /// The block's kind and containers without what the reader does not see (heading ids,
    /// footnote labels, whether a list is tight, white space inside raw HTML), so that
    /// renumbered anchors are no change. Containers are compared and hashed in place, with
    /// their lists' tightness left out: a form is made for every block of every text.
    struct Form: Hashable {
        var kind: DocumentBlock.Kind
        var containers: [BlockContainer]

        init(_ block: DocumentBlock) {
            kind = switch block.kind {
            case .heading(let level, _): .heading(level: level, id: "")
            case .footnoteDefinition: .footnoteDefinition(label: "")
            case .htmlBlock(let html): .htmlBlock(TokenNumbers.collapsingWhiteSpace(html))
            default: block.kind
            }
            containers = block.containers
        }

        static func == (a: Form, b: Form) -> Bool {
            a.kind == b.kind && a.containers.count == b.containers.count
                && zip(a.containers, b.containers).allSatisfy { Self.seen($0) == Self.seen($1) }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            hasher.combine(containers.count)
            for container in containers { hasher.combine(Self.seen(container)) }
        }

        /// A container as a reader sees it: a list without its tightness.
        private static func seen(_ container: BlockContainer) -> BlockContainer {
            guard case .list(var style) = container, style.isTight else { return container }
            style.isTight = false
            return .list(style)
        }

        /// Whether two blocks are in the same containers, as a reader sees them.
        static func sameContainers(_ a: DocumentBlock, _ b: DocumentBlock) -> Bool {
            a.containers.count == b.containers.count && zip(a.containers, b.containers).allSatisfy { seen($0) == seen($1) }
        }
    }

    /// Where each token of each field is: most blocks are only numbered and measured, and
    /// only the fields of the blocks a redline diffs are made into tokens (`tokens(ofField:)`).
    private let places: [[TokenPlace]]
    private let block: DocumentBlock
    /// The fields' tokens once made.
    private let madeTokens: MadeTokens
    let numbers: [[Int32]]
    /// Per token, the number of its formatting (`TokenNumbers.style(of:isCode:)`).
    let styles: [[Int32]]
    let form: Form
    let family: Family
    /// Equal for blocks that read the same; the same value is not proof of that. Hashed when
    /// first asked for: only the move search asks, for the blocks left deleted or inserted.
    private(set) lazy var fingerprint: Int = {
        var hasher = Hasher()
        hasher.combine(form)
        hasher.combine(numbers)
        hasher.combine(styles)
        return hasher.finalize()
    }()
    let wordCount: Int
    /// The numbers of the tokens other than white space, all fields in a row: what
    /// similarity is computed on.
    let content: [Int32]

    init(_ block: DocumentBlock, numbering: inout TokenNumbers) {
        var places: [[TokenPlace]] = []
        var numbers: [[Int32]] = []
        var styles: [[Int32]] = []
        var wordCount = 0
        var content: [Int32] = []
        places.reserveCapacity(block.fields.count)
        numbers.reserveCapacity(block.fields.count)
        styles.reserveCapacity(block.fields.count)
        for field in block.fields {
            var fieldPlaces: [TokenPlace] = []
            var fieldNumbers: [Int32] = []
            var fieldStyles: [Int32] = []
            fieldPlaces.reserveCapacity(field.count * 8)
            fieldNumbers.reserveCapacity(field.count * 8)
            fieldStyles.reserveCapacity(field.count * 8)
            for (index, span) in field.enumerated() {
                switch span.content {
                case .text(let text), .code(let text):
                    let isCode = if case .code = span.content { true } else { false }
                    let style = numbering.style(of: span.marks, isCode: isCode)
                    let spaceStyle = numbering.spaceStyle(of: span.marks, isCode: isCode, style: style)
                    RedlineToken.split(text) { bytes, range, kind, hash in
                        let number = numbering.number(ofPiece: UnsafeBufferPointer(rebasing: bytes[range]), textHash: hash,
                                                      kind: kind, style: spaceStyle)
                        fieldPlaces.append(TokenPlace(span: Int32(index), start: Int32(range.lowerBound),
                                                      end: Int32(range.upperBound), kind: kind))
                        fieldNumbers.append(number)
                        fieldStyles.append(style)
                        if kind == .word || kind == .character { wordCount += 1 }
                        if kind != .space { content.append(number) }
                    }
                case .softBreak, .hardBreak, .image, .footnoteReference, .html, .emptyElement:
                    let kind: RedlineToken.Kind = span.content == .softBreak ? .space : .element
                    let style = numbering.style(of: span.marks, isCode: false)
                    let number = numbering.number(ofElement: span.content,
                                                  style: numbering.spaceStyle(of: span.marks, isCode: false, style: style))
                    fieldPlaces.append(TokenPlace(span: Int32(index), start: 0, end: 0, kind: kind))
                    fieldNumbers.append(number)
                    fieldStyles.append(style)
                    if kind != .space { content.append(number) }
                }
            }
            places.append(fieldPlaces)
            numbers.append(fieldNumbers)
            styles.append(fieldStyles)
        }
        self.places = places
        self.block = block
        self.numbers = numbers
        self.styles = styles
        self.wordCount = wordCount
        self.content = content
        form = Form(block)
        family = Self.family(of: block.kind)
        madeTokens = MadeTokens(fieldCount: block.fields.count)
    }

    /// Whether this block, prepared from another, is what `block` prepares into: the same form
    /// and fields (ids and a list's tightness aside, which nothing prepared reads).
    func prepares(_ block: DocumentBlock) -> Bool {
        form == Form(block) && self.block.fields == block.fields
    }

    /// How many fields the block has.
    var fieldCount: Int { numbers.count }

    /// The tokens of one field, made from their places: text and code pieces become spans of
    /// their own, with the formatting of the span they came from.
    func tokens(ofField field: Int) -> [RedlineToken] {
        if let made = madeTokens.fields[field] { return made }
        let made = makeTokens(ofField: field)
        madeTokens.fields[field] = made
        return made
    }

    private func makeTokens(ofField field: Int) -> [RedlineToken] {
        let spans = block.fields[field], places = self.places[field]
        var tokens: [RedlineToken] = []
        tokens.reserveCapacity(places.count)
        var index = 0
        while index < places.count {
            let spanIndex = places[index].span
            let span = spans[Int(spanIndex)]
            switch span.content {
            case .text(var text), .code(var text):
                text.makeContiguousUTF8()
                let read: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                    while index < places.count, places[index].span == spanIndex {
                        let place = places[index]
                        let piece = UnsafeBufferPointer(rebasing: bytes[Int(place.start)..<Int(place.end)])
                        tokens.append(RedlineToken.token(of: span, bytes: piece, kind: place.kind))
                        index += 1
                    }
                }
                precondition(read != nil, "a contiguous string's bytes are readable in place")
            default:
                tokens.append(RedlineToken(kind: places[index].kind, span: span))
                index += 1
            }
        }
        return tokens
    }

    /// The numbers of one field's tokens other than white space.
    func content(ofField field: Int) -> [Int32] {
        zip(places[field], numbers[field]).compactMap { place, number in place.kind == .space ? nil : number }
    }

    /// Whether a reader sees the same block in both versions. Most blocks asked about differ
    /// in their number of tokens, which the first comparison tells at once.
    func readsSame(as other: PreparedBlock) -> Bool {
        numbers == other.numbers && styles == other.styles && form == other.form
    }

    private static func family(of kind: DocumentBlock.Kind) -> Family {
        switch kind {
        case .heading: .heading
        case .paragraph, .listItem: .prose
        case .tableRow(let isHeader, _): isHeader ? .tableHeader : .tableRow
        case .codeBlock: .code
        case .thematicBreak: .thematicBreak
        case .htmlBlock: .html
        case .footnoteDefinition: .footnote
        }
    }
}

/// A token of a block's field: the span it is in, and for text and code its bytes there.
private struct TokenPlace {
    var span: Int32
    var start: Int32
    var end: Int32
    var kind: RedlineToken.Kind
}

/// A prepared block's tokens per field, made when first asked for.
private final class MadeTokens {
    var fields: [[RedlineToken]?]

    init(fieldCount: Int) {
        fields = Array(repeating: nil, count: fieldCount)
    }
}
