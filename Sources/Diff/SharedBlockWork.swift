import Outline

/// The blocks of a numbering's texts, prepared once each: a block that reads the same in
/// several texts (a paragraph not edited from one version to the next) is one `PreparedBlock`,
/// found by its text's fingerprint and checked in full. Its tokens are made once, and what a
/// redline finds of it (`PairFindings`) is known to the next redline that meets it.
struct PreparedBlockTable {
    private var byFingerprint: [Int: [PreparedBlock]] = [:]

    /// The prepared block of `block`, whose fingerprint in its text (`PreparedText`) is
    /// `fingerprint`: one prepared for another text when it prepares the same.
    mutating func block(_ block: DocumentBlock, fingerprint: Int, numbering: inout TokenNumbers) -> PreparedBlock {
        if let found = byFingerprint[fingerprint]?.first(where: { $0.prepares(block) }) { return found }
        let prepared = PreparedBlock(block, numbering: &numbering)
        byFingerprint[fingerprint, default: []].append(prepared)
        return prepared
    }
}

/// The token changes between two blocks' fields, and how their cells pair: what a paired
/// block's diff finds from the blocks' tokens alone (its form changes and list numbers read
/// the blocks' places and are found for each pair).
struct FieldChanges {
    var fields: [[TokenRun]]
    var cells: [CellPair]
}

/// What redlines found of pairs of prepared blocks, found once per pair: a paragraph edited
/// in one version and not since is the same pair in the redline of each older version with
/// the current one, and in the redline of the version it was edited in. Its field changes, and
/// how alike the two blocks are (`BlockSimilarity`, by the threshold asked about).
///
/// Keyed by the blocks' identities, which `PreparedBlockTable` keeps alive for the numbering's
/// life. What is found depends only on which tokens are equal, never on their numbers' values,
/// so a pair's findings in one redline are those of any other.
struct PairFindings {
    private struct Pair: Hashable {
        var old: ObjectIdentifier
        var new: ObjectIdentifier
        /// For a similarity: the threshold's bits (`score`'s, or `reaches`' with the sign set).
        var threshold: UInt64 = 0
    }

    private var changes: [Pair: FieldChanges] = [:]
    private var similarities: [Pair: Double] = [:]

    func changes(_ old: PreparedBlock, _ new: PreparedBlock) -> FieldChanges? {
        changes[Pair(old: ObjectIdentifier(old), new: ObjectIdentifier(new))]
    }

    mutating func keep(_ found: FieldChanges, _ old: PreparedBlock, _ new: PreparedBlock) {
        changes[Pair(old: ObjectIdentifier(old), new: ObjectIdentifier(new))] = found
    }

    /// `BlockSimilarity.score(old, new, atLeast: minimum)` when `exact`, else whether
    /// `reaches(old, new, minimum)` (1 or 0): `make`'s, or the one found before.
    mutating func similarity(_ old: PreparedBlock, _ new: PreparedBlock, _ minimum: Double, exact: Bool,
                             _ make: () -> Double) -> Double {
        let pair = Pair(old: ObjectIdentifier(old), new: ObjectIdentifier(new),
                        threshold: minimum.bitPattern | (exact ? 0 : 1 << 63))
        if let known = similarities[pair] { return known }
        let made = make()
        similarities[pair] = made
        return made
    }
}
