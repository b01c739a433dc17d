import Outline
import Testing

@Suite struct TableOfContentsTests {
    private func heading(_ level: Int, _ text: String) -> OutlineHeading {
        OutlineHeading(level: level, text: text, id: text.lowercased(), isCustomID: false)
    }

    /// `A(A1,A2),B`: entries by text, children in parentheses.
    private func shape(_ entries: [TableOfContents.Entry]) -> String {
        entries.map { entry in
            entry.children.isEmpty ? entry.heading.text : "\(entry.heading.text)(\(shape(entry.children)))"
        }.joined(separator: ",")
    }

    private var document: [OutlineHeading] {
        [heading(1, "Title"), heading(2, "A"), heading(3, "A1"), heading(4, "A1a"), heading(3, "A2"),
         heading(2, "B"), heading(4, "B-deep"), heading(5, "B-deeper")]
    }

    @Test func nestsToLevelThree() {
        let toc = TableOfContents(headings: document, maxLevel: 3)
        #expect(shape(toc.entries) == "A(A1,A2),B")
    }

    @Test func nestsToLevelFour() {
        let toc = TableOfContents(headings: document, maxLevel: 4)
        // B-deep has no h3 above it, so it hangs on the nearest shallower entry, B.
        #expect(shape(toc.entries) == "A(A1(A1a),A2),B(B-deep)")
    }

    @Test func levelTwoIsFlat() {
        #expect(shape(TableOfContents(headings: document, maxLevel: 2).entries) == "A,B")
    }

    @Test func levelSixListsEverythingButTheTitle() {
        #expect(shape(TableOfContents(headings: document, maxLevel: 6).entries) == "A(A1(A1a),A2),B(B-deep(B-deeper))")
    }

    @Test func h3BeforeAnyH2StandsAtTopLevel() {
        let toc = TableOfContents(headings: [heading(3, "Preface"), heading(2, "A"), heading(3, "A1")], maxLevel: 3)
        #expect(shape(toc.entries) == "Preface,A(A1)")
    }

    @Test func shallowerHeadingsAfterDeeperOnesAreSiblingsAtTopLevel() {
        let toc = TableOfContents(headings: [heading(4, "D"), heading(3, "C"), heading(2, "B")], maxLevel: 4)
        #expect(shape(toc.entries) == "D,C,B")
    }

    @Test func entriesCarryTheHeadings() {
        let toc = TableOfContents(headings: [heading(2, "A"), heading(3, "A1")], maxLevel: 3)
        #expect(toc.entries.first?.heading == heading(2, "A"))
        #expect(toc.entries.first?.children.first?.heading == heading(3, "A1"))
    }

    @Test func noListedHeadingsIsEmpty() {
        #expect(TableOfContents(headings: [], maxLevel: 3).isEmpty)
        #expect(TableOfContents(headings: [heading(1, "Title"), heading(4, "Deep")], maxLevel: 3).isEmpty)
        #expect(!TableOfContents(headings: [heading(2, "A")], maxLevel: 3).isEmpty)
    }
}
