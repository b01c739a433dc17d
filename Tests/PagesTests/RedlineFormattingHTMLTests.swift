@testable import Pages
import Diff
import Foundation
import Config
import Localization
import Markdown
import Testing
import TestSupport

/// The compare page's redline for changes a reader must see although no word changed (links,
/// formatting, a block's form), lists and tables aligned by content, footnotes, and changes of
/// white space alone, which show nothing: hand-written pairs, the HTML parsed.
@Suite struct RedlineFormattingHTMLTests {
    private func page(_ old: String, _ new: String, mode: HTMLMode = .safe) throws -> HTMLDocument {
        try HTMLDocument(redlineHTML(old, new, mode: mode))
    }

    /// The texts of the notes an XPath finds, each after the space that sets it apart.
    private func notes(_ page: HTMLDocument, _ xpath: String) throws -> [String] {
        try page.strings(xpath).map { text in
            #expect(text.hasPrefix(" "), "a note starts with a space: \(text)")
            return String(text.dropFirst())
        }
    }

    @Test func aLinkWhoseAddressChangedShowsBothAddressesInANoteAfterIt() throws {
        let html = try page("Read our [Export Controls policy](https://example.com/export) first.\n",
                            "Read our [Export Controls policy](https://example.com/legal/export) first.\n")
        #expect(try html.select("//ins | //del").isEmpty, "no word changed")
        #expect(try html.strings("//p/a/@href") == ["https://example.com/legal/export"])
        #expect(try html.first("//p/a")?.text == "Export Controls policy")
        let note = try #require(try html.first("//p/span[@class='pg-note']"))
        #expect(note.text == " link changed: https://example.com/export → https://example.com/legal/export")
        #expect(try html.strings("//span[@class='pg-note']/bdi") == ["https://example.com/export", "https://example.com/legal/export"])
        // The note follows the link, outside it: the text reads "…policy link changed: … first."
        #expect(try html.first("//p/a/span") == nil)
        #expect(try html.first("//p")?.text == "Read our Export Controls policy link changed: https://example.com/export → https://example.com/legal/export first.")
    }

    @Test func aLinkWhoseWordsAndAddressChangedMarksOnlyTheWordThatChanged() throws {
        let html = try page("See the [Export Controls policy](/export) today.\n", "See the [Export Control policy](/export-v2) today.\n")
        #expect(try html.strings("//del") == ["Controls"])
        #expect(try html.strings("//ins") == ["Control"])
        #expect(try notes(html, "//span[@class='pg-note']") == ["link changed: /export → /export-v2"])
    }

    @Test(arguments: [
        ("We keep your data.", "We keep **your data**.", "now bold"),
        ("We keep *your data*.", "We keep your data.", "no longer italic"),
        ("Set the data field.", "Set the `data` field.", "now code"),
    ])
    func formattingAddedOrRemovedIsNotedAfterTheText(old: String, new: String, note: String) throws {
        let html = try page(old + "\n", new + "\n")
        #expect(try html.select("//ins | //del").isEmpty)
        #expect(try notes(html, "//p/span[@class='pg-note']") == [note])
    }

    @Test func aHeadingLevelChangeIsNotedOnTheHeadingInThePagesLanguage() throws {
        let (a, b) = (renderedBody("### Scope\n\nText.\n"), renderedBody("## Scope\n\nText.\n"))
        let strings = InterfaceStrings(language: LanguageCode(rawValue: "de")!, values: [
            "note_heading_level": "Überschriftenebene {old} → {new}",
        ])
        let html = RedlineHTML(newFootnotes: [:], oldFootnotes: [:], html: .safe, movedHereLabel: "", movedAwayLabel: "",
                               notes: RedlineNoteWording(strings: strings)).render(Redline(old: a.blocks, new: b.blocks))
        let document = try HTMLDocument(html)
        let heading = try #require(try document.first("//h2"))
        #expect(heading["class"] == "pg-reformatted" && heading["id"] == "scope")
        #expect(try notes(document, "//h2/span[@class='pg-note']") == ["Überschriftenebene 3 → 2"])
        #expect(try document.select("//ins | //del").isEmpty)
    }

    @Test func aListTurnedFromBulletsToNumbersAndAClauseMadeAParagraph() throws {
        let html = try page("- one thing\n- another thing\n", "1. one thing\n2. another thing\n")
        #expect(try html.select("//ol/li[@class='pg-reformatted']").count == 2)
        #expect(try notes(html, "//li/span[@class='pg-note']") == ["now a numbered list", "now a numbered list"])
        let clause = try page("1. The provider keeps logs for thirty days.\n2. It deletes them.\n",
                              "1\\. The provider keeps logs for thirty days.\n\n2\\. It deletes them.\n")
        #expect(try clause.select("//ins | //del | //li").isEmpty, "the numbers read the same, written as text")
        #expect(try notes(clause, "//p[@class='pg-reformatted']/span[@class='pg-note']") == ["no longer a list item", "no longer a list item"])
        #expect(try clause.first("//p")?.text.hasPrefix("1. The provider keeps logs") == true)
    }

