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
    private var oldPrepared: [PreparedBlock?]
    private var newPrepared: [PreparedBlock?]
    /// With a shared numbering: the blocks in the order the pair first asked for them, and
    /// how many of them its own numbers cover (`sketchContent`).
    private var asked: [PreparedBlock] = []
    private var oldAsked: [Int32]
    private var newAsked: [Int32]
    private var localNumbers = LocalNumbers()
    private var numbered = 0
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
        oldAsked = []
        newAsked = []
        if let oldShared = old.shared, let newShared = new.shared, oldShared.numbering === newShared.numbering {
            shared = (oldShared, newShared)
            oldAsked = Array(repeating: -1, count: old.blocks.count)
            newAsked = Array(repeating: -1, count: new.blocks.count)
        } else {
            shared = nil
        }
    }

    /// An old block prepared. With a shared numbering, its numbers are the numbering's: what
    /// the redline reads of them is which are equal, but for the move search's sketches
    /// (`sketchContent`).
    mutating func old(_ index: Int) -> PreparedBlock {
        if let prepared = oldPrepared[index] { return prepared }
        let prepared: PreparedBlock
        if let shared {
            prepared = shared.old.block(index, of: oldBlocks)
            oldAsked[index] = Int32(asked.count)
            asked.append(prepared)
        } else {
            prepared = PreparedBlock(oldBlocks[index], numbering: &numbering)
        }
        oldPrepared[index] = prepared
        return prepared
    }

    mutating func new(_ index: Int) -> PreparedBlock {
        if let prepared = newPrepared[index] { return prepared }
        let prepared: PreparedBlock
        if let shared {
            prepared = shared.new.block(index, of: newBlocks)
            newAsked[index] = Int32(asked.count)
            asked.append(prepared)
        } else {
            prepared = PreparedBlock(newBlocks[index], numbering: &numbering)
        }
        newPrepared[index] = prepared
        return prepared
    }

    /// The numbers of an old block's tokens other than white space, as the pair numbering its
    /// tokens itself gives them: the move search's sketches read their values.
    mutating func sketchContent(old index: Int) -> [Int32] {
        let block = old(index)
        guard shared != nil else { return block.content }
        return localContent(of: block, askedAt: Int(oldAsked[index]))
    }

    mutating func sketchContent(new index: Int) -> [Int32] {
        let block = new(index)
        guard shared != nil else { return block.content }
        return localContent(of: block, askedAt: Int(newAsked[index]))
    }

    /// A pair numbering its own tokens numbers them in the order it first reads them, block by
    /// block as it asks for them, field by field: so every block asked for up to `position` is
    /// numbered, in that order, before `block`'s numbers are read.
    private mutating func localContent(of block: PreparedBlock, askedAt position: Int) -> [Int32] {
        while numbered <= position {
            for field in asked[numbered].numbers {
                for number in field { _ = localNumbers.number(of: number) }
            }
            numbered += 1
        }
        return block.content.map { localNumbers.number(of: $0) }
    }

    /// The changes of two paired blocks' fields (`make`, from the pair's prepared blocks), or
    /// those found of the same two blocks by an earlier redline of texts sharing a numbering.
    mutating func fieldChanges(old i: Int, new j: Int, _ make: (PreparedBlock, PreparedBlock) -> FieldChanges) -> FieldChanges {
        let oldBlock = old(i), newBlock = new(j)
        guard let shared else { return make(oldBlock, newBlock) }
        let numbering = shared.old.numbering
        if let known = numbering.pairs.changes(oldBlock, newBlock) { return known }
        let made = make(oldBlock, newBlock)
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
    /// Both blocks are asked for (`sketchContent`'s order) whether or not the answer is known.
    mutating func similarity(old i: Int, new j: Int, atLeast minimum: Double) -> Double {
        let a = old(i), b = new(j)
        guard let shared else { return similarity.score(a, b, atLeast: minimum) }
        return shared.old.numbering.pairs.similarity(a, b, minimum, exact: true) {
            similarity.score(a, b, atLeast: minimum)
        }
    }

    /// Whether two blocks are at least `minimum` alike.
    mutating func areAlike(old i: Int, new j: Int, _ minimum: Double) -> Bool {
        let a = old(i), b = new(j)
        guard let shared else { return similarity.reaches(a, b, minimum) }
        return shared.old.numbering.pairs.similarity(a, b, minimum, exact: false) {
            similarity.reaches(a, b, minimum) ? 1 : 0
        } == 1
    }
}
