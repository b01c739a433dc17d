import Diff
import Markdown
import Outline

/// A generated policy and an edited copy (about 5 % of tokens changed, a paragraph deleted,
/// inserted and moved per 300 blocks), rendered to the blocks a redline compares.
struct EditedPair: Sendable {
    var old: [DocumentBlock]
    var new: [DocumentBlock]
    /// The old version's tokens, white space aside.
    var oldTokens: Int

    /// `oneParagraph` writes all the text as a single paragraph: the worst case for the diff
    /// inside a block, which then sees every change at once.
    init(kilobytes: Int, oneParagraph: Bool = false) {
        var text = PolicyText(seed: 2026)
        let oldModel = text.document(bytes: kilobytes * 1000)
        let newModel = text.edited(oldModel)
        old = BenchmarkInputs.render(PolicyText.markdown(oldModel, oneParagraph: oneParagraph)).blocks
        new = BenchmarkInputs.render(PolicyText.markdown(newModel, oneParagraph: oneParagraph)).blocks
        oldTokens = old.reduce(0) { $0 + Self.visibleTokens(in: $1) }
    }

    static let kb100 = EditedPair(kilobytes: 100)
    static let mb1 = EditedPair(kilobytes: 1000)
    static let mb4 = EditedPair(kilobytes: 4000)
    static let mb1OneParagraph = EditedPair(kilobytes: 1000, oneParagraph: true)

    /// Tokens the redline marks as deleted or inserted, per thousand old tokens. A moved block
    /// counts for its edits only.
    func changedTokensPerMille(_ redline: Redline) -> Int {
        var changed = 0
        for block in redline.blocks {
            switch block.change {
            case .unchanged, .movedAway:
                break
            case .inserted, .deleted:
                changed += Self.visibleTokens(in: block.block)
            case .changed, .moved:
                changed += block.fields.joined().filter { $0.operation != .equal }
                    .reduce(0) { $0 + $1.tokens.count { $0.kind != .space } }
            }
        }
        return 1000 * changed / max(1, oldTokens)
    }

    private static func visibleTokens(in block: DocumentBlock) -> Int {
        RedlineToken.tokens(of: block).joined().count { $0.kind != .space }
    }
}
