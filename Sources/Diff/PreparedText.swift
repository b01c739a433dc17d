import Outline

/// One version's blocks made ready to be compared: what a redline needs of every block before
/// it knows which blocks changed (their fingerprints).
///
/// A version is in several comparisons (with the version before and after it, with the
/// current one), and fingerprinting hashes the text of every block: a site prepares each
/// text once and hands it to every redline it is part of.
public struct PreparedText: Sendable {
    public let blocks: [DocumentBlock]
    /// Per block: equal for blocks that show the same (ids aside), exactly; not proof of it.
    let fingerprints: [Int]

    public init(_ blocks: [DocumentBlock]) {
        self.blocks = blocks
        fingerprints = blocks.map(Self.fingerprint)
    }

    /// The same block exactly, but for invisible ids.
    static func showsSame(_ a: DocumentBlock, _ b: DocumentBlock) -> Bool {
        PreparedBlock.Form(a) == PreparedBlock.Form(b) && a.fields == b.fields
    }

    private static func fingerprint(_ block: DocumentBlock) -> Int {
        var hasher = Hasher()
        hasher.combine(PreparedBlock.Form(block))
        hasher.combine(block.fields)
        return hasher.finalize()
    }
}
