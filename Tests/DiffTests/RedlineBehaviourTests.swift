import Diff
import Outline
import Testing

/// The behaviours the compare pages promise, on hand-written pairs.
@Suite struct RedlineBehaviourTests {
    @Test func oneWordChangedInALongParagraphMarksOnlyThatWord() throws {
        var words = prose(200, seed: 1)
        let old = words.joined(separator: " ")
        words[97] = "disclose"
        let result = redline("## Data\n\n\(old)\n", "## Data\n\n\(words.joined(separator: " "))\n")
        #expect(result.changes.count == 1)
        let changed = try #require(result.changes.first)
        #expect(changed.change == .changed)
        let edits = changed.fields[0].filter { $0.operation != .equal }
        #expect(edits.map(\.operation) == [.deleted, .inserted])
        #expect(edits.map { $0.tokens.map(\.text).joined() } == [prose(200, seed: 1)[97], "disclose"])
        #expect(result.summary.wordsAdded == 1 && result.summary.wordsRemoved == 1)
        #expect(result.summary.changed == [RedlineSummary.Section(id: "data", heading: "Data")])
    }

    @Test func sentenceInsertedMidParagraph() {
        let result = redline("We keep logs. We delete them after a year. We never sell them.\n",
                             "We keep logs. They hold your IP address. We delete them after a year. We never sell them.\n")
        #expect(result.changes.map(\.marked) == ["We keep logs. {+They hold your IP address. +}We delete them after a year. We never sell them."])
        #expect(result.summary.wordsAdded == 5 && result.summary.wordsRemoved == 0)
    }

    @Test func paragraphMovedToAnotherSection() {
        let moving = "Backups are encrypted and kept for thirty days in two regions."
        let old = "## Storage\n\nWe store data in the EU.\n\n\(moving)\n\n## Sharing\n\nWe share nothing.\n\n## Security\n\nWe use TLS.\n"
        let new = "## Storage\n\nWe store data in the EU.\n\n## Sharing\n\nWe share nothing.\n\n## Security\n\nWe use TLS.\n\n\(moving)\n"
        let result = redline(old, new)
        let move = RedlineBlock.Move(oldIndex: 2, newIndex: 6, edited: false)
        #expect(result.changes.map(\.change) == [.movedAway(move), .moved(move)])
        #expect(result.changes.map(\.block.plainText) == [moving, moving])
        // Where it left and where it arrived changed; nothing was added or removed.
        #expect(result.summary.changed.map(\.id) == ["storage", "security"])
        #expect(result.summary.moved.isEmpty)
        #expect(result.summary.wordsAdded == 0 && result.summary.wordsRemoved == 0)
    }

    @Test func sectionAddedAndAnotherRemoved() {
        let old = "## Intro\n\nHello there reader.\n\n## Cookies\n\nWe use two cookies for sessions.\n\n## Contact\n\nWrite to us.\n"
        let new = "## Intro\n\nHello there reader.\n\n## Contact\n\nWrite to us.\n\n## Children\n\nWe do not knowingly collect data from children.\n"
        let result = redline(old, new)
        #expect(result.changes.map(\.change) == [.deleted, .deleted, .inserted, .inserted])
        #expect(result.summary.removed == [RedlineSummary.Section(id: "cookies", heading: "Cookies")])
        #expect(result.summary.added == [RedlineSummary.Section(id: "children", heading: "Children")])
        #expect(result.summary.changed.isEmpty && result.summary.moved.isEmpty)
        #expect(result.summary.wordsRemoved == 1 + 6 && result.summary.wordsAdded == 1 + 8)
    }

    @Test func listItemReworded() throws {
        let result = redline("- Your name\n- Your email address, if you give it\n- Your country\n",
                             "- Your name\n- Your work email address, when you give it\n- Your country\n")
        #expect(result.changes.count == 1)
        let item = try #require(result.changes.first)
        guard case .listItem = item.block.kind else { Issue.record("not a list item: \(item.block.kind)"); return }
        #expect(item.marked == "Your {+work +}email address, [-if-]{+when+} you give it")
    }

    @Test func tableCellChanged() throws {
        let result = redline("| Data | Kept for |\n|---|---|\n| Logs | 30 days |\n| Invoices | 10 years |\n",
                             "| Data | Kept for |\n|---|---|\n| Logs | 90 days |\n| Invoices | 10 years |\n")
        #expect(result.changes.count == 1)
        let row = try #require(result.changes.first)
        try #require(row.fields.count == 2)
        #expect(row.fields[0].map(\.operation) == [.equal])
        #expect(row.marked == "Logs | [-30-]{+90+} days")
    }

    @Test func japaneseSentenceWithTwoCharactersChanged() {
        let result = redline("お客様の個人情報を第三者に提供することはありません。\n",
                             "お客様の個人情報を第三者に販売することはありません。\n")
        #expect(result.changes.map(\.marked) == ["お客様の個人情報を第三者に[-提供-]{+販売+}することはありません。"])
        #expect(result.summary.wordsAdded == 2 && result.summary.wordsRemoved == 2)
    }

    @Test func boldTextPartlyChanged() throws {
        let result = redline("We **never sell your data** to anyone.\n", "We **never share your data** to anyone.\n")
        let block = try #require(result.changes.first)
        #expect(block.marked == "We never [-sell-]{+share+} your data to anyone.")
        let edits = block.fields[0].filter { $0.operation != .equal }.flatMap(\.tokens)
        #expect(edits.map(\.span) == [InlineSpan(.text("sell"), marks: [.strong]), InlineSpan(.text("share"), marks: [.strong])])
        // The bold words around the change stay bold in the equal runs.
        let equalBold = block.fields[0].filter { $0.operation == .equal }.flatMap(\.tokens).filter { $0.span.marks == [.strong] }
        #expect(equalBold.map(\.text).joined() == "never  your data")
    }

    @Test func identicalDocumentsGiveNoChange() {
        let text = "# Privacy\n\nWe **care**.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n\n---\n\nNote[^1].\n\n[^1]: A note.\n"
        let result = redline(text, text)
        #expect(!result.hasChanges)
        #expect(result.summary.isEmpty)
        #expect(result.blocks.count == blocks(text).count)
        #expect(result.blocks.allSatisfy { $0.change == .unchanged && $0.fields.isEmpty })
        #expect(Redline(old: [], new: []).blocks.isEmpty)
    }
}
