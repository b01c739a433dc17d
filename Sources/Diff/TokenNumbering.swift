import Outline

/// One numbering of tokens shared by the texts of several redlines, so that a block is split
/// into tokens and numbered once however many redlines compare it.
///
/// A site compares each version of a policy with the one before it, the one after it and the
/// current one: the current version's changed blocks are compared with every older version,
/// and an older version's with its neighbours and the current one. Texts prepared with one
/// numbering (`PreparedText(_:numbering:)`) keep their prepared blocks, and their redlines read
/// the shared numbers for which tokens are equal; the move search, which reads the numbers'
/// values, gets numbers of the redline's own (`LocalNumbers`, `VersionPair.sketchContent`), so
/// that its result is the one it makes of the blocks alone.
///
/// Not thread-safe: the texts prepared with a numbering are compared on one thread (a site's
/// page job); they are `Sendable` only so that they can be made there.
public final class TokenNumbering: @unchecked Sendable {
    var numbers = TokenNumbers()
    /// Every block prepared with this numbering, one object for blocks that read the same.
    var blocks = PreparedBlockTable()
    /// What the redlines of these texts found of pairs of their blocks.
    var pairs = PairFindings()

    public init() {}
}

/// A text's blocks prepared with a shared numbering, each when first compared.
final class SharedBlocks: @unchecked Sendable {
    let numbering: TokenNumbering
    private let fingerprints: [Int]
    private var prepared: [PreparedBlock?]

    init(fingerprints: [Int], numbering: TokenNumbering) {
        self.numbering = numbering
        self.fingerprints = fingerprints
        prepared = Array(repeating: nil, count: fingerprints.count)
    }

    func block(_ index: Int, of blocks: [DocumentBlock]) -> PreparedBlock {
        if let block = prepared[index] { return block }
        let block = numbering.blocks.block(blocks[index], fingerprint: fingerprints[index], numbering: &numbering.numbers)
        prepared[index] = block
        return block
    }
}

/// A redline's own numbers for the shared numbering's: given in the order the redline first
/// meets each token, as its own `TokenNumbers` would have given them.
struct LocalNumbers {
    private var local: [Int32] = []
    private var next: Int32 = 0

    mutating func number(of shared: Int32) -> Int32 {
        let index = Int(shared)
        if index >= local.count {
            local.append(contentsOf: repeatElement(-1, count: max(index + 1 - local.count, local.count)))
        }
        if local[index] < 0 {
            local[index] = next
            next += 1
        }
        return local[index]
    }
}
