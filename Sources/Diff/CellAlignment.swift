/// Pairs the cells of two versions of a table row by their content, when a column was added
/// or removed: the in-order pairs of alike cells with the most words in common, as the rows'
/// blocks are paired. A row has a handful of cells, so every pair is compared.
enum CellAlignment {
    /// Below this share of words in common two cells are not the same cell.
    static let threshold = 0.5

    static func pairs(_ old: PreparedBlock, _ new: PreparedBlock) -> [CellPair] {
        let rows = old.fieldCount, columns = new.fieldCount
        let contents = (old: (0..<rows).map(old.content(ofField:)), new: (0..<columns).map(new.content(ofField:)))
        var scores = [Double](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for j in 0..<columns { scores[i * columns + j] = similarity(contents.old[i], contents.new[j]) }
        }
        // best[i][j]: the highest total for old cells i... and new cells j...
        let width = columns + 1
        var best = [Double](repeating: 0, count: (rows + 1) * width)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                var value = max(best[(i + 1) * width + j], best[i * width + j + 1])
                let score = scores[i * columns + j]
                if score >= threshold { value = max(value, score + best[(i + 1) * width + j + 1]) }
                best[i * width + j] = value
            }
        }
        var pairs: [CellPair] = []
        var i = 0, j = 0
        while i < rows, j < columns {
            let score = scores[i * columns + j]
            if score >= threshold, best[i * width + j] == score + best[(i + 1) * width + j + 1] {
                pairs.append(CellPair(old: i, new: j))
                i += 1
                j += 1
            } else if best[i * width + j] == best[(i + 1) * width + j] {
                pairs.append(CellPair(old: i, new: nil))
                i += 1
            } else {
                pairs.append(CellPair(old: nil, new: j))
                j += 1
            }
        }
        pairs += (i..<rows).map { CellPair(old: $0, new: nil) }
        pairs += (j..<columns).map { CellPair(old: nil, new: $0) }
        return pairs
    }

    /// The Dice coefficient of two cells' tokens; two empty cells are alike.
    private static func similarity(_ a: [Int32], _ b: [Int32]) -> Double {
        if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty ? 1 : 0 }
        var counts: [Int32: Int] = [:]
        for number in a { counts[number, default: 0] += 1 }
        var common = 0
        for number in b where counts[number, default: 0] > 0 {
            counts[number]! -= 1
            common += 1
        }
        return Double(2 * common) / Double(a.count + b.count)
    }
}
