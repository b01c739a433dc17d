/// A shortest edit script between two sequences of token numbers: Myers' O(ND) algorithm in
/// its linear-space form (the middle snake found from both ends, then each half solved the
/// same way), with the common prefix and suffix of every sub-problem set aside first.
///
/// O(ND) is quadratic when a long field changes all over (a 50,000-word paragraph with a
/// change every twenty words). So a long stretch is first split at tokens found exactly once
/// in each version, in order (patience diff's anchors), and each piece diffed on its own; and
/// a search that still grows too long settles for the furthest point it reached, as GNU diff
/// does, which keeps the script correct if no longer shortest. Paragraphs of ordinary length
/// never come near either limit.
///
/// The result marks, for each element of `old`, whether it is deleted, and for each of `new`
/// whether it is inserted; unmarked elements are equal and pair up in order.
struct MyersDiff {
    /// Stretches with more tokens than this (both versions together) are split at anchors.
    static let anchoringThreshold = 2_000
    /// A middle-snake search gives up after this many edits (at least).
    static let costLimit = 4_096

    private let old: [Int32]
    private let new: [Int32]
    private(set) var deleted: [Bool]
    private(set) var inserted: [Bool]

    init(old: [Int32], new: [Int32]) {
        self.old = old
        self.new = new
        deleted = Array(repeating: false, count: old.count)
        inserted = Array(repeating: false, count: new.count)
        compareAnchored(old.startIndex..<old.endIndex, new.startIndex..<new.endIndex, depth: 0)
    }

    private mutating func compareAnchored(_ oldRange: Range<Int>, _ newRange: Range<Int>, depth: Int) {
        let anchors = oldRange.count + newRange.count > Self.anchoringThreshold && depth < 8
            ? uniqueCommon(oldRange, newRange) : []
        guard !anchors.isEmpty else {
            return compare(oldRange.lowerBound, oldRange.upperBound, newRange.lowerBound, newRange.upperBound)
        }
        var oldStart = oldRange.lowerBound, newStart = newRange.lowerBound
        for (i, j) in anchors {
            compareAnchored(oldStart..<i, newStart..<j, depth: depth + 1)
            oldStart = i + 1
            newStart = j + 1
        }
        compareAnchored(oldStart..<oldRange.upperBound, newStart..<newRange.upperBound, depth: depth + 1)
    }

    /// The longest in-order series of tokens found exactly once in each range.
    private func uniqueCommon(_ oldRange: Range<Int>, _ newRange: Range<Int>) -> [(Int, Int)] {
        var seen: [Int32: (oldCount: Int, old: Int, newCount: Int, new: Int)] = [:]
        for i in oldRange { seen[old[i], default: (0, 0, 0, 0)].oldCount += 1; seen[old[i]]!.old = i }
        for j in newRange { seen[new[j], default: (0, 0, 0, 0)].newCount += 1; seen[new[j]]!.new = j }
        let pairs = seen.values.filter { $0.oldCount == 1 && $0.newCount == 1 }.map { ($0.old, $0.new) }
        return PatienceAnchors.longestIncreasing(pairs.sorted { $0.0 < $1.0 })
    }

    private mutating func compare(_ oldStart: Int, _ oldEnd: Int, _ newStart: Int, _ newEnd: Int) {
        var oldStart = oldStart, oldEnd = oldEnd, newStart = newStart, newEnd = newEnd
        while oldStart < oldEnd, newStart < newEnd, old[oldStart] == new[newStart] {
            oldStart += 1
            newStart += 1
        }
        while oldStart < oldEnd, newStart < newEnd, old[oldEnd - 1] == new[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
        }
        if oldStart == oldEnd {
            for index in newStart..<newEnd { inserted[index] = true }
            return
        }
        if newStart == newEnd {
            for index in oldStart..<oldEnd { deleted[index] = true }
            return
        }
        guard let (oldSplit, newSplit) = middleSnake(oldStart, oldEnd, newStart, newEnd) else {
            for index in oldStart..<oldEnd { deleted[index] = true }
            for index in newStart..<newEnd { inserted[index] = true }
            return
        }
        compare(oldStart, oldSplit, newStart, newSplit)
        compare(oldSplit, oldEnd, newSplit, newEnd)
    }

