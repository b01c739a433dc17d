import Diff
import Outline
import Testing

/// Properties that hold for any pair of documents, checked on random documents and random
/// edits of them (seeded: a failure names its seed, which replays it).
@Suite struct RedlinePropertyTests {
    static let cases: [UInt64] = Array(1...1000)

    /// The old side of a block's runs: equal (as the old version wrote it) and deleted tokens.
    private func oldSide(_ runs: [TokenRun]) -> [RedlineToken] {
        runs.flatMap { run -> [RedlineToken] in
            switch run.operation {
            case .equal: run.oldTokens ?? run.tokens
            case .deleted: run.tokens
            case .inserted: []
            }
        }
    }

    private func newSide(_ runs: [TokenRun]) -> [RedlineToken] {
        runs.flatMap { $0.operation == .deleted ? [] : $0.tokens }
    }

    /// Applying the redline's deletions and insertions to the old token stream gives the new
    /// stream: block by block, the old side of each block's runs is the old block's tokens and
    /// the new side the new block's; the new blocks come in their order and the old ones too.
    @Test(arguments: cases)
    func redlineTurnsTheOldTokensIntoTheNewOnes(seed: UInt64) {
        var random = RandomDocuments(seed: seed)
        let old = random.document()
        let new = random.edited(old)
        let redline = Redline(old: old, new: new)

        var newStream: [[RedlineToken]] = []
        var oldStream: [[RedlineToken]] = []
        var wordsAdded = 0, wordsRemoved = 0
        for block in redline.blocks {
            switch block.change {
            case .unchanged:
                let oldTokens = RedlineToken.tokens(of: block.old!.block), newTokens = RedlineToken.tokens(of: block.new!.block)
                // Unchanged means the same words in the same formatting, but for white space.
                #expect(oldTokens.map(visible) == newTokens.map(visible), "seed \(seed)")
                oldStream.append(contentsOf: oldTokens)
                newStream.append(contentsOf: newTokens)
            case .changed, .moved:
                let oldTokens = RedlineToken.tokens(of: block.old!.block), newTokens = RedlineToken.tokens(of: block.new!.block)
                if block.fields.isEmpty {
                    // An unedited move keeps its tokens, white space aside; a block without
                    // fields changed only its form.
                    #expect(oldTokens.map(visible) == newTokens.map(visible), "seed \(seed)")
                    #expect(block.block.fields.isEmpty || !isChanged(block), "seed \(seed)")
                } else if block.cells.isEmpty {
                    #expect(block.fields.map(oldSide) == padded(oldTokens, to: block.fields.count), "seed \(seed)")
                    #expect(block.fields.map(newSide) == padded(newTokens, to: block.fields.count), "seed \(seed)")
                } else {
                    // Cells paired by content: each version's cells in order, each field once.
                    #expect(block.cells.compactMap(\.old) == Array(oldTokens.indices), "seed \(seed)")
                    #expect(block.cells.compactMap(\.new) == Array(newTokens.indices), "seed \(seed)")
                    for (field, pair) in zip(block.fields, block.cells) {
                        #expect(oldSide(field) == (pair.old.map { oldTokens[$0] } ?? []), "seed \(seed)")
                        #expect(newSide(field) == (pair.new.map { newTokens[$0] } ?? []), "seed \(seed)")
                    }
                }
                // Text that reads the same but is formatted otherwise says how, exactly.
                for run in block.fields.joined() where run.operation == .equal {
                    let pairs = zip((run.oldTokens ?? run.tokens).filter { $0.kind != .space }, run.tokens.filter { $0.kind != .space })
                    for (before, after) in pairs where TextStyle(before.span) != TextStyle(after.span) {
                        #expect(run.formatting == FormattingChange(old: TextStyle(before.span), new: TextStyle(after.span)),
                                "seed \(seed)")
                    }
                    if run.formatting == nil { #expect(pairs.allSatisfy { TextStyle($0.span) == TextStyle($1.span) }, "seed \(seed)") }
                }
                // Form changes are those of the paired blocks, and a changed block differs visibly.
                if isChanged(block) {
                    #expect(!block.form.isEmpty || block.cells.contains { $0.old == nil || $0.new == nil }
                            || block.fields.joined().contains { $0.operation != .equal || $0.formatting != nil },
                            "seed \(seed)")
                }
                for run in block.fields.joined() {
                    if run.operation == .inserted { wordsAdded += run.tokens.count(where: \.isWord) }
                    if run.operation == .deleted { wordsRemoved += run.tokens.count(where: \.isWord) }
                }
                if case .changed = block.change { oldStream.append(contentsOf: oldTokens) }
                newStream.append(contentsOf: newTokens)
            case .inserted:
                let tokens = RedlineToken.tokens(of: block.new!.block)
                wordsAdded += tokens.joined().count(where: \.isWord)
                newStream.append(contentsOf: tokens)
            case .deleted, .movedAway:
                let tokens = RedlineToken.tokens(of: block.old!.block)
                if block.change == .deleted { wordsRemoved += tokens.joined().count(where: \.isWord) }
                oldStream.append(contentsOf: tokens)
            }
        }
        #expect(newStream == new.flatMap(RedlineToken.tokens(of:)), "seed \(seed)")
        #expect(oldStream == old.flatMap(RedlineToken.tokens(of:)), "seed \(seed)")
        // Every block of each version appears once, in its version's order.
        #expect(redline.blocks.compactMap { $0.change == .deleted || isMovedAway($0) ? nil : $0.new?.index } == Array(new.indices),
                "seed \(seed)")
        #expect(redline.blocks.compactMap { isMoved($0) ? nil : $0.old?.index } == Array(old.indices), "seed \(seed)")
        #expect(redline.summary.wordsAdded == wordsAdded && redline.summary.wordsRemoved == wordsRemoved, "seed \(seed)")
    }

    @Test(arguments: cases.prefix(100))
    func aDocumentComparedWithItselfHasNoChange(seed: UInt64) {
        var random = RandomDocuments(seed: seed)
        let document = random.document()
        let redline = Redline(old: document, new: document)
        #expect(!redline.hasChanges, "seed \(seed)")
        #expect(redline.summary.isEmpty, "seed \(seed)")
        #expect(redline.blocks.map { $0.new?.index } == document.indices.map { $0 }, "seed \(seed)")
    }

    /// Each move shows at both places with the same value, and moved blocks are alike.
    @Test(arguments: cases.prefix(200))
    func movesAppearAtBothPlaces(seed: UInt64) {
        var random = RandomDocuments(seed: seed)
        let old = random.document()
        let redline = Redline(old: old, new: random.edited(old))
        var arrived: [RedlineBlock.Move] = [], left: [RedlineBlock.Move] = []
        for block in redline.blocks {
            if case .moved(let move) = block.change {
                arrived.append(move)
                #expect(block.old?.index == move.oldIndex && block.new?.index == move.newIndex, "seed \(seed)")
                #expect(move.edited == !block.fields.isEmpty, "seed \(seed)")
            }
            if case .movedAway(let move) = block.change {
                left.append(move)
                #expect(block.old?.index == move.oldIndex && block.new == nil, "seed \(seed)")
            }
        }
        #expect(Set(arrived) == Set(left) && arrived.count == left.count, "seed \(seed)")
    }

    /// The tokens a reader sees: white space aside, with their text and formatting, raw HTML
    /// with its runs of white space as one.
    private func visible(_ tokens: [RedlineToken]) -> [String] {
        tokens.filter { $0.kind != .space }.map { token in
            let text = if case .html(let html) = token.span.content {
                html.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            } else {
                "\(token.span.content)"
            }
            return text + "\(TextStyle(token.span))"
        }
    }

    private func isChanged(_ block: RedlineBlock) -> Bool {
        if case .changed = block.change { true } else { false }
    }

    /// Field token arrays, with empty ones for fields a version does not have.
    private func padded(_ fields: [[RedlineToken]], to count: Int) -> [[RedlineToken]] {
        fields + Array(repeating: [], count: max(0, count - fields.count))
    }

    private func isMoved(_ block: RedlineBlock) -> Bool {
        if case .moved = block.change { true } else { false }
    }

    private func isMovedAway(_ block: RedlineBlock) -> Bool {
        if case .movedAway = block.change { true } else { false }
    }
}
