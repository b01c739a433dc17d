import Outline

/// How many tokens a redline marks as changed against the fewest changes that turn one text
/// into the other: its quality, measured by the tests on hand-written pairs and by
/// `RedlineMinimality` (Benchmarks/) on whole corpora (docs/performance.md).
///
/// Both count tokens other than white space. `minimal` is the size of a shortest edit script
/// (deletions plus insertions) between the two documents' tokens read in order, by their text;
/// `marked` counts the tokens the redline marks deleted or inserted, in changed and edited
/// moved blocks and in blocks inserted or deleted whole. A block moved unedited counts for
/// nothing, though the edit script deletes and inserts it; formatting and link changes are
/// no token changes in either.
public struct RedlineMinimality: Sendable, Hashable {
    public let marked: Int
    public let minimal: Int

    public init(old: [DocumentBlock], new: [DocumentBlock], redline: Redline) {
        var numbers: [String: Int32] = [:]
        func sequence(_ blocks: [DocumentBlock]) -> [Int32] {
            blocks.flatMap { block in
                RedlineToken.tokens(of: block).joined().compactMap { token -> Int32? in
                    guard token.kind != .space else { return nil }
                    let key = "\(token.span.content)".replacingOccurrences(of: "code(", with: "text(")
                    if let number = numbers[key] { return number }
                    let number = Int32(numbers.count)
                    numbers[key] = number
                    return number
                }
            }
        }
        let script = MyersDiff(old: sequence(old), new: sequence(new))
        minimal = script.deleted.count(where: { $0 }) + script.inserted.count(where: { $0 })
        var marked = 0
        func visible(_ tokens: [RedlineToken]) -> Int { tokens.count { $0.kind != .space } }
        for block in redline.blocks {
            switch block.change {
            case .changed, .moved:
                for run in block.fields.joined() where run.operation != .equal { marked += visible(run.tokens) }
            case .inserted, .deleted:
                marked += RedlineToken.tokens(of: block.block).reduce(0) { $0 + visible($1) }
            case .unchanged, .movedAway:
                break
            }
        }
        self.marked = marked
    }

    /// `marked` ÷ `minimal`; 1 when both are 0.
    public var ratio: Double {
        minimal == 0 ? (marked == 0 ? 1 : Double.infinity) : Double(marked) / Double(minimal)
    }
}
