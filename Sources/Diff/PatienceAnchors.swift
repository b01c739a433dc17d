/// The anchors of patience diff: among pairs of positions holding the same unique element,
/// the longest series in order in both sequences.
enum PatienceAnchors {
    /// The longest subsequence of `pairs` (sorted by old index) whose new indices increase.
    static func longestIncreasing(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        // tails[k]: index in `pairs` of the smallest new index ending an increasing run of length k + 1.
        var tails: [Int] = []
        var previous = Array(repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [(Int, Int)] = []
        var index = tails.last ?? -1
        while index >= 0 {
            result.append(pairs[index])
            index = previous[index]
        }
        return result.reversed()
    }
}
