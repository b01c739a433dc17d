@testable import Pages
import Diff
import Foundation
import Markdown
import Testing
import TestSupport

/// What the "without marks" switch shows, hiding `.pg-old`, `del`, the move notes and the
/// formatting notes, must be
/// the later text itself, word for word.
@Suite struct RedlineCleanViewTests {
    /// The words of text nodes joined as they stand (a change boundary splits a word's nodes).
    private func words(_ strings: [String]) -> [String] {
        strings.joined().split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The first place two word lists differ, with a little context; nil when they are equal.
    private func firstDifference(_ a: [String], _ b: [String]) -> String? {
        guard let index = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
                ?? (a.count == b.count ? nil : min(a.count, b.count)) else { return nil }
        let context = { (words: [String]) in words[max(0, index - 5)..<min(words.count, index + 6)].joined(separator: " ") }
        return "word \(index): shown «\(context(a))», expected «\(context(b))»"
    }

    private func expectCleanViewIsTheNewText(_ old: String, _ new: String, _ comment: Comment? = nil) throws {
        let b = renderedBody(new)
        let html = redlineHTML(old, new, movedHere: "MOVEDHERE", movedAway: "MOVEDAWAY")
        let shown = try HTMLDocument(html).strings(
            "//body//text()[not(ancestor::del)][not(ancestor::*[contains(concat(' ', @class, ' '), ' pg-old ')])][not(ancestor::*[@class='pg-move-note'])][not(ancestor::*[@class='pg-note'])]")
        // A redline writes every line break as cmark does, `<br />` and a newline; a text's own
        // `<br>` in a table cell has none after it, and words on both sides read apart all the same.
        let expected = try HTMLDocument(b.html.replacingOccurrences(of: "<br />", with: "<br />\n"))
            .strings("//body//text()")
        let difference = firstDifference(words(shown), words(expected))
        #expect(difference == nil, "\(comment?.rawValue ?? ""): \(difference ?? "")")
        // Every link inside the redline leads somewhere in it.
        let page = try HTMLDocument(html)
        let ids = Set(try page.strings("//@id"))
        let dangling = try page.strings("//a/@href").filter { $0.hasPrefix("#") && !ids.contains(String($0.dropFirst())) }
        #expect(dangling.isEmpty, "\(comment?.rawValue ?? ""): links to nothing: \(dangling)")
    }

    @Test func nestedItemsMovedBetweenDeletedAndKeptItems() throws {
        try expectCleanViewIsTheNewText("1. one\n2. two\n   - sub a\n3. three\n", "1. one\n   - sub a\n3. three\n")
        try expectCleanViewIsTheNewText("- a\n- b\n  more of b\n- c\n", "- a\n- c\n  more of c\n")
        try expectCleanViewIsTheNewText("- gone\n  - nested kept\n- stays\n", "- stays\n  - nested kept\n")
    }

    @Test func footnotesRemovedAddedAndKept() throws {
        try expectCleanViewIsTheNewText("One[^a] and two[^b].\n\n[^a]: First.\n[^b]: Second.\n", "One and two[^b].\n\n[^b]: Second.\n")
        try expectCleanViewIsTheNewText("One[^a].\n\n[^a]: First.\n", "One[^a] and two[^c].\n\n[^a]: First.\n[^c]: Third.\n")
        let page = try HTMLDocument(redlineHTML("One[^a] and two[^b].\n\n[^a]: First.\n[^b]: Second.\n",
                                                "One and two[^b].\n\n[^b]: Second.\n"))
        #expect(try page.first("//del//sup/a")?.text == "1", "a removed reference keeps its old number")
        #expect(try page.strings("//del//sup/a/@href") == ["#pg:del-fn-a"])
        #expect(try page.strings("//li[contains(@class,'pg-deleted')]/@id") == ["pg:del-fn-a"])
    }

    @Test func tablesQuotesAndFootnotes() throws {
        try expectCleanViewIsTheNewText("| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nText[^a].\n\n[^a]: Note.\n",
                                        "| A | B |\n|---|---|\n| 1 | 2 |\n| 5 | 6 |\n\nText.\n")
        try expectCleanViewIsTheNewText("> quoted\n> more\n\nafter\n", "> quoted, changed\n\nafter\n\n> new quote\n")
    }

    @Test func everyPairOfTheExampleSite() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        func body(_ path: String) throws -> String {
            let text = try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
            return String(text[try #require(text.range(of: "\n---\n")).upperBound...])
        }
        let privacy = try ["v1", "v2", "v3"].map { try body("content/privacy/\($0)/en.md") }
        for (old, new) in [(0, 1), (1, 2), (0, 2), (2, 0)] {
            try expectCleanViewIsTheNewText(privacy[old], privacy[new], "privacy v\(old + 1) → v\(new + 1)")
        }
        try expectCleanViewIsTheNewText(try body("content/privacy/v2/ja.md"), try body("content/privacy/v3/ja.md"), "ja")
        try expectCleanViewIsTheNewText(try body("content/terms/2024-02-01/en.md"), try body("content/terms/2025-07-01/en.md"), "terms")
    }
}
