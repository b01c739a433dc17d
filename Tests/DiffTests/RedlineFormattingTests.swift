import Diff
import Foundation
import Outline
import Testing

/// Changes a reader must see although no word changed (links, formatting, a block's form), and
/// changes of white space alone, which are none: on hand-written pairs, in the redline, the
/// terminal format and the JSON format.
@Suite struct RedlineFormattingTests {
    static let subject = RedlineSubject(
        policy: "privacy", language: "en",
        old: ComparedVersion(id: "v1", effective: "2024-01-01", title: "Privacy"),
        new: ComparedVersion(id: "v2", effective: "2025-01-01", title: "Privacy"))

    private func terminal(_ old: String, _ new: String) -> String {
        TerminalRedline(colour: false).render(redline(old, new), subject: Self.subject)
    }

    private func report(_ old: String, _ new: String) throws -> [String: Any] {
        let json = RedlineReport(redline(old, new), subject: Self.subject).json()
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func summary(_ report: [String: Any]) throws -> [String: Any] {
        try #require(report["summary"] as? [String: Any])
    }

    private func blocks(of report: [String: Any]) throws -> [[String: Any]] {
        try #require(report["blocks"] as? [[String: Any]])
    }

    // MARK: Links

    static let linksOld = """
        ## Export

        Read our [Export Controls policy](https://example.com/export) before you ship, and the [sanctions list](https://example.com/sanctions).
        """
    static let linksNew = """
        ## Export

        Read our [Export Controls policy](https://example.com/legal/export) before you ship, and the [sanctions list](https://example.com/legal/sanctions).
        """

    @Test func aLinkWhoseAddressChangedIsALinkChangeNotWordsDeletedAndInserted() throws {
        let result = redline(Self.linksOld, Self.linksNew)
        #expect(result.summary.wordsAdded == 0 && result.summary.wordsRemoved == 0)
        #expect(result.summary.linksChanged == 2)
        #expect(result.summary.isFormattingOnly)
        #expect(result.summary.reformatted.map(\.id) == ["export"])
        let paragraph = try #require(result.changes.first)
        #expect(paragraph.change == .changed)
        #expect(paragraph.fields[0].allSatisfy { $0.operation == .equal }, "\(paragraph.marked)")
        let notes = paragraph.fields[0].formattingNotes
        #expect(notes.map { $0.change.notes.map(\.english) } == [
            ["link changed: https://example.com/export → https://example.com/legal/export"],
            ["link changed: https://example.com/sanctions → https://example.com/legal/sanctions"],
        ])
        // Each note follows its link's last run.
        let texts = notes.map { paragraph.fields[0][$0.afterRun].tokens.map(\.text).joined() }
        #expect(texts.map { $0.hasSuffix("policy") || $0.hasSuffix("list") } == [true, true], "\(texts)")

