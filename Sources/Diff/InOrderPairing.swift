/// The in-order pairs of two sequences with the highest total score, each pair scoring at
/// least a threshold: what aligns a gap of blocks (`BlockAlignment`) and the cells of two
/// versions of a table row (`CellAlignment`). Quadratic in time and space: for short
/// sequences only.
enum InOrderPairing {
    enum Step: Equatable {
        case pair(Int, Int)
        case first(Int)
        case second(Int)
    }

    /// The steps over `rows` elements of the first sequence and `columns` of the second, in
    /// order; `scores[i * columns + j]` scores pairing element i with element j.
    static func steps(rows: Int, columns: Int, scores: [Double], threshold: Double) -> [Step] {
        let width = columns + 1
        // best[i * width + j]: the highest total for first[i...] and second[j...].
        var best = [Double](repeating: 0, count: (rows + 1) * width)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                var value = max(best[(i + 1) * width + j], best[i * width + j + 1])
                let score = scores[i * columns + j]
                if score >= threshold { value = max(value, score + best[(i + 1) * width + j + 1]) }
                best[i * width + j] = value
            }
        }
        var steps: [Step] = []
        steps.reserveCapacity(rows + columns)
        var i = 0, j = 0
        while i < rows, j < columns {
            let score = scores[i * columns + j]
            if score >= threshold, best[i * width + j] == score + best[(i + 1) * width + j + 1] {
                steps.append(.pair(i, j))
                i += 1
                j += 1
            } else if best[i * width + j] == best[(i + 1) * width + j] {
                steps.append(.first(i))
                i += 1
            } else {
                steps.append(.second(j))
                j += 1
            }
        }
        steps += (i..<rows).map(Step.first)
        steps += (j..<columns).map(Step.second)
        return steps
    }
}
