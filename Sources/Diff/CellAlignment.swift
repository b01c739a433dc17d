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
        return InOrderPairing.steps(rows: rows, columns: columns, scores: scores, threshold: threshold).map { step in
            switch step {
            case .pair(let i, let j): CellPair(old: i, new: j)
            case .first(let i): CellPair(old: i, new: nil)
            case .second(let j): CellPair(old: nil, new: j)
            }
        }
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
