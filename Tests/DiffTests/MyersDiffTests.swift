@testable import Diff
import Testing

/// The edit script is a shortest one: as many edits as two sequences' longest common
/// subsequence leaves, found here by the textbook quadratic table.
@Suite struct MyersDiffTests {
    private func longestCommonSubsequence(_ a: [Int32], _ b: [Int32]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    @Test(arguments: Array(UInt64(1)...300))
    func editScriptIsShortestAndConsistent(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Int32.random(in: 1...6, using: &generator)
        let a = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int32.random(in: 0..<alphabet, using: &generator) }
        var b = a
        for _ in 0..<Int.random(in: 0...8, using: &generator) {
            let position = Int.random(in: 0...b.count, using: &generator)
            if Bool.random(using: &generator) || b.isEmpty {
                b.insert(Int32.random(in: 0..<alphabet, using: &generator), at: position)
            } else {
                b.remove(at: min(position, b.count - 1))
            }
        }
        let diff = MyersDiff(old: a, new: b)
        let kept = a.indices.filter { !diff.deleted[$0] }.map { a[$0] }
        #expect(kept == b.indices.filter { !diff.inserted[$0] }.map { b[$0] }, "seed \(seed)")
        #expect(kept.count == longestCommonSubsequence(a, b), "seed \(seed)")
    }

    /// Long stretches are split at tokens found once in each version; the script stays
    /// consistent, and near-shortest when changes are sparse.
    @Test func longSequencesWithChangesAllOver() {
        var generator = SeededGenerator(seed: 7)
        let a = (0..<30_000).map { _ in Int32.random(in: 0..<5_000, using: &generator) }
        var b = a
        for position in stride(from: b.count - 1, through: 0, by: -20) { b[position] = Int32.random(in: 0..<5_000, using: &generator) }
        let diff = MyersDiff(old: a, new: b)
        let kept = a.indices.filter { !diff.deleted[$0] }.map { a[$0] }
        #expect(kept == b.indices.filter { !diff.inserted[$0] }.map { b[$0] })
        #expect(diff.deleted.count(where: { $0 }) <= 1_500 + 50)
    }

    /// A search that grows too long stops early with a longer, still consistent script.
    @Test func unrelatedLongSequencesStayConsistent() {
        var generator = SeededGenerator(seed: 8)
        let a = (0..<8_000).map { _ in Int32.random(in: 0..<4, using: &generator) }
        let b = (0..<8_000).map { _ in Int32.random(in: 0..<4, using: &generator) }
        let diff = MyersDiff(old: a, new: b)
        let kept = a.indices.filter { !diff.deleted[$0] }.map { a[$0] }
        #expect(kept == b.indices.filter { !diff.inserted[$0] }.map { b[$0] })
        #expect(!kept.isEmpty)
    }

    @Test func emptyAndDisjointSequences() {
        #expect(MyersDiff(old: [], new: [1, 2]).inserted == [true, true])
        #expect(MyersDiff(old: [1, 2], new: []).deleted == [true, true])
        let disjoint = MyersDiff(old: [1, 2], new: [3])
        #expect(disjoint.deleted == [true, true] && disjoint.inserted == [true])
    }
}
