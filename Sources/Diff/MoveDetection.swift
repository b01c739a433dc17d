/// Finds, among the blocks the alignment left deleted and inserted, the ones that moved: the
/// same block (or nearly: a few words changed) deleted in one place and inserted in another.
struct MoveDetection {
    /// A moved block's old and new index.
    struct Move: Hashable {
        var old: Int
        var new: Int
    }

    /// Blocks with fewer words ("Yes.", an empty item) are too common to be said to move;
    /// headings are not, and a section that moved should say so whatever its title.
    static let minimumWords = 3

    private static func isMovable(_ block: PreparedBlock) -> Bool {
        block.family == .heading || block.wordCount >= minimumWords
    }
    /// How alike an edited block must be to its old self to count as moved.
    static let editedThreshold = 0.75
    /// At most this many pairs of blocks are compared in search of edited moves.
    static let editedSearchLimit = 250_000
    /// Values in a block's sketch: two blocks half of whose word pairs are the same share one
    /// of them but for a chance of about 0.5⁸ (0.4%).
    static let sketchSize = 8

    /// Moves among the `.oldOnly` and `.newOnly` steps of an alignment.
    static func moves(among steps: [BlockAlignment.Step], in versions: inout VersionPair) -> [Move] {
        var deleted: [Int] = [], inserted: [Int] = []
        for step in steps {
            switch step {
            case .oldOnly(let i) where isMovable(versions.old(i)): deleted.append(i)
            case .newOnly(let j) where isMovable(versions.new(j)): inserted.append(j)
            default: break
            }
        }
        guard !deleted.isEmpty, !inserted.isEmpty else { return [] }

        // Unedited moves: the same block, matched first to first.
        var moves: [Move] = []
        var deletedByFingerprint: [Int: [Int]] = [:]
        for i in deleted.reversed() { deletedByFingerprint[versions.old(i).fingerprint, default: []].append(i) }
        var movedOld = Set<Int>(), movedNew = Set<Int>()
        for j in inserted {
            let fingerprint = versions.new(j).fingerprint
            guard var candidates = deletedByFingerprint[fingerprint],
                  let position = candidates.lastIndex(where: { versions.readsSame(old: $0, new: j) }) else { continue }
            let i = candidates.remove(at: position)
            deletedByFingerprint[fingerprint] = candidates
            moves.append(Move(old: i, new: j))
            movedOld.insert(i)
            movedNew.insert(j)
        }

        // Edited moves: the most alike pairs first, among blocks that share a value of their
        // sketch, as any two this alike almost surely do.
        let remainingOld = deleted.filter { !movedOld.contains($0) }
        let remainingNew = inserted.filter { !movedNew.contains($0) }
        var oldBySketch: [UInt64: [Int]] = [:]
        for i in remainingOld {
            for value in sketch(of: versions.sketchContent(old: i)) { oldBySketch[value, default: []].append(i) }
        }
        var candidates: [(similarity: Double, move: Move)] = []
        var compared = 0
        for j in remainingNew {
            var seen = Set<Int>()
            for value in sketch(of: versions.sketchContent(new: j)) {
                for i in oldBySketch[value] ?? [] where seen.insert(i).inserted && compared < editedSearchLimit {
                    compared += 1
                    let similarity = versions.similarity(old: i, new: j, atLeast: editedThreshold)
                    if similarity >= editedThreshold { candidates.append((similarity, Move(old: i, new: j))) }
                }
            }
        }
        candidates.sort { ($0.similarity, $1.move.old, $1.move.new) > ($1.similarity, $0.move.old, $0.move.new) }
        for candidate in candidates where !movedOld.contains(candidate.move.old) && !movedNew.contains(candidate.move.new) {
            moves.append(candidate.move)
            movedOld.insert(candidate.move.old)
            movedNew.insert(candidate.move.new)
        }
        return moves
    }

    /// A bottom-k sketch (min-hash) of a block's pairs of neighbouring tokens: the smallest
    /// of their scrambled values. A pair shared by both blocks and smallest among all their
    /// pairs is in both sketches. Pairs rather than single words, because every paragraph of
    /// a policy has "the", "and" and "data", and so would share them.
    private static func sketch(of content: [Int32]) -> [UInt64] {
        var smallest: [UInt64] = []
        for index in content.indices {
            let pair = UInt64(UInt32(bitPattern: content[index])) << 32
                | UInt64(UInt32(bitPattern: index + 1 < content.count ? content[index + 1] : -1))
            guard index + 1 < content.count || content.count == 1 else { break }
            var value = pair &+ 0x9E37_79B9_7F4A_7C15
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            value ^= value >> 31
            guard smallest.count < sketchSize || value < smallest[smallest.count - 1], !smallest.contains(value) else { continue }
            let position = smallest.firstIndex { $0 > value } ?? smallest.count
            smallest.insert(value, at: position)
            if smallest.count > sketchSize { smallest.removeLast() }
        }
        return smallest
    }
}
