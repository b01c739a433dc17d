import Outline

/// The two versions' blocks, each tokenized only when something needs its tokens.
///
/// Between two versions of a policy most blocks are untouched. Those are found by an exact
/// fingerprint of what the block shows (`PreparedText`, made once per text); splitting into
/// tokens, numbering them and measuring similarity is left to the blocks that differ.
struct VersionPair {
    let oldBlocks: [DocumentBlock]
    let newBlocks: [DocumentBlock]
    /// Equal for blocks that show the same (ids aside), exactly; not proof of it.
    let oldFingerprints: [Int]
    let newFingerprints: [Int]
    private var numbering = TokenNumbers()
    /// Both texts' prepared blocks, when they share a numbering, and this pair's numbers for it.
    private let shared: (old: SharedBlocks, new: SharedBlocks)?
    private var localNumbers = LocalNumbers()
    private var oldPrepared: [PreparedBlock?]
    private var newPrepared: [PreparedBlock?]
    private var similarity = BlockSimilarity()
    /// Per old block, the new block it was last found to read the same as, or -1: the
    /// alignment finds most unchanged pairs, and the redline asks about each pair again.
    private var readsSameAs: [Int]

    init(old: PreparedText, new: PreparedText) {
        oldBlocks = old.blocks
        newBlocks = new.blocks
        oldFingerprints = old.fingerprints
        newFingerprints = new.fingerprints
        oldPrepared = Array(repeating: nil, count: old.blocks.count)
        newPrepared = Array(repeating: nil, count: new.blocks.count)
        readsSameAs = Array(repeating: -1, count: old.blocks.count)
        if let oldShared = old.shared, let newShared = new.shared, oldShared.numbering === newShared.numbering {
            shared = (oldShared, newShared)
        } else {
            shared = nil
        }
    }

    mutating func old(_ index: Int) -> PreparedBlock {
        if let prepared = oldPrepared[index] { return prepared }
        let prepared = if let shared {
            shared.old.block(index, of: oldBlocks).renumbered(&localNumbers)
        } else {
            PreparedBlock(oldBlocks[index], numbering: &numbering)
        }
        oldPrepared[index] = prepared
        return prepared
    }

    mutating func new(_ index: Int) -> PreparedBlock {
        if let prepared = newPrepared[index] { return prepared }
        let prepared = if let shared {
            shared.new.block(index, of: newBlocks).renumbered(&localNumbers)
        } else {
            PreparedBlock(newBlocks[index], numbering: &numbering)
        }
        newPrepared[index] = prepared
        return prepared
    }

    /// The changes of two paired blocks' fields (`make`, from the pair's prepared blocks), or
    /// those found of the same two blocks by an earlier redline of texts sharing a numbering.
    mutating func fieldChanges(old i: Int, new j: Int, _ make: (PreparedBlock, PreparedBlock) -> FieldChanges) -> FieldChanges {
        guard let shared else { return make(old(i), new(j)) }
        let numbering = shared.old.numbering
        let oldBlock = shared.old.block(i, of: oldBlocks), newBlock = shared.new.block(j, of: newBlocks)
        if let known = numbering.pairs.changes(oldBlock, newBlock) { return known }
        let made = make(old(i), new(j))
        numbering.pairs.keep(made, oldBlock, newBlock)
        return made
    }

    /// The same block exactly, but for invisible ids; no tokens needed.
    func showsSame(old i: Int, new j: Int) -> Bool {
        oldFingerprints[i] == newFingerprints[j] && PreparedText.showsSame(oldBlocks, i, newBlocks, j)
    }

    /// `showsSame`, remembered when true: the redline asks `readsSame` of every pair the
    /// alignment anchored on its fingerprint, and the answer is then known.
    mutating func showsSameRemembered(old i: Int, new j: Int) -> Bool {
        guard showsSame(old: i, new: j) else { return false }
        readsSameAs[i] = j
        return true
    }

    /// Whether a reader sees the same block in both versions (white space aside).
    mutating func readsSame(old i: Int, new j: Int) -> Bool {
        if readsSameAs[i] == j { return true }
        guard showsSame(old: i, new: j) || old(i).readsSame(as: new(j)) else { return false }
        readsSameAs[i] = j
        return true
    }

    /// How alike two blocks are (`BlockSimilarity`), or 0 when that cannot reach `minimum`.
    /// Both blocks are prepared (and numbered in this pair) whether or not the answer is known.
    mutating func similarity(old i: Int, new j: Int, atLeast minimum: Double) -> Double {
        let a = old(i), b = new(j)
        guard let shared else { return similarity.score(a, b, atLeast: minimum) }
        let oldBlock = shared.old.block(i, of: oldBlocks), newBlock = shared.new.block(j, of: newBlocks)
        return shared.old.numbering.pairs.similarity(oldBlock, newBlock, minimum, exact: true) {
            similarity.score(a, b, atLeast: minimum)
        }
    }

    /// Whether two blocks are at least `minimum` alike.
    mutating func areAlike(old i: Int, new j: Int, _ minimum: Double) -> Bool {
        let a = old(i), b = new(j)
        guard let shared else { return similarity.reaches(a, b, minimum) }
        let oldBlock = shared.old.block(i, of: oldBlocks), newBlock = shared.new.block(j, of: newBlocks)
        return shared.old.numbering.pairs.similarity(oldBlock, newBlock, minimum, exact: false) {
            similarity.reaches(a, b, minimum) ? 1 : 0
        } == 1
    }
}
