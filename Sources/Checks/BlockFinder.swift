import Markdown

/// The block a position of the file is in: the one starting last at or before it. Blocks are
/// sorted by where they start once (footnote definitions come last among the blocks wherever
/// they are written), and each position is then found by bisection.
struct BlockFinder {
    private let order: [(start: SourcePoint, index: Int)]

    init(_ starts: [SourcePoint]) {
        order = starts.enumerated().map { ($1, $0) }.sorted { ($0.start.line, $0.start.column, $0.index) < ($1.start.line, $1.start.column, $1.index) }
    }

    func block(at point: SourcePoint) -> Int? {
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if (order[middle].start.line, order[middle].start.column) <= (point.line, point.column) { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? order[low - 1].index : nil
    }
}
