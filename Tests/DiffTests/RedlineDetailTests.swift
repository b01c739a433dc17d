import Diff
import Outline
import Testing

/// How the redline reads in the cases around the promised behaviours.
@Suite struct RedlineDetailTests {
    private func marked(_ result: Redline) -> [String] {
        result.changes.map { $0.fields.isEmpty ? "\($0.change): \($0.block.plainText)" : $0.marked }
    }

    @Test func aShortSentenceRewordedInPlaceShowsItsWords() {
        // The equal space between the changed words goes into the change.
        #expect(marked(redline("We keep your data.\n", "They sell our data.\n")) == ["[-We keep your-]{+They sell our+} data."])
        #expect(marked(redline("The quick brown fox jumps over the lazy dog.\n", "The slow brown cat jumps over the lazy dog.\n"))
            == ["The [-quick-]{+slow+} brown [-fox-]{+cat+} jumps over the lazy dog."])
    }

    @Test func anUnrelatedParagraphIsDeletedAndAnotherInserted() {
        let result = redline("We use cookies to remember your language and to measure visits.\n",
                             "Our partners may show advertising based on your interests across other sites.\n")
        #expect(result.changes.map(\.change) == [.deleted, .inserted])
    }

    @Test func reflowedLinesAreNoChange() {
        let result = redline("We keep logs for\nthirty days and then  delete them.\n", "We keep logs for thirty days\nand then delete them.\n")
        #expect(!result.hasChanges)
    }

    @Test func aHeadingKeepsItsPlaceThroughItsCustomID() {
        let result = redline("## Contact {#contact}\n\nWrite to us.\n", "## Reach us {#contact}\n\nWrite to us.\n")
        #expect(marked(result) == ["[-Contact-]{+Reach us+}"])
        #expect(result.summary.changed == [RedlineSummary.Section(id: "contact", heading: "Reach us")])
    }

    @Test func aWholeSectionMoved() {
        let result = redline("## A\n\nAlpha text is here today.\n\n## B\n\nBeta text is here today.\n\n## C\n\nGamma text is here today.\n",
                             "## A\n\nAlpha text is here today.\n\n## C\n\nGamma text is here today.\n\n## B\n\nBeta text is here today.\n")
        #expect(result.summary.moved == [RedlineSummary.Section(id: "b", heading: "B")])
        #expect(result.summary.changed.isEmpty && result.summary.added.isEmpty && result.summary.removed.isEmpty)
        #expect(result.changes.count == 4)
    }

    @Test func aMovedParagraphThatWasAlsoEditedShowsItsEdits() {
        let result = redline("Backups are encrypted and kept for thirty days in two regions.\n\nOther.\n",
                             "Other.\n\nBackups are encrypted and kept for sixty days in two regions.\n")
        let move = RedlineBlock.Move(oldIndex: 0, newIndex: 1, edited: true)
        #expect(result.changes.map(\.change) == [.movedAway(move), .moved(move)])
        #expect(result.changes.last?.marked == "Backups are encrypted and kept for [-thirty-]{+sixty+} days in two regions.")
        #expect(result.summary.wordsAdded == 1 && result.summary.wordsRemoved == 1)
    }

    /// Formatting and link targets are changes, of formatting: the words read the same.
    @Test func formattingAndLinkTargetsAreChanges() {
        let bold = redline("We keep data.\n", "We keep **data**.\n")
        #expect(marked(bold) == ["We keep data."])
        #expect(bold.changes[0].fields[0].compactMap(\.formatting) == [FormattingChange(old: TextStyle(), new: TextStyle(strong: true))])
        let link = redline("See [the terms](https://a.example/terms).\n", "See [the terms](https://b.example/terms).\n")
        #expect(marked(link) == ["See the terms."])
        let linked = link.changes[0].fields[0].first { $0.formatting != nil }
        #expect(linked?.tokens.first?.span.marks == [.link(destination: "https://b.example/terms", title: "")])
        #expect(linked?.oldTokens?.first?.span.marks == [.link(destination: "https://a.example/terms", title: "")])
        #expect(linked?.formatting?.linkChanged == true && linked?.formatting?.stylesChanged == false)
    }

    @Test func aChangedListItemStaysInItsList() throws {
        let result = redline("1. First step\n2. Second step here\n", "1. First step\n2. Second step there\n")
        let item = try #require(result.changes.first)
        #expect(item.block.containers == [.list(ListStyle(numbering: .ordered(start: 1), isTight: true))])
        #expect(item.marked == "Second step [-here-]{+there+}")
    }

    @Test func aRowAddedToATable() {
        let result = redline("| a | b |\n|---|---|\n| 1 | 2 |\n", "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n")
        #expect(result.changes.map(\.change) == [.inserted])
        #expect(result.changes.first?.block.fields.map(\.plainText) == ["3", "4"])
    }

    @Test func textBeforeTheFirstHeadingIsItsOwnSection() {
        let result = redline("Preamble one.\n\n## Data\n\nText.\n", "Preamble two.\n\n## Data\n\nText.\n")
        #expect(result.summary.changed == [RedlineSummary.Section(id: nil, heading: "")])
    }
}
