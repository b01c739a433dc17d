import Outline

/// Makes a `Redline`: prepares every block, aligns, finds moves, diffs the tokens of paired
/// blocks, and sums up.
struct RedlineBuilder {
    private let old: PreparedText
    private let new: PreparedText
    private var oldBlocks: [DocumentBlock] { old.blocks }
    private var newBlocks: [DocumentBlock] { new.blocks }

    init(old: PreparedText, new: PreparedText) {
        self.old = old
        self.new = new
    }

    func redline() -> Redline {
        var versions = VersionPair(old: old, new: new)
        let steps = BlockAlignment.steps(aligning: &versions)
        var movesByOld: [Int: RedlineBlock.Move] = [:]
        var movesByNew: [Int: RedlineBlock.Move] = [:]
        for found in MoveDetection.moves(among: steps, in: &versions) {
            let move = RedlineBlock.Move(oldIndex: found.old, newIndex: found.new,
                                         edited: !versions.readsSame(old: found.old, new: found.new))
            movesByOld[found.old] = move
            movesByNew[found.new] = move
        }

        var blocks: [RedlineBlock] = []
        var entries: [RedlineSummary.Entry] = []
        blocks.reserveCapacity(steps.count)
        entries.reserveCapacity(steps.count)
        var wordsAdded = 0, wordsRemoved = 0
        func append(_ change: RedlineBlock.Change, old: Int?, new: Int?, fields: [[TokenRun]] = []) {
            blocks.append(RedlineBlock(change: change, old: old.map { IndexedBlock(index: $0, block: oldBlocks[$0]) },
                                       new: new.map { IndexedBlock(index: $0, block: newBlocks[$0]) }, fields: fields))
            entries.append(RedlineSummary.Entry(change: change, old: old, new: new))
            for run in fields.joined() where run.operation != .equal {
                let words = run.tokens.count(where: \.isWord)
                if run.operation == .inserted { wordsAdded += words } else { wordsRemoved += words }
            }
        }
        for step in steps {
            switch step {
            case .pair(let i, let j):
                if versions.readsSame(old: i, new: j) {
                    append(.unchanged, old: i, new: j)
                } else {
                    append(.changed, old: i, new: j, fields: Self.fieldRuns(versions.old(i), versions.new(j)))
                }
            case .oldOnly(let i):
                if let move = movesByOld[i] {
                    append(.movedAway(move), old: i, new: nil)
                } else {
                    append(.deleted, old: i, new: nil)
                    wordsRemoved += versions.old(i).wordCount
                }
            case .newOnly(let j):
                if let move = movesByNew[j] {
                    append(.moved(move), old: move.oldIndex, new: j,
                           fields: move.edited ? Self.fieldRuns(versions.old(move.oldIndex), versions.new(j)) : [])
                } else {
                    append(.inserted, old: nil, new: j)
                    wordsAdded += versions.new(j).wordCount
                }
            }
        }
        let summary = RedlineSummary(entries: entries, oldBlocks: oldBlocks, newBlocks: newBlocks,
                                     wordsAdded: wordsAdded, wordsRemoved: wordsRemoved)
        return Redline(blocks: blocks, summary: summary)
    }

    /// Token runs field by field; a field only one version has is wholly inserted or deleted.
    private static func fieldRuns(_ old: PreparedBlock, _ new: PreparedBlock) -> [[TokenRun]] {
        (0..<max(old.fieldCount, new.fieldCount)).map { field in
            let hasOld = field < old.fieldCount, hasNew = field < new.fieldCount
            return FieldDiff(old: hasOld ? old.tokens(ofField: field) : [], oldNumbers: hasOld ? old.numbers[field] : [],
                             new: hasNew ? new.tokens(ofField: field) : [], newNumbers: hasNew ? new.numbers[field] : []).runs()
        }
    }
}
