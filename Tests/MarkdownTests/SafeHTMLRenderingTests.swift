import Config
import Foundation
import Markdown
import Outline
import Testing
import TestSupport

/// `html: safe`, the default: a text's own HTML, sanitized in place among cmark's markup.
@Suite struct SafeHTMLRenderingTests {
    @Test func aLineBreakInATableCellIsALineBreak() throws {
        let body = "| Data | Use |\n|---|---|\n| Account Information<br>User Content | obligation.<br/>Where |\n"
        let page = try HTMLDocument(html(body))
        #expect(try page.select("//td/br").count == 2)
        #expect(try page.first("//td")?.text == "Account InformationUser Content")
        #expect(render(body).document.removedHTML.isEmpty)
    }

    @Test func anAddressKeepsItsLines() {
        #expect(html("Acme Ltd.<br>\n1 Main Street<br>\nSpringfield\n")
                == "<p>Acme Ltd.<br />\n1 Main Street<br />\nSpringfield</p>\n")
    }

    @Test func detailsHoldTheMarkdownBetweenTheirTags() throws {
        let body = "<details>\n<summary>More</summary>\n\nSome **Markdown**.\n\n</details>\n\nAfter.\n"
        let page = try HTMLDocument(html(body))
        #expect(try page.first("//details/summary")?.text == "More")
        #expect(try page.first("//details/p/strong")?.text == "Markdown")
        #expect(try page.first("//details/following-sibling::p")?.text == "After.")
    }

    @Test func aTextWithoutHTMLIsWhatSafeModeAlwaysWrote() {
        let body = "# Terms\n\nSee [us](https://x.test) & *them* <https://y.test>, `a<b`.\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n\nNote[^1].\n\n[^1]: A note.\n"
        #expect(html(body) == html(body, mode: .none))
    }

    @Test func allowedHTMLIsWrittenAsTrustedModeWritesIt() {
        let body = "Intro with <sup>2</sup>, <abbr title=\"General Data Protection Regulation\">GDPR</abbr> and <kbd>Ctrl</kbd>.\n\n<div>\n\n**Kept** text.\n\n</div>\n"
        #expect(html(body) == html(body, mode: .trusted))
    }

    @Test func commentsGoSilently() {
        let rendered = render("Text <!-- reviewer: check this --> more.\n\n<!--\nA block note.\n-->\n")
        #expect(rendered.document.html.trimmingCharacters(in: .newlines) == "<p>Text  more.</p>")
        #expect(rendered.document.removedHTML.isEmpty)
    }

    @Test func removalsArePlacedWhereTheyAreWritten() {
        let body = "Intro.\n\nSome <span onclick=\"steal()\">text</span> and <font color=red>old</font>.\n\n> <div>\n> <script>x()</script>\n> </div>\n"
        let removed = render(body, firstLine: 5).document.removedHTML
        #expect(removed == [
            RemovedHTML(start: SourcePoint(line: 7, column: 6), message: "onclick from <span>"),
            RemovedHTML(start: SourcePoint(line: 7, column: 46), message: "the tag <font> (its text is kept)"),
            RemovedHTML(start: SourcePoint(line: 10, column: 3), message: "<script> and what it holds"),
        ])
    }

    @Test func idsOfTheTextsHTMLAreKnownAndNeverTakenTwice() {
        let rendered = render("## Contact\n\n<a id=\"old-anchor\"></a>Text <a name=\"legacy\">here</a> <span id=\"contact\">x</span>.\n")
        #expect(rendered.document.htmlIDs == ["old-anchor", "legacy"])
        #expect(rendered.document.removedHTML.map(\.message) == ["id=\"contact\" (already taken) from <span>"])
        #expect(rendered.document.html.contains("<span>x</span>"))
    }

    @Test func inlineElementsAreMarksInTheBlocks() throws {
        let blocks = render("Fee<sup>*</sup> per <abbr title=\"month\">mo</abbr>.<br>Next <img src=\"a.png\" alt=\"A\">\n").document.blocks
        let spans = try #require(blocks.first?.fields.first)
        #expect(spans == [
            InlineSpan(.text("Fee")),
            InlineSpan(.text("*"), marks: [.element(InlineElement(name: "sup"))]),
            InlineSpan(.text(" per ")),
            InlineSpan(.text("mo"), marks: [.element(InlineElement(name: "abbr", attributes: [.init(name: "title", value: "month")]))]),
            InlineSpan(.text(".")),
            InlineSpan(.hardBreak),
            InlineSpan(.text("Next ")),
            InlineSpan(.image(InlineImage(source: "a.png", title: "", alt: "A"))),
        ])
    }

    @Test func elementsAreClosedAndStrayEndTagsLeftOut() throws {
        let rendered = html("<div>\n\nOpen to the end.\n\n</section>\n\nA <b>stray</span> end.\n")
        #expect(rendered == "<div>\n<p>Open to the end.</p>\n\n<p>A <b>stray end.</b></p>\n</div>")
    }

    @Test func markdownInsideAForbiddenElementIsKept() {
        let rendered = render("<svg>\n\nStill **here**.\n\n</svg>\n")
        #expect(rendered.document.html.contains("<p>Still <strong>here</strong>.</p>"))
        #expect(rendered.document.removedHTML.map(\.message) == ["<svg> and what it holds"])
    }

    /// An HTML block ends at a blank line or where its container ends, whatever it left open.
    @Test(arguments: ["> <script>\n> x()\n\nAfter **this**.\n", "<div title=\"a\n\nAfter **this**.\n",
                      "> <!-- open\n\nAfter **this**.\n", "- <style>\n  p{}\n\nAfter **this**.\n",
                      "> <?php echo 1\n\nAfter **this**.\n", "> <img src=\"x\" alt='a\n\nAfter **this**.\n"])
    func anUnfinishedPieceDoesNotSwallowTheRest(body: String) throws {
        let page = try HTMLDocument(html(body))
        #expect(try page.first("//p[strong]")?.text == "After this.")
        try #require(!html(body).contains("<script"))
    }

    /// libxml2 would let an open `<div>` or table swallow the end of its list item or quote,
    /// and all that follows; a browser closes them there, and so does the page.
    @Test(arguments: ["- <div>\n  In the item.\n\nAfter **this**.\n", "> <div><table><tr><td>\n> In the quote.\n\nAfter **this**.\n",
                      "1. <div><div>\n   In the item.\n\nAfter **this**.\n", "- A <div>in a line\n\nAfter **this**.\n"])
    func anOpenDivEndsWithItsContainer(body: String) throws {
        let page = try HTMLDocument(html(body))
        #expect(try page.first("//body/p[strong]")?.text == "After this.", Comment(rawValue: html(body)))
        #expect(try page.select("//*[self::li or self::blockquote]//div").count >= 1)
    }

    @Test func headingsKeepTheirTags() {
        #expect(html("## Data <sup>1</sup>\n") == "<h2 id=\"data-1\">Data <sup>1</sup></h2>\n")
    }
}
