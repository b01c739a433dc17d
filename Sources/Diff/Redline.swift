import Outline

/// What changed from one version of a document to the next, block by block, as tracked
/// changes: in the order of the new document, with each deleted block where it stood.
public struct Redline: Sendable, Hashable {
    public var blocks: [RedlineBlock]
    public var summary: RedlineSummary

    public init(blocks: [RedlineBlock], summary: RedlineSummary) {
        self.blocks = blocks
        self.summary = summary
    }

    /// Compares two versions' blocks (`RenderedDocument.blocks`).
    public init(old: [DocumentBlock], new: [DocumentBlock]) {
        self.init(old: PreparedText(old), new: PreparedText(new))
    }

    /// Compares two versions' prepared texts: the same redline as of their blocks, without
    /// preparing again a text that is in several comparisons.
    public init(old: PreparedText, new: PreparedText) {
        self = RedlineBuilder(old: old, new: new).redline()
    }

    /// False when every block is unchanged: the two versions read the same.
    public var hasChanges: Bool {
        blocks.contains { $0.change != .unchanged }
    }
}

/// One block of a redline.
public struct RedlineBlock: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        /// Reads the same (white space and invisible ids aside); render `new`.
        case unchanged
        /// Paired with its most similar old block; `fields` holds the token changes, and
        /// `form` what changed in the block's form (its heading level, its list, its quote).
        case changed
        /// Only in the new version.
        case inserted
        /// Only in the old version, shown where it stood.
        case deleted
        /// Moved here from elsewhere in the old version; `fields` holds the token changes when
        /// it was also edited (`edited`), and is empty otherwise.
        case moved(Move)
        /// The old place of a block that moved: shown where it stood, pointing to `move.newIndex`.
        case movedAway(Move)
    }

    /// A block's move, the same value at both of its places.
    public struct Move: Sendable, Hashable {
        /// The block's position in the old and the new document's blocks.
        public var oldIndex: Int
        public var newIndex: Int
        /// Whether its text changed too.
        public var edited: Bool

        public init(oldIndex: Int, newIndex: Int, edited: Bool) {
            self.oldIndex = oldIndex
            self.newIndex = newIndex
            self.edited = edited
        }
    }

    public var change: Change
    /// The block in the old version and its position there; nil when inserted.
    public var old: IndexedBlock?
    /// The block in the new version and its position there; nil when deleted or moved away.
    public var new: IndexedBlock?
    /// Token changes, one array of runs per field (per cell for table rows), for `.changed`
    /// and edited `.moved` blocks; empty otherwise: render the block itself, wholly inserted
    /// or deleted when it is.
    public var fields: [[TokenRun]]
    /// For `.changed` and `.moved` blocks: how the block's form changed, in a fixed order;
    /// empty when it did not.
    public var form: [FormChange]
    /// For a table row whose cells were aligned by their content (a column added or
    /// removed): per field of `fields`, the cell it is in each version. Empty when the
    /// fields pair by position.
    public var cells: [CellPair]

    public init(change: Change, old: IndexedBlock?, new: IndexedBlock?, fields: [[TokenRun]] = [],
                form: [FormChange] = [], cells: [CellPair] = []) {
        self.change = change
        self.old = old
        self.new = new
        self.fields = fields
        self.form = form
        self.cells = cells
    }

    /// The block to show: the new one when there is one.
    public var block: DocumentBlock {
        guard let shown = new ?? old else { preconditionFailure("a redline block has an old or a new side") }
        return shown.block
    }
}

/// A field of a table row: the position of its cell in the old and the new row; nil in a
/// version whose row has no such cell (a column added or removed).
public struct CellPair: Sendable, Hashable {
    public var old: Int?
    public var new: Int?

    public init(old: Int?, new: Int?) {
        self.old = old
        self.new = new
    }
}

/// A block and its position in its document's blocks.
public struct IndexedBlock: Sendable, Hashable {
    public var index: Int
    public var block: DocumentBlock

    public init(index: Int, block: DocumentBlock) {
        self.index = index
        self.block = block
    }
}

/// Consecutive tokens of one field that are equal in both versions, deleted, or inserted.
public struct TokenRun: Sendable, Hashable {
    public enum Operation: Sendable, Hashable {
        case equal
        case deleted
        case inserted
    }

    public var operation: Operation
    /// The old version's tokens for `.deleted`, the new version's otherwise.
    public var tokens: [RedlineToken]
    /// For `.equal` runs only: the old version's tokens when they differ from `tokens` in
    /// white space (a reflowed line, two spaces for one, a space dropped before a comma) or
    /// formatting; nil when they are the same.
    public var oldTokens: [RedlineToken]?
    /// For `.equal` runs only: how the text was formatted in each version, when that changed
    /// (every token of the run but white space changed alike); nil when it did not.
    public var formatting: FormattingChange?

    public init(operation: Operation, tokens: [RedlineToken], oldTokens: [RedlineToken]? = nil,
                formatting: FormattingChange? = nil) {
        self.operation = operation
        self.tokens = tokens
        self.oldTokens = oldTokens
        self.formatting = formatting
    }
}
