/// How alike two blocks' texts are, from 0 (nothing shared) to 1 (the same words in the same
/// order), to decide which old block a changed block is the new version of.
///
/// The score mixes two Dice coefficients: over the blocks' words (and punctuation), and over
/// pairs of neighbouring words. Shared words alone make two unrelated paragraphs of legal
/// prose look alike ("the", "of", "data"); shared word pairs tell a reworded paragraph from
/// another one. In a short block (a heading, a table row) one changed word breaks most of
/// the pairs, so there the pairs weigh less, and nothing in a block of one word.
struct BlockSimilarity {
    /// From this many words on, pairs weigh as much as words.
    static let fullPairWeightWords = 16.0

    /// The sorted multisets a score is computed from.
    struct Signature {
        let words: [Int32]
        let pairs: [Int64]

        init(_ block: PreparedBlock) {
            var words: [Int32] = []
            var pairs: [Int64] = []
            for (field, numbers) in zip(block.tokens, block.numbers) {
                var previous: Int32?
                for (token, number) in zip(field, numbers) where token.kind != .space {
                    words.append(number)
                    if let previous { pairs.append(Int64(previous) << 32 | Int64(number)) }
                    previous = number
                }
            }
            self.words = words.sorted()
            self.pairs = pairs.sorted()
        }
    }

    static func score(_ a: PreparedBlock, _ signatureA: Signature, _ b: PreparedBlock, _ signatureB: Signature) -> Double {
        guard a.family == b.family else { return 0 }
        if a.family == .html { return a.form == b.form ? 1 : 0 }
        if signatureA.words.isEmpty || signatureB.words.isEmpty {
            // Thematic breaks, empty list items: alike when both are empty.
            return signatureA.words.isEmpty && signatureB.words.isEmpty ? 1 : 0
        }
        let words = dice(signatureA.words, signatureB.words)
        let pairWeight = min(1, Double(min(signatureA.words.count, signatureB.words.count) - 1) / fullPairWeightWords)
        guard pairWeight > 0 else { return words }
        return (words + pairWeight * dice(signatureA.pairs, signatureB.pairs)) / (1 + pairWeight)
    }

    /// 2·|a ∩ b| / (|a| + |b|) for sorted multisets.
    private static func dice<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = 0, j = 0, common = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(2 * common) / Double(a.count + b.count)
    }
}
