import Outline

/// Makes a `Redline`: prepares every block, aligns, finds moves, diffs the tokens of paired
/// blocks, and sums up.
struct RedlineBuilder {
    private let old: PreparedText
    private let new: PreparedText
    private var oldBlocks: [DocumentBlock] { old.blocks }
    private var newBlocks: [DocumentBlock] { new.blocks }
    /// The numbers of both versions' list items, counted the first time a pair needs them.
    private let listNumbers: ListNumbersOfPair

    init(old: PreparedText, new: PreparedText) {
        self.old = old
        self.new = new
        listNumbers = ListNumbersOfPair(old: old.blocks, new: new.blocks)
    }

    func redline() -> Redline {
        var versions = VersionPair(old: old, new: new)
        let steps = BlockAlignment.steps(aligning: &versions)
        var movesByOld: [Int: RedlineBlock.Move] = [:]
        var movesByNew: [Int: (move: RedlineBlock.Move, diff: PairDiff?)] = [:]
        for found in MoveDetection.moves(among: steps, in: &versions) {
            // A block that moved with its white space alone changed has not been edited.
            let diff = versions.readsSame(old: found.old, new: found.new) ? nil : pairDiff(found.old, found.new, &versions)
            let edited = diff?.isVisible ?? false
            let move = RedlineBlock.Move(oldIndex: found.old, newIndex: found.new, edited: edited)
            movesByOld[found.old] = move
            movesByNew[found.new] = (move, edited ? diff : nil)
        }

        var blocks: [RedlineBlock] = []
        var entries: [RedlineSummary.Entry] = []
        blocks.reserveCapacity(steps.count)
        entries.reserveCapacity(steps.count)
        var counts = RedlineSummary.Counts()
        func append(_ change: RedlineBlock.Change, old: Int?, new: Int?, diff: PairDiff? = nil) {
            let diff = diff ?? PairDiff()
            blocks.append(RedlineBlock(change: change, old: old.map { IndexedBlock(index: $0, block: oldBlocks[$0]) },
                                       new: new.map { IndexedBlock(index: $0, block: newBlocks[$0]) },
                                       fields: diff.fields, form: diff.form, cells: diff.cells))
            var reformatted = !diff.form.isEmpty
            counts.formattingChanges += diff.form.count
            for field in diff.fields {
                for run in field where run.operation != .equal {
                    let words = run.tokens.count(where: \.isWord)
                    if run.operation == .inserted { counts.wordsAdded += words } else { counts.wordsRemoved += words }
                }
                for note in field.formattingNotes {
                    reformatted = true
                    if note.change.linkChanged { counts.linksChanged += 1 }
                    if note.change.stylesChanged { counts.formattingChanges += 1 }
                }
            }
            entries.append(RedlineSummary.Entry(change: change, old: old, new: new, reformatted: reformatted))
        }
        for step in steps {
            switch step {
            case .pair(let i, let j):
                if versions.readsSame(old: i, new: j) {
                    append(.unchanged, old: i, new: j)
                } else {
                    let diff = pairDiff(i, j, &versions)
                    append(diff.isVisible ? .changed : .unchanged, old: i, new: j, diff: diff.isVisible ? diff : nil)
                }
            case .oldOnly(let i):
                if let move = movesByOld[i] {
                    append(.movedAway(move), old: i, new: nil)
                } else {
                    append(.deleted, old: i, new: nil)
                    counts.wordsRemoved += versions.old(i).wordCount
                }
            case .newOnly(let j):
                if let (move, diff) = movesByNew[j] {
                    append(.moved(move), old: move.oldIndex, new: j, diff: diff)
                } else {
                    append(.inserted, old: nil, new: j)
                    counts.wordsAdded += versions.new(j).wordCount
                }
            }
        }
        let summary = RedlineSummary(entries: entries, oldBlocks: oldBlocks, newBlocks: newBlocks, counts: counts)
        return Redline(blocks: blocks, summary: summary)
    }

    /// What changed between two paired blocks.
    private func pairDiff(_ i: Int, _ j: Int, _ versions: inout VersionPair) -> PairDiff {
        var diff = PairDiff()
        diff.form = FormChange.changes(from: oldBlocks[i], to: newBlocks[j])
        let isTableRow = if case .tableRow = newBlocks[j].kind { true } else { false }
        let changes = versions.fieldChanges(old: i, new: j) { old, new in Self.fieldChanges(old, new, isTableRow: isTableRow) }
        diff.fields = changes.fields
        diff.cells = changes.cells
        keepListNumber(&diff, i, j)
        return diff
    }

