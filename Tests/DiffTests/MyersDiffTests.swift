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

    @Test func emptyAndDisjointSequences() {
        #expect(MyersDiff(old: [], new: [1, 2]).inserted == [true, true])
        #expect(MyersDiff(old: [1, 2], new: []).deleted == [true, true])
        let disjoint = MyersDiff(old: [1, 2], new: [3])
        #expect(disjoint.deleted == [true, true] && disjoint.inserted == [true])
    }
}
