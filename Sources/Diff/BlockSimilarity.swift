/// How alike two blocks' texts are, from 0 (nothing shared) to 1 (the same words in the same
/// order), to decide which old block a changed block is the new version of.
///
/// The score mixes two Dice coefficients: over the blocks' words (and punctuation), and over
/// pairs of neighbouring words. Shared words alone make two unrelated paragraphs of legal
/// prose look alike ("the", "of", "data"); shared word pairs tell a reworded paragraph from
/// another one. In a short block (a heading, a table row) one changed word breaks most of
/// the pairs, so there the pairs weigh less, and nothing in a block of one word.
///
/// Most blocks are compared once, with their counterpart at the same place, so the multisets
/// are intersected through a hash table reused from call to call rather than sorted.
struct BlockSimilarity {
    /// From this many words on, pairs weigh as much as words.
    static let fullPairWeightWords = 16.0

    private var table = MultisetTable()

    /// The score, or 0 when it cannot reach `minimum`.
    mutating func score(_ a: PreparedBlock, _ b: PreparedBlock, atLeast minimum: Double) -> Double {
        guard a.family == b.family else { return 0 }
        if a.family == .html { return a.form == b.form ? 1 : 0 }
        if a.content.isEmpty || b.content.isEmpty {
            // Thematic breaks, empty list items: alike when both are empty.
            return a.content.isEmpty && b.content.isEmpty ? 1 : 0
        }
        // Dice cannot exceed 2·min / (|a| + |b|); neither can the mix.
        let shorter = min(a.content.count, b.content.count)
        guard Double(2 * shorter) / Double(a.content.count + b.content.count) >= minimum else { return 0 }
        let words = table.dice(a.content, b.content, key: { Int64($0[$1]) }, count: { $0.count })
        let pairWeight = min(1, Double(shorter - 1) / Self.fullPairWeightWords)
        guard pairWeight > 0 else { return words }
        // Pairs only move the score between these bounds; skip them when that cannot matter.
        if (words + pairWeight) / (1 + pairWeight) < minimum { return 0 }
        let pairs = table.dice(a.content, b.content, key: { Int64($0[$1]) << 32 | Int64($0[$1 + 1]) },
                               count: { $0.count - 1 })
        return (words + pairWeight * pairs) / (1 + pairWeight)
    }

    /// Whether the score reaches `minimum`, without computing it exactly when the words alone
    /// decide.
    mutating func reaches(_ a: PreparedBlock, _ b: PreparedBlock, _ minimum: Double) -> Bool {
        guard a.family == b.family, !a.content.isEmpty, !b.content.isEmpty, a.family != .html else {
            return score(a, b, atLeast: minimum) >= minimum
        }
        let shorter = min(a.content.count, b.content.count)
        guard Double(2 * shorter) / Double(a.content.count + b.content.count) >= minimum else { return false }
        let words = table.dice(a.content, b.content, key: { Int64($0[$1]) }, count: { $0.count })
        let pairWeight = min(1, Double(shorter - 1) / Self.fullPairWeightWords)
        if words / (1 + pairWeight) >= minimum { return true }
        return score(a, b, atLeast: minimum) >= minimum
    }
}

/// A multiset of 64-bit keys in an open-addressing table whose slots are stamped with the
/// call that filled them, so that it never needs clearing.
private struct MultisetTable {
    private var keys: [Int64] = []
    private var counts: [Int32] = []
    private var stamps: [UInt32] = []
    private var stamp: UInt32 = 0

    /// 2·|a ∩ b| / (|a| + |b|), for the multisets of `key(a, i)` for i in 0..<count(a).
    mutating func dice(_ a: [Int32], _ b: [Int32], key: ([Int32], Int) -> Int64, count: ([Int32]) -> Int) -> Double {
        let countA = count(a), countB = count(b)
        guard countA > 0 || countB > 0 else { return 1 }
        guard countA > 0, countB > 0 else { return 0 }
        prepare(for: countA)
        let mask = keys.count - 1
        for index in 0..<countA {
            let value = key(a, index)
            var slot = Self.slot(of: value, mask: mask)
            while stamps[slot] == stamp && keys[slot] != value { slot = (slot + 1) & mask }
            if stamps[slot] == stamp {
                counts[slot] += 1
            } else {
                stamps[slot] = stamp
                keys[slot] = value
                counts[slot] = 1
            }
        }
        var common = 0
        for index in 0..<countB {
            let value = key(b, index)
            var slot = Self.slot(of: value, mask: mask)
            while stamps[slot] == stamp && keys[slot] != value { slot = (slot + 1) & mask }
            if stamps[slot] == stamp && counts[slot] > 0 {
                counts[slot] -= 1
                common += 1
            }
        }
        return Double(2 * common) / Double(countA + countB)
    }

    /// A fresh stamp, and at least twice as many slots as `count`.
    private mutating func prepare(for count: Int) {
        var size = max(64, keys.count)
        while size < 2 * count { size *= 2 }
        stamp &+= 1
        if size != keys.count || stamp == 0 {
            keys = Array(repeating: 0, count: size)
            counts = Array(repeating: 0, count: size)
            stamps = Array(repeating: 0, count: size)
            stamp = 1
        }
    }

    @inline(__always)
    private static func slot(of key: Int64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