    @Test func aRewordedListItemShowsItsWordsAndANewItemIsMarkedWhole() throws {
        let html = try page("- your name and postal address\n- your phone number\n",
                            "- your full name\n- your name and email address\n- your phone number\n")
        #expect(try html.strings("//li[@class='pg-inserted']") == ["your full name"])
        #expect(try html.strings("//li[not(@class)]/del") == ["postal"])
        #expect(try html.strings("//li[not(@class)]/ins") == ["email"])
    }

    static let table = "| Data | Period |\n|---|---|\n| Logs | 30 days |\n| Invoices | 10 years |\n| Backups | 90 days |\n"

    @Test func aRowInsertedAtTheTopIsMarkedAsARowAndTheOthersNot() throws {
        let html = try page(Self.table, "| Data | Period |\n|---|---|\n| Cookies | 13 months |\n| Logs | 30 days |\n| Invoices | 10 years |\n| Backups | 90 days |\n")
        #expect(try html.strings("//tbody/tr[@class='pg-inserted']/td") == ["Cookies", "13 months"])
        #expect(try html.select("//tbody/tr[not(@class)]").count == 3)
        #expect(try html.select("//tbody/tr[not(@class)]//ins | //tbody/tr[not(@class)]//del").isEmpty)
    }

    @Test func aColumnAddedIsMarkedAsAColumn() throws {
        let new = "| Data | Purpose | Period |\n|---|---|---|\n| Logs | security | 30 days |\n| Invoices | tax | 10 years |\n| Backups | recovery | 90 days |\n"
        let html = try page(Self.table, new)
        #expect(try html.strings("//th[contains(@class,'pg-column-added')]/ins") == ["Purpose"])
        #expect(try notes(html, "//th[contains(@class,'pg-column-added')]/span[@class='pg-note']") == ["column added"])
        #expect(try html.strings("//td[contains(@class,'pg-column-added')]/ins") == ["security", "tax", "recovery"])
        #expect(try html.select("//tr[@class]").isEmpty, "no row is marked")
        #expect(try html.select("//td[not(@class)]//ins | //td[not(@class)]//del").isEmpty, "the other cells are unmarked")
        let removed = try page(new, Self.table)
        #expect(try removed.strings("//td[contains(@class,'pg-column-removed')]/del") == ["security", "tax", "recovery"])
        #expect(try removed.select("//td[contains(@class,'pg-column-removed')][not(contains(@class,'pg-old'))]").isEmpty)
    }

    @Test func aDeletedFootnoteKeepsEveryFootnotesNumberAndTheBackLinks() throws {
        let old = "One[^a] and two[^b] and three[^c].\n\n[^a]: First.\n[^b]: Second.\n[^c]: Third.\n"
        let new = "One and two[^b] and three[^c].\n\n[^b]: Second.\n[^c]: Third.\n"
        let html = try page(old, new)
        let items = try html.select("//section[@class='footnotes']/ol/li")
        #expect(items.count == 3)
        // The deleted footnote shows its old number, 1; the kept ones their new numbers, 1 and 2:
        // an item shows its `value`, else one more than the item before it.
        var shown: [Int] = []
        for item in items { shown.append(item["value"].flatMap { Int($0) } ?? (shown.last ?? 0) + 1) }
        #expect(shown == [1, 1, 2])
        #expect(items.map { $0["id"] } == ["pg:del-fn-a", "fn-b", "fn-c"])
        #expect(try html.strings("//sup[@class='footnote-ref']/a[not(ancestor::del)]") == ["1", "2"])
        // Each definition links back to its reference, the deleted one to its deleted reference.
        #expect(try html.strings("//a[@class='footnote-backref']/@href") == ["#pg:del-fnref-a", "#fnref-b", "#fnref-c"])
        let ids = Set(try html.strings("//@id"))
        for href in try html.strings("//a/@href") { #expect(ids.contains(String(href.dropFirst())), "\(href) points nowhere") }
    }

    @Test func aFootnoteReferencedTwiceGetsBothBackLinksAsCmarkWritesThem() throws {
        let text = "a[^x] b[^x]\n\n[^x]: One.\n\n    More.\n"
        #expect(redlineHTML(text, text) == renderedBody(text).html)
        #expect(redlineHTML(text, text).contains("<p>More. <a href=\"#fnref-x\" class=\"footnote-backref\""))
    }

    @Test(arguments: [
        ("We keep data , and logs.\n", "We keep data, and logs.\n"),
        ("We keep <span  class=\"x\">data</span> here.\n", "We keep <span class=\"x\">data</span> here.\n"),
        ("<div  class=\"box\">\n  Kept.\n</div>\n", "<div class=\"box\">\n Kept.\n</div>\n"),
        ("A line\nbroken here.\n", "A line broken\nhere.\n"),
    ])
    func aChangeOfWhiteSpaceAloneShowsNothing(old: String, new: String) throws {
        for mode in HTMLMode.allCases {
            let html = try page(old, new, mode: mode)
            #expect(try html.select("//ins | //del | //*[contains(@class,'pg-')]").isEmpty)
        }
    }
}
