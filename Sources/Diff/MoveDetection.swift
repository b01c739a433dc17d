/// Finds, among the blocks the alignment left deleted and inserted, the ones that moved: the
/// same block (or nearly: a few words changed) deleted in one place and inserted in another.
struct MoveDetection {
    /// A moved block's old and new index.
    struct Move: Hashable {
        var old: Int
        var new: Int
    }

    /// Blocks with fewer words ("Yes.", an empty item) are too common to be said to move.
    static let minimumWords = 3
    /// How alike an edited block must be to its old self to count as moved.
    static let editedThreshold = 0.75
    /// Above this many deleted × inserted blocks, only unedited moves are looked for.
    static let editedSearchLimit = 250_000

    /// Moves among the `.oldOnly` and `.newOnly` steps of `alignment`.
    static func moves(in alignment: inout BlockAlignment, old: [PreparedBlock], new: [PreparedBlock]) -> [Move] {
        var deleted: [Int] = [], inserted: [Int] = []
        for step in alignment.steps {
            switch step {
            case .oldOnly(let i) where old[i].wordCount >= minimumWords: deleted.append(i)
            case .newOnly(let j) where new[j].wordCount >= minimumWords: inserted.append(j)
            default: break
            }
        }
        guard !deleted.isEmpty, !inserted.isEmpty else { return [] }

        // Unedited moves: the same block, matched first to first.
        var moves: [Move] = []
        var deletedByFingerprint: [Int: [Int]] = [:]
        for i in deleted.reversed() { deletedByFingerprint[old[i].fingerprint, default: []].append(i) }
        var movedOld = Set<Int>(), movedNew = Set<Int>()
        for j in inserted {
            guard var candidates = deletedByFingerprint[new[j].fingerprint],
                  let position = candidates.lastIndex(where: { old[$0].readsSame(as: new[j]) }) else { continue }
            let i = candidates.remove(at: position)
            deletedByFingerprint[new[j].fingerprint] = candidates
            moves.append(Move(old: i, new: j))
            movedOld.insert(i)
            movedNew.insert(j)
        }

        // Edited moves: the most alike pairs first.
        let remainingOld = deleted.filter { !movedOld.contains($0) }
        let remainingNew = inserted.filter { !movedNew.contains($0) }
        if remainingOld.count * remainingNew.count <= editedSearchLimit {
            var candidates: [(similarity: Double, move: Move)] = []
            for i in remainingOld {
                for j in remainingNew {
                    let similarity = alignment.similarity(old: i, new: j)
                    if similarity >= editedThreshold { candidates.append((similarity, Move(old: i, new: j))) }
                }
            }
            candidates.sort { ($0.similarity, $1.move.old, $1.move.new) > ($1.similarity, $0.move.old, $0.move.new) }
            for candidate in candidates where !movedOld.contains(candidate.move.old) && !movedNew.contains(candidate.move.new) {
                moves.append(candidate.move)
                movedOld.insert(candidate.move.old)
                movedNew.insert(candidate.move.new)
            }
        }
        return moves
    }
}
