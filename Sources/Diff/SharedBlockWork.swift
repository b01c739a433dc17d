import Outline

/// The blocks of a numbering's texts, prepared once each: a block that reads the same in
/// several texts (a paragraph not edited from one version to the next) is one `PreparedBlock`,
/// found by its text's fingerprint and checked in full. Its tokens are made once, and what a
/// redline finds of it (`PairChanges`) is known to the next redline that meets it.
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

/// The field changes of pairs of prepared blocks, found once per pair: a paragraph edited in
/// one version and not since is the same pair in the redline of each older version with the
/// current one, and in the redline of the version it was edited in.
///
/// Keyed by the blocks' identities, which `PreparedBlockTable` keeps alive for the numbering's
/// life. The changes depend only on which tokens are equal, never on their numbers' values,
/// so a pair's changes found in one redline are those of any other.
struct PairChanges {
    private struct Pair: Hashable {
        var old: ObjectIdentifier
        var new: ObjectIdentifier
    }

    private var found: [Pair: FieldChanges] = [:]

    func known(_ old: PreparedBlock, _ new: PreparedBlock) -> FieldChanges? {
        found[Pair(old: ObjectIdentifier(old), new: ObjectIdentifier(new))]
    }

    mutating func keep(_ changes: FieldChanges, _ old: PreparedBlock, _ new: PreparedBlock) {
        found[Pair(old: ObjectIdentifier(old), new: ObjectIdentifier(new))] = changes
    }
}
