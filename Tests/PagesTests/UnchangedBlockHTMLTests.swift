import BlockHTML
import Diff
import Foundation
import Markdown
@testable import Pages
import Testing

/// A document's unchanged blocks, written once and reused by its other redlines (the current
/// version's compare pages with every older one), give the HTML each redline gives alone.
@Suite struct UnchangedBlockHTMLTests {
    static let current = """
        Intro to the club's rules[^dues], with *emphasis* and a [link](#fees).

        ## Fees

        The yearly fee is due on the first of February and covers every room.

        > A quote that holds a list:
        >
        > - first point
        > - second point, with `code`

        1. Ordered item one.
        2. Ordered item two, with a note[^dues].

        - [ ] a task still open
        - [x] a task done

        | Room | Hours | Note |
        |:-----|:-----:|-----:|
        | Library | 9–17 | quiet |
        | Hall | 8–22 | open |

        ```text
        a code block <kept> as it is
        ```

        <div>raw block</div>

        ## Leaving

        You may leave at any time; we keep your records for a year.

        会員は、いつでも退会することができます。

        [^dues]: Dues are paid yearly, see [the fees](#fees).
        """

    /// Older versions of `current`: a word changed, a block added, one removed, a row changed.
    static let older = [
        current.replacingOccurrences(of: "February", with: "January"),
        current.replacingOccurrences(of: "| Hall | 8–22 | open |\n", with: "")
            .replacingOccurrences(of: "for a year", with: "for two years"),
        current.replacingOccurrences(of: "- [x] a task done\n", with: "- [x] a task done\n- a third item\n")
            .replacingOccurrences(of: "second point", with: "2nd point"),
        current.replacingOccurrences(of: "会員は、いつでも退会することができます。\n\n", with: ""),
        current,
    ]

    private func redlineHTML(_ old: RenderedDocument, _ new: RenderedDocument) -> RedlineHTML {
        RedlineHTML(newFootnotes: new.footnoteNumbers, oldFootnotes: old.footnoteNumbers, html: .safe,
                    movedHereLabel: "Moved here", movedAwayLabel: "Moved")
    }

    @Test func reusedBlocksGiveEachRedlinesOwnHTML() {
        let new = renderedBody(Self.current)
        for order in [Array(Self.older.indices), Array(Self.older.indices.reversed())] {
            var unchanged = UnchangedBlockHTML()
            for index in order {
                let old = renderedBody(Self.older[index])
                let redline = Redline(old: old.blocks, new: new.blocks)
                let alone = redlineHTML(old, new).render(redline)
                let reusing = redlineHTML(old, new).render(redline, reusing: &unchanged)
                #expect(reusing == alone, "older version \(index)")
                #expect(redline.hasChanges == (index != Self.older.count - 1), "older version \(index)")
            }
            // Every block but the footnote's, and those that ever changed, kept.
            #expect(unchanged.count > 10)
        }
    }

    /// The unchanged document's redline, written from kept elements, is the document itself.
    @Test func keptElementsWriteTheDocument() {
        let new = renderedBody(Self.current)
        var unchanged = UnchangedBlockHTML()
        let redline = Redline(old: new.blocks, new: new.blocks)
        _ = redlineHTML(new, new).render(redline, reusing: &unchanged)
        let again = redlineHTML(new, new).render(redline, reusing: &unchanged)
        #expect(again == new.html)
    }

    /// The later document's heading and element ids, found once from its blocks for all its
    /// compare pages, are those each redline finds of its blocks: whatever moved, was deleted
    /// or inserted, and the ids of the text's own HTML.
    @Test func laterDocumentsIDsFoundFromItsBlocks() {
        let current = """
            ## Fees

            <a id="dues"></a>The yearly fee is due on the first of February and covers every room.

            ## Leaving

            You may leave at any time; we keep your records for a year and then remove them.

            ## Contact

            Write to the secretary of the club at the address on the back of your card.
            """
        let olders = [
            // The Contact section stood first; an old heading and its paragraph are gone.
            """
            ## Contact

            Write to the secretary of the club at the address on the back of your card.

            ## Fees

            The yearly fee is due on the first of January and covers every room.

            ## Guests

            <a id="guests"></a>Each member may bring two guests a month to any of the rooms.

            ## Leaving

            You may leave at any time; we keep your records for a year and then remove them.
            """,
            current,
        ]
        let new = renderedBody(current)
        let ids = RedlineHTML.headingIDs(of: new.blocks)
        #expect(ids.isSuperset(of: ["fees", "leaving", "contact", "dues"]) && !ids.contains("guests") && !ids.contains("fees-1"))
        var kept = UnchangedBlockHTML(), keptAlone = UnchangedBlockHTML()
        for older in olders {
            let old = renderedBody(older)
            let redline = Redline(old: old.blocks, new: new.blocks)
            #expect(RedlineHTML.headingIDs(of: redline.blocks.compactMap { $0.new?.block }) == ids)
            let alone = redlineHTML(old, new).render(redline, reusing: &keptAlone)
            #expect(redlineHTML(old, new).render(redline, newHeadingIDs: ids, reusing: &kept) == alone)
        }
    }
}