    /// The token changes of two paired blocks' fields, and how their cells pair when a column
    /// of a table row came or went (empty otherwise).
    private static func fieldChanges(_ old: PreparedBlock, _ new: PreparedBlock, isTableRow: Bool) -> FieldChanges {
        // Cells pair by position, unless a column came or went.
        let byContent = isTableRow && old.fieldCount != new.fieldCount
        let cells = byContent ? CellAlignment.pairs(old, new)
            : old.fieldCount == 1 && new.fieldCount == 1 ? Self.oneField
            : (0..<max(old.fieldCount, new.fieldCount)).map { field in
                CellPair(old: field < old.fieldCount ? field : nil, new: field < new.fieldCount ? field : nil)
            }
        // A field only one version has is wholly inserted or deleted.
        let fields = cells.map { pair in
            FieldDiff(old: pair.old.map(old.tokens(ofField:)) ?? [], oldNumbers: pair.old.map { old.numbers[$0] } ?? [],
                      oldStyles: pair.old.map { old.styles[$0] } ?? [],
                      new: pair.new.map(new.tokens(ofField:)) ?? [], newNumbers: pair.new.map { new.numbers[$0] } ?? [],
                      newStyles: pair.new.map { new.styles[$0] } ?? []).runs()
        }
        return FieldChanges(fields: fields, cells: byContent ? cells : [])
    }

    /// The fields of blocks with one field each, paired: most blocks.
    private static let oneField = [CellPair(old: 0, new: 0)]

    /// An item of a numbered list that became a paragraph starting with its number ("3. The
    /// provider…"), or the reverse, reads the same: the number it showed as a list marker is
    /// now written in its text. Those tokens are made equal (on one side only) rather than
    /// inserted or deleted, and the form change tells what happened.
    private func keepListNumber(_ diff: inout PairDiff, _ i: Int, _ j: Int) {
        guard var runs = diff.fields.first, let first = runs.first, first.operation != .equal else { return }
        let intoText = diff.form.contains(.listKind(old: .numbered, new: nil))
        let fromText = diff.form.contains(.listKind(old: nil, new: .numbered))
        // The number is written on the side that is a paragraph.
        guard intoText && first.operation == .inserted || fromText && first.operation == .deleted,
              let number = intoText ? listNumbers.old[i] : listNumbers.new[j] else { return }
        let length = Self.markerLength(of: first.tokens, number: number)
        guard length > 0 else { return }
        let marker = Array(first.tokens[..<length]), rest = Array(first.tokens[length...])
        let kept = intoText ? TokenRun(operation: .equal, tokens: marker, oldTokens: [])
                            : TokenRun(operation: .equal, tokens: [], oldTokens: marker)
        runs.replaceSubrange(0...0, with: [kept] + (rest.isEmpty ? [] : [TokenRun(operation: first.operation, tokens: rest)]))
        diff.fields[0] = runs
    }

    /// How many tokens at the start of `tokens` write the list number `number` ("3." or "3)",
    /// with the white space after it); 0 when they do not.
    private static func markerLength(of tokens: [RedlineToken], number: Int) -> Int {
        guard tokens.count >= 2, tokens[0].kind == .word, tokens[0].text == String(number),
              tokens[1].text == "." || tokens[1].text == ")" else { return 0 }
        var length = 2
        while length < tokens.count, tokens[length].kind == .space { length += 1 }
        return length
    }
}

/// Both versions' list numbers (`ListNumbers`), counted once, when first asked for.
private final class ListNumbersOfPair {
    private let oldBlocks: [DocumentBlock]
    private let newBlocks: [DocumentBlock]
    lazy var old: [Int: Int] = ListNumbers.of(oldBlocks)
    lazy var new: [Int: Int] = ListNumbers.of(newBlocks)

    init(old: [DocumentBlock], new: [DocumentBlock]) {
        oldBlocks = old
        newBlocks = new
    }
}

/// The changes between two paired blocks: token runs per field, form changes, and how the
/// cells of two table rows pair.
struct PairDiff {
    var fields: [[TokenRun]] = []
    var form: [FormChange] = []
    var cells: [CellPair] = []

    /// Whether a reader sees a difference: words, formatting, form, a cell added or removed
    /// (even an empty one: its column is new); white space alone is none.
    var isVisible: Bool {
        !form.isEmpty || cells.contains { $0.old == nil || $0.new == nil } || fields.contains { field in
            field.contains { $0.operation != .equal || $0.formatting != nil }
        }
    }
}
