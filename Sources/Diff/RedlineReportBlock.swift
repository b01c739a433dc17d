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
        /// How the block's form changed (`changed` and `moved` blocks); absent when it did not.
        public var form: [Form]?
        /// For a table row whose cells were paired by content (a column came or went): the
        /// cell of each of `fields` in the old and the new row.
        public var columns: [Column]?

        private enum CodingKeys: String, CodingKey {
            case change, kind, section, text, cells, runs, fields, form, columns
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
                    : entry.fields.map { field in
                        ReadableText.runs(field).map {
                            Run(operation: Run.Operation($0.operation), text: $0.text, formatting: $0.formatting.map(Formatting.init))
                        }
                    }
                if kind == .codeBlock { perField = perField.map(Self.withoutFinalLineBreak) }
                if isRow { fields = perField } else { runs = perField.first ?? [] }
            } else {
                let texts = ReadableText.fields(of: block)
                if isRow { cells = texts } else { text = texts.first ?? "" }
            }
            if !entry.form.isEmpty { form = entry.form.map(Form.init) }
            if !entry.cells.isEmpty { columns = entry.cells.map { Column(old: $0.old, new: $0.new) } }
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
            try container.encodeIfPresent(form, forKey: .form)
            try container.encodeIfPresent(columns, forKey: .columns)
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
        /// For an `equal` run formatted otherwise in the old version: how.
        public var formatting: Formatting?

        private enum CodingKeys: String, CodingKey {
            case operation = "op"
            case text, formatting
        }

        public init(operation: Operation, text: String, formatting: Formatting? = nil) {
            self.operation = operation
            self.text = text
            self.formatting = formatting
        }
    }

    /// How text that reads the same was formatted otherwise: formatting added and removed
    /// (`bold`, `italic`, `struck`, `code`), and the link it is in, when that changed.
    public struct Formatting: Sendable, Hashable, Codable {
        public var added: [String]
        public var removed: [String]
        /// The link in each version (null outside one); absent when the link did not change.
        public var link: LinkChange?
        /// The change in words, as the text formats note it ("link changed: … → …").
        public var notes: [String]

        init(_ change: FormattingChange) {
            added = change.added.map(\.rawValue)
            removed = change.removed.map(\.rawValue)
            link = change.linkChanged ? LinkChange(old: change.old.link.map(Link.init), new: change.new.link.map(Link.init)) : nil
            notes = change.notes.map(\.english)
        }
    }

    public struct LinkChange: Sendable, Hashable, Codable {
        public var old: Link?
        public var new: Link?

        private enum CodingKeys: String, CodingKey { case old, new }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
        }
    }

    public struct Link: Sendable, Hashable, Codable {
        public var href: String
        public var title: String

        init(_ target: LinkTarget) {
            href = target.destination
            title = target.title
        }
    }

    /// A change of a block's form: `kind` is `heading_level`, `list_kind`, `list_level`,
    /// `quote_level`, `task`, `code_language`, `column_alignment` or `layout`; `old` and `new`
    /// the values where the kind has them; `note` the change in words.
    public struct Form: Sendable, Hashable, Codable {
        public var kind: String
        public var old: String?
        public var new: String?
        public var note: String

        private enum CodingKeys: String, CodingKey { case kind, old, new, note }

        init(_ change: FormChange) {
            note = change.note.english
            switch change {
            case .headingLevel(let a, let b): (kind, old, new) = ("heading_level", String(a), String(b))
            case .listKind(let a, let b): (kind, old, new) = ("list_kind", a?.rawValue, b?.rawValue)
            case .listLevel(let a, let b): (kind, old, new) = ("list_level", String(a), String(b))
            case .quoteLevel(let a, let b): (kind, old, new) = ("quote_level", String(a), String(b))
            case .task(let a, let b): (kind, old, new) = ("task", a.map(Self.name), b.map(Self.name))
            case .codeLanguage(let a, let b): (kind, old, new) = ("code_language", a, b)
            case .columnAlignment: (kind, old, new) = ("column_alignment", nil, nil)
            case .layout: (kind, old, new) = ("layout", nil, nil)
            }
        }

        private static func name(_ state: DocumentBlock.TaskState) -> String {
            state == .checked ? "checked" : "unchecked"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
            try container.encode(note, forKey: .note)
        }
    }

    /// A field of a table row whose cells were paired by content: its cell's position in each
    /// row, null in the row that has no such cell.
    public struct Column: Sendable, Hashable, Codable {
        public var old: Int?
        public var new: Int?

        private enum CodingKeys: String, CodingKey { case old, new }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
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
