import Outline

/// Makes a `Redline`: prepares every block, aligns, finds moves, diffs the tokens of paired
/// blocks, and sums up.
struct RedlineBuilder {
    private let oldBlocks: [DocumentBlock]
    private let newBlocks: [DocumentBlock]

    init(old: [DocumentBlock], new: [DocumentBlock]) {
        oldBlocks = old
        newBlocks = new
    }

    func redline() -> Redline {
        var alignment = BlockAlignment(VersionPair(old: oldBlocks, new: newBlocks))
        let steps = alignment.steps
        var versions = alignment.versions
        alignment = BlockAlignment(VersionPair(old: [], new: []))  // the one copy of the prepared blocks is `versions`
        var movesByOld: [Int: RedlineBlock.Move] = [:]
        var movesByNew: [Int: RedlineBlock.Move] = [:]
        for found in MoveDetection.moves(among: steps, in: &versions) {
            let move = RedlineBlock.Move(oldIndex: found.old, newIndex: found.new,
                                         edited: !versions.readsSame(old: found.old, new: found.new))
            movesByOld[found.old] = move
            movesByNew[found.new] = move
        }

        var blocks: [RedlineBlock] = []
        blocks.reserveCapacity(steps.count)
        var wordsAdded = 0, wordsRemoved = 0
        for step in steps {
            switch step {
            case .pair(let i, let j):
                let sides = (old: IndexedBlock(index: i, block: oldBlocks[i]), new: IndexedBlock(index: j, block: newBlocks[j]))
                if versions.readsSame(old: i, new: j) {
                    blocks.append(RedlineBlock(change: .unchanged, old: sides.old, new: sides.new))
                } else {
                    blocks.append(RedlineBlock(change: .changed, old: sides.old, new: sides.new,
                                               fields: Self.fieldRuns(versions.old(i), versions.new(j))))
                }
            case .oldOnly(let i):
                let side = IndexedBlock(index: i, block: oldBlocks[i])
                if let move = movesByOld[i] {
                    blocks.append(RedlineBlock(change: .movedAway(move), old: side, new: nil))
                } else {
                    blocks.append(RedlineBlock(change: .deleted, old: side, new: nil))
                    wordsRemoved += versions.old(i).wordCount
                }
            case .newOnly(let j):
                let side = IndexedBlock(index: j, block: newBlocks[j])
                if let move = movesByNew[j] {
                    blocks.append(RedlineBlock(change: .moved(move),
                                               old: IndexedBlock(index: move.oldIndex, block: oldBlocks[move.oldIndex]),
                                               new: side,
                                               fields: move.edited ? Self.fieldRuns(versions.old(move.oldIndex), versions.new(j)) : []))
                } else {
                    blocks.append(RedlineBlock(change: .inserted, old: nil, new: side))
                    wordsAdded += versions.new(j).wordCount
                }
            }
        }
        let summary = RedlineSummary(blocks: blocks, oldCount: oldBlocks.count, newCount: newBlocks.count,
                                     wordsInWholeBlocks: (added: wordsAdded, removed: wordsRemoved))
        return Redline(blocks: blocks, summary: summary)
    }

    /// Token runs field by field; a field only one version has is wholly inserted or deleted.
    private static func fieldRuns(_ old: PreparedBlock, _ new: PreparedBlock) -> [[TokenRun]] {
        (0..<max(old.tokens.count, new.tokens.count)).map { field in
            let oldTokens = field < old.tokens.count ? old.tokens[field] : []
            let newTokens = field < new.tokens.count ? new.tokens[field] : []
            return FieldDiff(old: oldTokens, oldNumbers: field < old.numbers.count ? old.numbers[field] : [],
                             new: newTokens, newNumbers: field < new.numbers.count ? new.numbers[field] : []).runs()
        }
    }
}
