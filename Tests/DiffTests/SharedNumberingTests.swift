@testable import Diff
import Foundation
import Outline
import Testing

/// Texts prepared with one numbering shared by all their redlines (a site's page job: every
/// version compared with its neighbours and the current one) give the redlines that each pair
/// gives alone: the numbering only saves splitting and numbering a block again.
@Suite struct SharedNumberingTests {
    /// A history of `count` versions, each an edit of the one before.
    private func history(seed: UInt64, count: Int) -> [[DocumentBlock]] {
        var random = RandomDocuments(seed: seed)
        var versions = [random.document()]
        while versions.count < count { versions.append(random.edited(versions[versions.count - 1])) }
        return versions
    }

    /// The pairs a site compares, in the order a job meets them: each version with the one
    /// before it, and with the current (last) one.
    private func sitePairs(_ count: Int) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for newer in 1..<count {
            pairs.append((newer - 1, newer))
            if newer - 1 < count - 2 { pairs.append((newer - 1, count - 1)) }
        }
        return pairs
    }

    @Test(arguments: Array(UInt64(1)...300))
    func sharedPreparationGivesEachPairsOwnRedline(seed: UInt64) {
        let versions = history(seed: seed, count: 6)
        let numbering = TokenNumbering()
        let prepared = versions.map { PreparedText($0, numbering: numbering) }
        for (old, new) in sitePairs(versions.count) {
            let shared = Redline(old: prepared[old], new: prepared[new])
            #expect(shared == Redline(old: versions[old], new: versions[new]), "seed \(seed), v\(old) → v\(new)")
        }
    }

    /// The numbers a pair gives the move search's sketches are those the pair gives alone,
    /// token by token, in whatever order the pair asks for its blocks and then sketches them.
    @Test(arguments: Array(UInt64(401)...500))
    func sketchesReadThePairsOwnNumbers(seed: UInt64) {
        let versions = history(seed: seed, count: 3)
        let numbering = TokenNumbering()
        let prepared = versions.map { PreparedText($0, numbering: numbering) }
        // The numbering first meets the last version's tokens, in another pair.
        var other = VersionPair(old: prepared[2], new: prepared[1])
        for index in versions[2].indices.reversed() { _ = other.old(index) }
        var shared = VersionPair(old: prepared[0], new: prepared[1])
        var alone = VersionPair(old: PreparedText(versions[0]), new: PreparedText(versions[1]))
        var order = versions[0].indices.map { (true, $0) } + versions[1].indices.map { (false, $0) }
        var generator = SeededGenerator(seed: seed)
        order.shuffle(using: &generator)
        // Half the blocks asked for first, then every block sketched in another order.
        for (isOld, index) in order.prefix(order.count / 2) {
            let (a, b) = isOld ? (shared.old(index), alone.old(index)) : (shared.new(index), alone.new(index))
            #expect((0..<a.fieldCount).map(a.tokens(ofField:)) == (0..<b.fieldCount).map(b.tokens(ofField:)), "seed \(seed)")
        }
        order.shuffle(using: &generator)
        for (isOld, index) in order {
            let (a, b) = isOld ? (shared.sketchContent(old: index), alone.sketchContent(old: index))
                               : (shared.sketchContent(new: index), alone.sketchContent(new: index))
            #expect(a == b, "seed \(seed), \(isOld ? "old" : "new") block \(index)")
        }
    }

    /// The pairs in reverse too (a newer version as the old side), after the numbering has
    /// met every version's tokens in another order.
    @Test(arguments: Array(UInt64(301)...400))
    func sharedPreparationInAnyOrder(seed: UInt64) {
        let versions = history(seed: seed, count: 5)
        let numbering = TokenNumbering()
        let prepared = versions.map { PreparedText($0, numbering: numbering) }
        for old in versions.indices.reversed() {
            for new in versions.indices where new != old {
                #expect(Redline(old: prepared[old], new: prepared[new]) == Redline(old: versions[old], new: versions[new]),
                        "seed \(seed), v\(old) → v\(new)")
            }
        }
    }

    /// A policy's revisions in Markdown: moved and edited paragraphs, whose moves are found by
    /// the numbers' sketches, the same with a shared numbering.
    @Test func sharedPreparationOfMarkdownRevisions() {
        let first = """
            # Membership

            We collect your name, your email address and the dates of your visits to the club.

            ## Fees

            The yearly fee is due on the first of January and covers the use of every room.

            Members who join after June pay half of the yearly fee for their first year.

            ## Leaving

            You may leave at any time by writing to the secretary; we keep your records for a year.

            - Your card is cancelled on the day you leave.
            - Fees already paid are not refunded.
            """
        let second = """
            # Membership

            ## Fees

            The yearly fee is due on the first of February and covers the use of every room and the library.

            Members who join after June pay half of the yearly fee for their first year.

            ## Leaving

            We collect your name, your email address and the dates of your visits to the club.

            You may leave at any time by writing to the secretary; we keep your records for two years.

            - Fees already paid are not refunded.
            - Your card is cancelled on the day you leave.
            """
        let third = second.replacingOccurrences(of: "two years", with: "three years")
            .replacingOccurrences(of: "the dates of your visits", with: "the times of your visits")
        let versions = [first, second, third].map(blocks)
        let numbering = TokenNumbering()
        let prepared = versions.map { PreparedText($0, numbering: numbering) }
        // The second and third versions differ in words only; the first moved a paragraph.
        for (old, new, moves) in [(0, 1, true), (1, 2, false), (0, 2, true), (2, 0, true)] {
            let alone = Redline(old: versions[old], new: versions[new])
            #expect(alone.blocks.contains { if case .moved = $0.change { true } else { false } } == moves, "v\(old) → v\(new)")
            #expect(Redline(old: prepared[old], new: prepared[new]) == alone, "v\(old) → v\(new)")
        }
    }

    /// A block that reads the same in several texts is prepared once, one object, even when
    /// its heading id or its list's tightness differs; a block that differs is not.
    @Test func aBlockInSeveralTextsIsPreparedOnce() {
        let first = blocks("""
            # Fees

            The yearly fee is due on the first of January and covers the use of every room.

            - one item of a tight list
            - another item
            """)
        let second = blocks("""
            # Fees

            A new paragraph before the others.

            The yearly fee is due on the first of January and covers the use of every room.

            - one item of a tight list

            - another item
            """)
        let numbering = TokenNumbering()
        let prepared = [first, second].map { PreparedText($0, numbering: numbering) }
        func block(_ text: Int, _ index: Int) -> PreparedBlock {
            prepared[text].shared!.block(index, of: prepared[text].blocks)
        }
        #expect(block(0, 1) === block(1, 2), "the paragraph")
        #expect(block(0, 2) === block(1, 3), "a list item, the list tight in one version only")
        #expect(block(0, 0) === block(1, 0), "the heading")
        #expect(block(0, 1) !== block(1, 1))
        #expect(Redline(old: prepared[0], new: prepared[1]) == Redline(old: first, new: second))
        #expect(Redline(old: prepared[1], new: prepared[0]) == Redline(old: second, new: first))
    }

    /// Headings whose ids differ (the same title in another place) are prepared once, and the
    /// redline still tells their ids apart where it reads them.
    @Test func headingsWithOtherIDsShareTheirPreparation() {
        let old = [DocumentBlock(kind: .heading(level: 2, id: "fees"), fields: [[InlineSpan(.text("Fees and dues"))]]),
                   DocumentBlock(kind: .paragraph, fields: [[InlineSpan(.text("Paid by the first of the month."))]])]
        var new = old
        new[0].kind = .heading(level: 2, id: "fees-and-dues")
        new[1].fields = [[InlineSpan(.text("Paid by the first of each month."))]]
        let numbering = TokenNumbering()
        let prepared = [old, new].map { PreparedText($0, numbering: numbering) }
        #expect(prepared[0].shared!.block(0, of: old) === prepared[1].shared!.block(0, of: new))
        let shared = Redline(old: prepared[0], new: prepared[1])
        #expect(shared == Redline(old: old, new: new))
        #expect(shared.blocks[0].new?.block.kind == .heading(level: 2, id: "fees-and-dues"))
        #expect(shared.blocks[0].old?.block.kind == .heading(level: 2, id: "fees"))
    }

    /// A paragraph edited in one version and not since is one pair of prepared blocks in every
    /// older version's redline with the current one: diffed once, the same runs in each.
    @Test func aPairDiffedOnceForEveryRedlineThatMeetsIt() {
        let base = (1...4).map { "Paragraph \($0) of the rules, which says what members of the club may do there." }
        func text(_ paragraphs: [String]) -> [DocumentBlock] { blocks(paragraphs.joined(separator: "\n\n")) }
        var edited = base
        edited[1] = "Paragraph 2 of the rules, which says what guests of the club may do there and when."
        // v0 and v1 hold the old paragraph; v2 edits it; v3 (current) edits another one.
        var current = edited
        current[3] = "Paragraph 4 of the rules, which says what members may never do there."
        let versions = [text(base), text(base + ["A closing line for the first two versions only."]), text(edited), text(current)]
        let numbering = TokenNumbering()
        let prepared = versions.map { PreparedText($0, numbering: numbering) }
        func block(_ text: Int, _ index: Int) -> PreparedBlock {
            prepared[text].shared!.block(index, of: prepared[text].blocks)
        }
        var runs: [[[TokenRun]]] = []
        for old in [0, 1] {
            let redline = Redline(old: prepared[old], new: prepared[3])
            #expect(redline == Redline(old: versions[old], new: versions[3]), "v\(old) → current")
            runs.append(redline.blocks[1].fields)
        }
        #expect(block(0, 1) === block(1, 1))
        #expect(numbering.pairs.changes(block(0, 1), block(3, 1)) != nil)
        #expect(runs[0] == runs[1] && runs[0].first?.contains { $0.operation == .inserted } == true)
        // Found by the neighbours' redline too: v1 → v2 pairs the same two blocks.
        #expect(Redline(old: prepared[1], new: prepared[2]) == Redline(old: versions[1], new: versions[2]))
        #expect(block(2, 1) === block(3, 1))
    }
}