        let text = terminal(Self.linksOld, Self.linksNew)
        #expect(text.contains("formatting changed in 1 section, no words changed, 2 links changed"), "\(text)")
        #expect(text.contains(
            "Export Controls policy {~link changed: https://example.com/export → https://example.com/legal/export~} before you ship"),
            "\(text)")
        #expect(!text.contains("[-") && !text.contains("{+"), "\(text)")

        let json = try report(Self.linksOld, Self.linksNew)
        #expect(try summary(json)["links_changed"] as? Int == 2)
        #expect(try summary(json)["formatting_only"] as? Bool == true)
        let runs = try #require(try blocks(of: json).first?["runs"] as? [[String: Any]])
        let linked = runs.filter { $0["formatting"] != nil }
        #expect(linked.map { $0["text"] as? String } == ["Export Controls policy", "sanctions list"])
        let link = try #require((linked.first?["formatting"] as? [String: Any])?["link"] as? [String: Any])
        #expect((link["old"] as? [String: Any])?["href"] as? String == "https://example.com/export")
        #expect((link["new"] as? [String: Any])?["href"] as? String == "https://example.com/legal/export")
    }

    @Test func aLinkWhoseWordsAndAddressChangedMarksOnlyTheWordsThatChangedAndIsNotedOnce() throws {
        let old = "See the [Export Controls policy](/export) today."
        let new = "See the [Export Control policy](/export-v2) today."
        let result = redline(old, new)
        let block = try #require(result.changes.first)
        #expect(block.marked == "See the Export [-Controls-]{+Control+} policy today.")
        #expect(result.summary.wordsAdded == 1 && result.summary.wordsRemoved == 1)
        #expect(result.summary.linksChanged == 1)
        #expect(!result.summary.isFormattingOnly)
        let notes = block.fields[0].formattingNotes
        #expect(notes.count == 1)
        #expect(block.fields[0][notes[0].afterRun].tokens.map(\.text).joined() == " policy")
        #expect(terminal(old, new).contains(
            "See the Export [-Controls-]{+Control+} policy {~link changed: /export → /export-v2~} today."))
    }

    @Test func aLinkAddedOrRemovedAroundTheSameWords() throws {
        let added = redline("Read the terms.", "Read the [terms](/terms).")
        #expect(added.summary.linksChanged == 1 && added.summary.wordsAdded == 0)
        #expect(added.changes.first?.fields[0].formattingNotes.map { $0.change.notes.map(\.english) } == [["now a link to /terms"]])
        let removed = redline("Read the [terms](/terms).", "Read the terms.")
        #expect(removed.changes.first?.fields[0].formattingNotes.map { $0.change.notes.map(\.english) }
            == [["no longer a link to /terms"]])
    }

    // MARK: Formatting

    @Test func anElementOfTheTextsOwnHTMLPutAroundTheWordsIsAFormattingChange() throws {
        let old = "We follow the GDPR.\n"
        let new = "We follow the <abbr title=\"General Data Protection Regulation\">GDPR</abbr>.\n"
        let result = redline(old, new)
        #expect(result.summary.wordsAdded == 0 && result.summary.wordsRemoved == 0 && result.summary.formattingChanges == 1)
        let notes = try #require(result.changes.first).fields[0].formattingNotes.flatMap { $0.change.notes.map(\.english) }
        #expect(notes == ["HTML changed: — → <abbr title=\"General Data Protection Regulation\">"])
        #expect(terminal(old, new).contains("We follow the GDPR {~HTML changed: — → <abbr"))
    }

    @Test func headingLevelsThatChangedAreFormattingChangesWithTheirNote() throws {
        let old = "### Scope\n\nText.\n\n### Data\n\nMore.\n"
        let new = "## Scope\n\nText.\n\n## Data\n\nMore.\n"
        let result = redline(old, new)
        #expect(result.summary.formattingChanges == 2 && result.summary.wordsAdded == 0 && result.summary.wordsRemoved == 0)
        #expect(result.summary.isFormattingOnly)
        #expect(result.summary.reformatted.map(\.id) == ["scope", "data"])
        #expect(result.changes.map(\.form) == [[.headingLevel(old: 3, new: 2)], [.headingLevel(old: 3, new: 2)]])
        let text = terminal(old, new)
        #expect(text.contains("en: formatting changed in 2 sections, no words changed, 2 formatting changes"), "\(text)")
        #expect(text.contains("  ## Scope {~heading level 3 → 2~}"), "\(text)")
        #expect(text.contains("Sections reformatted: Scope, Data"), "\(text)")
        let json = try report(old, new)
        let form = try #require(try blocks(of: json).first?["form"] as? [[String: Any]])
        #expect(form.first?["kind"] as? String == "heading_level")
        #expect(form.first?["old"] as? String == "3" && form.first?["new"] as? String == "2")
        #expect(form.first?["note"] as? String == "heading level 3 → 2")
        #expect(try summary(json)["reformatted"] as? [[String: String]] == [
            ["id": "scope", "heading": "Scope"], ["id": "data", "heading": "Data"],
        ])
    }

    @Test(arguments: [
        ("We keep your data.", "We keep **your data**.", ["now bold"]),
        ("We keep *your data*.", "We keep your data.", ["no longer italic"]),
        ("Set the data field.", "Set the `data` field.", ["now code"]),
        ("We ~~sell~~ keep data.", "We sell keep data.", ["no longer struck through"]),
        ("We keep *your data*.", "We keep **your data**.", ["now bold", "no longer italic"]),
    ])
    func emphasisAndCodeAddedOrRemovedAreNotedAfterTheText(old: String, new: String, notes: [String]) throws {
        let result = redline(old, new)
        let block = try #require(result.changes.first)
        #expect(block.fields[0].allSatisfy { $0.operation == .equal }, "\(block.marked)")
        #expect(block.fields[0].formattingNotes.map { $0.change.notes.map(\.english) } == [notes])
        #expect(result.summary.formattingChanges == 1 && result.summary.linksChanged == 0)
        #expect(result.summary.wordsAdded == 0 && result.summary.wordsRemoved == 0)
        let text = terminal(old, new)
        #expect(text.contains("{~" + notes.joined(separator: "~} {~") + "~}"), "\(text)")
        let runs = try #require(try blocks(of: report(old, new)).first?["runs"] as? [[String: Any]])
        let formatting = try #require(runs.compactMap { $0["formatting"] as? [String: Any] }.first)
        #expect(formatting["notes"] as? [String] == notes)
    }

    @Test func aListTurnedFromBulletsToNumbersIsAFormattingChangeOfEachItem() throws {
        let old = "- We collect your name.\n- We collect your email.\n"
        let new = "1. We collect your name.\n2. We collect your email.\n"
        let result = redline(old, new)
        #expect(result.changes.map(\.form) == [[.listKind(old: .bullet, new: .numbered)], [.listKind(old: .bullet, new: .numbered)]])
        #expect(result.summary.isFormattingOnly && result.summary.formattingChanges == 2)
        #expect(terminal(old, new).contains("  1. We collect your name. {~now a numbered list~}"))
    }

    @Test func aClauseTakenFromANumberedListIntoANumberedParagraphIsAFormattingChange() throws {
        let old = """
            ## Terms

            1. The provider keeps server logs for thirty days.
            2. The provider deletes backups after one year.
            """
        let new = """
            ## Terms

            1\\. The provider keeps server logs for thirty days.

            2\\. The provider deletes backups after one year.
            """
        let result = redline(old, new)
        #expect(result.changes.count == 2)
        #expect(result.changes.allSatisfy { $0.change == .changed && $0.form == [.listKind(old: .numbered, new: nil)] })
        #expect(result.summary.wordsAdded == 0 && result.summary.wordsRemoved == 0, "\(result.changes.map(\.marked))")
        #expect(result.summary.isFormattingOnly)
        #expect(result.changes.map(\.marked) == ["1. The provider keeps server logs for thirty days.",
                                                 "2. The provider deletes backups after one year."])
        let text = terminal(old, new)
        #expect(text.contains("  1. The provider keeps server logs for thirty days. {~no longer a list item~}"), "\(text)")
        // And back: the paragraph's number becomes the list's.
        let back = redline(new, old)
        #expect(back.summary.wordsAdded == 0 && back.summary.wordsRemoved == 0)
        #expect(back.changes.allSatisfy { $0.form == [.listKind(old: nil, new: .numbered)] })
    }

    // MARK: Lists

    @Test func aRewordedListItemAmongNewItemsIsDiffedWordByWord() throws {
        let old = """
            We collect:

            - your name and postal address
            - your phone number
            - the pages you visit
            """
        let new = """
            We collect:

            - your full name
            - your name and email address
            - your phone number
            - the device you use
            - the pages you open
            """
        let result = redline(old, new)
        let changed = result.changes.filter { $0.change == .changed }.map(\.marked)
        #expect(changed == ["your name and [-postal-]{+email+} address", "the pages you [-visit-]{+open+}"])
        #expect(result.changes.filter { $0.change == .inserted }.map { $0.block.plainText } == ["your full name", "the device you use"])
        #expect(!result.changes.contains { $0.change == .deleted })
    }

    // MARK: Tables

    static let table = """
        | Data | Period |
        |---|---|
        | Logs | 30 days |
        | Invoices | 10 years |
        | Backups | 90 days |
        | Tickets | 2 years |
        """

    @Test func aRowInsertedAtTheTopIsTheOnlyRowMarked() throws {
        let new = """
            | Data | Period |
            |---|---|
            | Cookies | 13 months |
            | Logs | 30 days |
            | Invoices | 10 years |
            | Backups | 90 days |
            | Tickets | 2 years |
            """
        let result = redline(Self.table, new)
        #expect(result.changes.map(\.change) == [.inserted])
        #expect(result.changes.first?.block.plainText == "Cookies 13 months")
        let text = terminal(Self.table, new)
        #expect(text.contains("+ | Cookies | 13 months |"))
        #expect(!text.contains("Logs"))
        let deleted = redline(new, Self.table)
        #expect(deleted.changes.map(\.change) == [.deleted])
    }

    @Test func aRowInsertedAtTheTopAndAnotherDeletedAtTheFootOfATableOfLikeRows() throws {
        let old = "| Data | Shared | Sold |\n|---|---|---|\n| Name | Yes | No |\n| Email | Yes | No |\n| Phone | Yes | No |\n| Address | Yes | No |\n"
        let new = "| Data | Shared | Sold |\n|---|---|---|\n| Device ID | Yes | No |\n| Name | Yes | No |\n| Email | Yes | No |\n| Phone | Yes | No |\n"
        let result = redline(old, new)
        #expect(result.changes.map(\.change) == [.inserted, .deleted])
        #expect(result.changes.map { $0.block.plainText } == ["Device ID Yes No", "Address Yes No"])
    }

    @Test func aColumnAddedIsMarkedAsAColumnInEveryRow() throws {
        let new = """
            | Data | Purpose | Period |
            |---|---|---|
            | Logs | security | 30 days |
            | Invoices | tax law | 10 years |
            | Backups | recovery | 90 days |
            | Tickets | support | 2 years |
            """
        let result = redline(Self.table, new)
        #expect(result.changes.count == 5)
        for row in result.changes {
            #expect(row.change == .changed)
            #expect(row.cells == [CellPair(old: 0, new: 0), CellPair(old: nil, new: 1), CellPair(old: 1, new: 2)])
            #expect(row.fields[0].allSatisfy { $0.operation == .equal } && row.fields[2].allSatisfy { $0.operation == .equal })
            #expect(row.fields[1].map(\.operation) == [.inserted])
        }
        #expect(result.changes.map { $0.fields[1].flatMap(\.tokens).map(\.text).joined() }
            == ["Purpose", "security", "tax law", "recovery", "support"])
        #expect(terminal(Self.table, new).contains("  | Logs | {+security+} | 30 days |"))
        let rows = try blocks(of: report(Self.table, new))
        #expect(rows.first?["columns"] as? [[String: Any?]] != nil)
        let columns = try #require(rows.first?["columns"] as? [[String: Any]])
        #expect(columns.map { $0["old"] as? Int } == [0, nil, 1])
        #expect(columns.map { $0["new"] as? Int } == [0, 1, 2])
        // And removed: the column's cells are deleted.
        let back = redline(new, Self.table)
        #expect(back.changes.allSatisfy { $0.cells == [CellPair(old: 0, new: 0), CellPair(old: 1, new: nil), CellPair(old: 2, new: 1)] })
    }

    @Test func aRewordedItemAndAnInsertedRowInTheJSON() throws {
        let items = try blocks(of: report("- your name and postal address\n- your phone number\n",
                                          "- your full name\n- your name and email address\n- your phone number\n"))
        #expect(items.map { $0["change"] as? String } == ["inserted", "changed"])
        let runs = try #require(items.last?["runs"] as? [[String: Any]])
        #expect(runs.map { "\($0["op"]!):\($0["text"]!)" } == ["equal:your name and ", "deleted:postal", "inserted:email", "equal: address"])
        let rows = try blocks(of: report(Self.table, Self.table.replacingOccurrences(of: "| Logs |", with: "| Cookies | 13 months |\n| Logs |")))
        #expect(rows.count == 1)
        #expect(rows.first?["change"] as? String == "inserted" && rows.first?["cells"] as? [String] == ["Cookies", "13 months"])
    }

    // MARK: Footnotes

    @Test func aDeletedFootnoteIsTheOnlyChangeInEveryFormat() throws {
        let old = "One[^a] and two[^b].\n\n[^a]: First note.\n[^b]: Second note.\n"
        let new = "One and two[^b].\n\n[^b]: Second note.\n"
        let result = redline(old, new)
        #expect(result.changes.map(\.change) == [.changed, .deleted])
        #expect(result.changes.first?.fields[0].filter { $0.operation != .equal }.flatMap(\.tokens).map(\.span.content)
            == [.footnoteReference(label: "a")])
        let text = terminal(old, new)
        #expect(text.contains("  One[-[^a]-] and two[^b]."), "\(text)")
        #expect(text.contains("- [^a]: First note."), "\(text)")
        #expect(!text.contains("Second note"), "the other footnote is unchanged: \(text)")
        let json = try blocks(of: report(old, new))
        #expect(json.map { $0["kind"] as? String } == ["paragraph", "footnote_definition"])
        #expect(json.last?["text"] as? String == "First note.")
    }

    // MARK: White space

    @Test(arguments: [
        ("We keep data , and logs.", "We keep data, and logs."),
        ("We keep <span  class=\"x\">data</span> here.", "We keep <span class=\"x\">data</span> here."),
        ("<div  class=\"box\">\n  Kept.\n</div>\n", "<div class=\"box\">\n Kept.\n</div>\n"),
        ("- tight\n- list\n", "- tight\n\n- list\n"),
        ("A line\nbroken here.", "A line broken\nhere."),
    ])
    func aChangeOfWhiteSpaceAloneIsNoChange(old: String, new: String) throws {
        let result = redline(old, new)
        #expect(!result.hasChanges, "\(result.changes.map(\.marked))")
        #expect(result.summary.isEmpty)
        #expect(terminal(old, new).contains("The two versions read the same."))
        #expect(try blocks(of: report(old, new)).isEmpty)
    }
}
