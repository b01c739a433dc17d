import Outline

/// One version's blocks made ready to be compared: what a redline needs of every block before
/// it knows which blocks changed (their fingerprints).
///
/// A version is in several comparisons (with the version before and after it, with the
/// current one), and fingerprinting hashes the text of every block: a site prepares each
/// text once and hands it to every redline it is part of.
public struct PreparedText: Sendable {
    public let blocks: [DocumentBlock]
    /// Per block: equal for blocks that show the same (ids and a list's tightness aside); not
    /// proof of it.
    let fingerprints: [Int]
    /// The blocks prepared so far, when the text shares a numbering with the texts it is
    /// compared with; nil when each redline prepares the blocks it compares.
    let shared: SharedBlocks?

    public init(_ blocks: [DocumentBlock]) {
        self.blocks = blocks
        fingerprints = blocks.map(Self.fingerprint)
        shared = nil
    }

    /// A text whose blocks are prepared once for all its redlines with texts of the same
    /// `numbering` (on the thread that uses the numbering); the redlines are those of
    /// `init(_:)`'s texts.
    public init(_ blocks: [DocumentBlock], numbering: TokenNumbering) {
        self.blocks = blocks
        let fingerprints = blocks.map(Self.fingerprint)
        self.fingerprints = fingerprints
        shared = SharedBlocks(fingerprints: fingerprints, numbering: numbering)
    }

    /// Whether block `i` of `old` and block `j` of `new` are the same exactly, but for
    /// invisible ids. The blocks are compared where they are: copying them out of their arrays
    /// to compare them cost more than the comparison, most of whose blocks are equal.
    static func showsSame(_ old: [DocumentBlock], _ i: Int, _ new: [DocumentBlock], _ j: Int) -> Bool {
        old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                sameForm(old[i], new[j]) && sameFields(old[i].fields, new[j].fields)
            }
        }
    }

    /// `PreparedBlock.Form(a) == PreparedBlock.Form(b)` for blocks in exactly the same
    /// containers, without making either.
    private static func sameForm(_ a: DocumentBlock, _ b: DocumentBlock) -> Bool {
        guard a.containers == b.containers else { return false }
        switch a.kind {
        case .heading(let level, _):
            if case .heading(level, _) = b.kind { return true }
            return false
        case .footnoteDefinition:
            if case .footnoteDefinition = b.kind { return true }
            return false
        default:
            return a.kind == b.kind
        }
    }

    private static func sameFields(_ a: [[InlineSpan]], _ b: [[InlineSpan]]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                a.indices.allSatisfy { field in
                    a[field].count == b[field].count && a[field].withUnsafeBufferPointer { x in
                        b[field].withUnsafeBufferPointer { y in x.indices.allSatisfy { x[$0] == y[$0] } }
                    }
                }
            }
        }
    }

    private static func fingerprint(_ block: DocumentBlock) -> Int {
        var hasher = Hasher()
        hasher.combine(PreparedBlock.Form(block))
        hasher.combine(block.fields)
        return hasher.finalize()
    }
}
