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
        var numbering = TokenNumbers()
        let old = oldBlocks.map { PreparedBlock($0, numbering: &numbering) }
        let new = newBlocks.map { PreparedBlock($0, numbering: &numbering) }
        var alignment = BlockAlignment(old: old, new: new, oldBlocks: oldBlocks, newBlocks: newBlocks)
        var movesByOld: [Int: RedlineBlock.Move] = [:]
        var movesByNew: [Int: RedlineBlock.Move] = [:]
        for found in MoveDetection.moves(in: &alignment, old: old, new: new) {
            let move = RedlineBlock.Move(oldIndex: found.old, newIndex: found.new,
                                         edited: !old[found.old].readsSame(as: new[found.new]))
            movesByOld[found.old] = move
            movesByNew[found.new] = move
        }

        var blocks: [RedlineBlock] = []
        blocks.reserveCapacity(alignment.steps.count)
        for step in alignment.steps {
            switch step {
            case .pair(let i, let j):
                let sides = (old: IndexedBlock(index: i, block: oldBlocks[i]), new: IndexedBlock(index: j, block: newBlocks[j]))
                if old[i].readsSame(as: new[j]) {
                    blocks.append(RedlineBlock(change: .unchanged, old: sides.old, new: sides.new))
                } else {
                    blocks.append(RedlineBlock(change: .changed, old: sides.old, new: sides.new,
                                               fields: Self.fieldRuns(old[i], new[j])))
                }
            case .oldOnly(let i):
                let side = IndexedBlock(index: i, block: oldBlocks[i])
                if let move = movesByOld[i] {
                    blocks.append(RedlineBlock(change: .movedAway(move), old: side, new: nil))
                } else {
                    blocks.append(RedlineBlock(change: .deleted, old: side, new: nil))
                }
            case .newOnly(let j):
                let side = IndexedBlock(index: j, block: newBlocks[j])
                if let move = movesByNew[j] {
                    blocks.append(RedlineBlock(change: .moved(move),
                                               old: IndexedBlock(index: move.oldIndex, block: oldBlocks[move.oldIndex]),
                                               new: side,
                                               fields: move.edited ? Self.fieldRuns(old[move.oldIndex], new[j]) : []))
                } else {
                    blocks.append(RedlineBlock(change: .inserted, old: nil, new: side))
                }
            }
        }
        let summary = RedlineSummary(blocks: blocks, oldWordCounts: old.map(\.wordCount), newWordCounts: new.map(\.wordCount))
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
