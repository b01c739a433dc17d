import Outline

extension RedlineReport {
    /// A block that is not unchanged. Its content is `text` (`cells` for a table row) when it
    /// was inserted, deleted or moved unedited, and `runs` (`fields` for a table row) when its
    /// words changed; only the key that applies is written.
    public struct Block: Sendable, Hashable, Codable {
        public enum Change: String, Sendable, Hashable, Codable {
            case changed, inserted, deleted, moved
            case movedAway = "moved_away"
        }

        public enum Kind: String, Sendable, Hashable, Codable {
            case heading, paragraph
            case listItem = "list_item"
            case tableRow = "table_row"
            case codeBlock = "code_block"
            case thematicBreak = "thematic_break"
            case htmlBlock = "html_block"
            case footnoteDefinition = "footnote_definition"
        }

        public var change: Change
        public var kind: Kind
        /// The id of the section the block belongs to, in the version it is shown from (the
        /// old one for a deleted block or a moved block's old place); null before the first heading.
        public var section: String?
        /// The block's position among the old and the new document's blocks; null on the side
        /// it is absent from. Both places of a moved block carry both.
        public var oldIndex: Int?
        public var newIndex: Int?
        public var text: String?
        public var cells: [String]?
        public var runs: [Run]?
        public var fields: [[Run]]?

        private enum CodingKeys: String, CodingKey {
            case change, kind, section, text, cells, runs, fields
            case oldIndex = "old_index"
            case newIndex = "new_index"
        }

        /// nil for an unchanged block.
        init?(_ entry: RedlineBlock) {
            let block = entry.block
            kind = Kind(block.kind)
            section = block.sectionID
            oldIndex = entry.old?.index
            newIndex = entry.new?.index
            var showsRuns = false
            switch entry.change {
            case .unchanged: return nil
            case .changed: change = .changed; showsRuns = true
            case .inserted: change = .inserted
            case .deleted: change = .deleted
            case .moved(let move): change = .moved; showsRuns = move.edited
            case .movedAway(let move): change = .movedAway; newIndex = move.newIndex
            }
            let isRow = kind == .tableRow
            if block.fields.isEmpty {
                // A thematic break or raw HTML: nothing inside it can change.
                text = ReadableText.fields(of: block).first ?? ""
            } else if showsRuns {
                // A block whose form alone changed (a heading's level) has no token changes.
                var perField = entry.fields.isEmpty
                    ? ReadableText.fields(of: block).map { [Run(operation: .equal, text: $0)] }
                    : entry.fields.map { ReadableText.runs($0).map { Run(operation: Run.Operation($0.operation), text: $0.text) } }
                if kind == .codeBlock { perField = perField.map(Self.withoutFinalLineBreak) }
                if isRow { fields = perField } else { runs = perField.first ?? [] }
            } else {
                let texts = ReadableText.fields(of: block)
                if isRow { cells = texts } else { text = texts.first ?? "" }
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(change, forKey: .change)
            try container.encode(kind, forKey: .kind)
            try container.encode(section, forKey: .section)
            try container.encode(oldIndex, forKey: .oldIndex)
            try container.encode(newIndex, forKey: .newIndex)
            try container.encodeIfPresent(text, forKey: .text)
            try container.encodeIfPresent(cells, forKey: .cells)
            try container.encodeIfPresent(runs, forKey: .runs)
            try container.encodeIfPresent(fields, forKey: .fields)
        }

        /// A code block's runs without the line break that ends its literal, as its `text` is.
        private static func withoutFinalLineBreak(_ runs: [Run]) -> [Run] {
            guard var last = runs.last, last.text.hasSuffix("\n") else { return runs }
            last.text.removeLast()
            return runs.dropLast() + (last.text.isEmpty ? [] : [last])
        }
    }

    /// Consecutive text of one field that is equal in both versions, deleted, or inserted.
    public struct Run: Sendable, Hashable, Codable {
        public enum Operation: String, Sendable, Hashable, Codable {
            case equal, deleted, inserted

            init(_ operation: TokenRun.Operation) {
                self = switch operation {
                case .equal: .equal
                case .deleted: .deleted
                case .inserted: .inserted
                }
            }
        }

        public var operation: Operation
        public var text: String

        private enum CodingKeys: String, CodingKey {
            case operation = "op"
            case text
        }

        public init(operation: Operation, text: String) {
            self.operation = operation
            self.text = text
        }
    }
}

extension RedlineReport.Block.Kind {
    init(_ kind: DocumentBlock.Kind) {
        self = switch kind {
        case .heading: .heading
        case .paragraph: .paragraph
        case .listItem: .listItem
        case .tableRow: .tableRow
        case .codeBlock: .codeBlock
        case .thematicBreak: .thematicBreak
        case .htmlBlock: .htmlBlock
        case .footnoteDefinition: .footnoteDefinition
        }
    }
}