    /// A point on an optimal path through the middle of the edit graph, searched from the
    /// start and from the end at once (as diff-match-patch's `bisect` does); nil when the two
    /// ranges have nothing in common. Both ranges are non-empty and differ at both ends.
    private func middleSnake(_ oldStart: Int, _ oldEnd: Int, _ newStart: Int, _ newEnd: Int) -> (Int, Int)? {
        let oldCount = oldEnd - oldStart, newCount = newEnd - newStart
        let maxD = (oldCount + newCount + 1) / 2
        let offset = maxD
        let length = 2 * maxD + 2
        // forward[k]: furthest x on diagonal k (x - y = k) from the start; backward[k]: the same
        // from the end, with x and y counted backwards.
        var forward = [Int](repeating: -1, count: length)
        var backward = [Int](repeating: -1, count: length)
        forward[offset + 1] = 0
        backward[offset + 1] = 0
        let delta = oldCount - newCount
        // With an odd delta the paths meet on a forward step, with an even one on a backward step.
        let meetsForward = delta % 2 != 0
        var forwardStart = 0, forwardEnd = 0, backwardStart = 0, backwardEnd = 0
        // Read and written through buffers: the search's loops are a long field's whole diff,
        // and every index stays inside both arrays (k from -d to d, d < maxD).
        return old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in forward.withUnsafeMutableBufferPointer { forward in
                backward.withUnsafeMutableBufferPointer { backward in
                let costLimit = max(Self.costLimit, (oldCount + newCount) / 64)
                for d in 0..<maxD {
                    if d > costLimit { return furthestForward(Array(forward), d: d, offset: offset, oldCount: oldCount, newCount: newCount)
                        .map { (oldStart + $0.0, newStart + $0.1) } }
                    var k = -d + forwardStart
                    while k <= d - forwardEnd {
                        let index = offset + k
                        var x = k == -d || (k != d && forward[index - 1] < forward[index + 1])
                            ? forward[index + 1] : forward[index - 1] + 1
                        var y = x - k
                        while x < oldCount, y < newCount, a[oldStart + x] == b[newStart + y] {
                            x += 1
                            y += 1
                        }
                        forward[index] = x
                        if x > oldCount {
                            forwardEnd += 2 // ran off the right of the graph
                        } else if y > newCount {
                            forwardStart += 2 // ran off the bottom
                        } else if meetsForward {
                            let other = offset + delta - k
                            if other >= 0, other < length, backward[other] != -1, x >= oldCount - backward[other] {
                                return (oldStart + x, newStart + y)
                            }
                        }
                        k += 2
                    }
                    k = -d + backwardStart
                    while k <= d - backwardEnd {
                        let index = offset + k
                        var x = k == -d || (k != d && backward[index - 1] < backward[index + 1])
                            ? backward[index + 1] : backward[index - 1] + 1
                        var y = x - k
                        while x < oldCount, y < newCount,
                              a[oldStart + oldCount - x - 1] == b[newStart + newCount - y - 1] {
                            x += 1
                            y += 1
                        }
                        backward[index] = x
                        if x > oldCount {
                            backwardEnd += 2
                        } else if y > newCount {
                            backwardStart += 2
                        } else if !meetsForward {
                            let other = offset + delta - k
                            if other >= 0, other < length, forward[other] != -1 {
                                let forwardX = forward[other]
                                let forwardY = forwardX - (other - offset)
                                if forwardX >= oldCount - x {
                                    return (oldStart + forwardX, newStart + forwardY)
                                }
                            }
                        }
                        k += 2
                    }
                }
                return nil
                }
            } }
        }
    }

    /// Among the forward search's points after `d` rounds, the one furthest along (largest
    /// x + y) that is neither corner: splitting there leaves two smaller problems.
    private func furthestForward(_ forward: [Int], d: Int, offset: Int, oldCount: Int, newCount: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        for k in stride(from: -d, through: d, by: 1) {
            let x = forward[offset + k]
            guard x >= 0 else { continue }
            let y = x - k
            guard x <= oldCount, y >= 0, y <= newCount, x + y > 0, x + y < oldCount + newCount else { continue }
            if best == nil || x + y > best!.0 + best!.1 { best = (x, y) }
        }
        return best
    }
}
