@testable import Pages
import Diff
import Foundation
import Markdown
import Testing
import TestSupport

@Suite struct RedlineHTMLTests {
    static let everything = """
    Intro with *emphasis*, **strong _nested_**, `code`, ~~struck~~, a [link](https://example.com/a?b=1&c='d' "Title") \
    and an image ![alt *text*](https://example.com/i.png "Pic").\\
    A hard break, <b>inline html</b> and a note[^n].

    > A quote
    >
    > - with a list
    >   1. nested
    >   2. ordered

    3. starts at three
    4. four

    - loose item

      second paragraph
    - [ ] a task
    - [x] done

    | Left | Centre | Right | None |
    |:-----|:------:|------:|------|
    | a    | b      | c     | d    |
    | e    |        | g     | h    |

    ```swift
    let x = "<tag>" && y
    ```

        indented code

    ***

    <div>raw block</div>

    [^n]: The note, with a [link](https://example.com/n).
    """

    /// With no change, a redline is the document as cmark-gfm renders it, footnote back-links
    /// included.
    @Test func anUnchangedDocumentRendersAsCmarkDoes() {
        let document = renderedBody(Self.everything)
        #expect(document.html.contains(##"<a href="#fnref-n" class="footnote-backref""##))
        let cmark = document.html
            // Struck-through text is <s> in a redline, so it is never read as a deletion.
            .replacingOccurrences(of: "<del>struck</del>", with: "<s>struck</s>")
        #expect(redlineHTML(Self.everything, Self.everything) == cmark)
    }

    @Test func exampleSiteDocumentsRoundTrip() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for path in ["content/privacy/v2/en.md", "content/privacy/v3/ar.md", "content/terms/2025-07-01/ja.md", "content/cookies/v1/en.md"] {
            let text = try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
            let body = String(text[try #require(text.range(of: "\n---\n")).upperBound...])
            let document = renderedBody(body)
            #expect(redlineHTML(body, body) == document.html, "\(path)")
        }
    }

    @Test func aChangedWordIsMarkedInsideItsFormatting() throws {
        let html = redlineHTML("We keep **account data for 12 months** and more.\n", "We keep **account data for 6 months** and more.\n")
        let page = try HTMLDocument(html)
        #expect(try page.first("//p/strong/del")?.text == "12")
        #expect(try page.first("//p/strong/ins")?.text == "6")
        #expect(try page.first("//p/strong")?.text == "account data for 126 months")
        #expect(try page.select("//p/del | //p/ins").isEmpty, "nothing outside the bold text changed")
    }

    @Test func insertedAndDeletedBlocksAreMarkedWhole() throws {
        let old = "## Scope\n\n- one\n- two\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n## Gone\n\nOld section.\n"
        let new = "## Scope\n\n- one\n- two\n- three\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
        let page = try HTMLDocument(redlineHTML(old, new))
        #expect(try page.select("//ul").count == 1, "the inserted item joins the same list")
        #expect(try page.first("//ul/li[@class='pg-inserted']/ins")?.text == "three")
        #expect(try page.first("//tbody/tr[contains(@class,'pg-deleted')]/td[1]/del")?.text == "3")
        #expect(try page.select("//table").count == 1)
        #expect(try page.strings("//h2[contains(@class,'pg-deleted')]/@id") == ["pg:del-gone"], "an old heading's id never clashes")
        #expect(try page.select("//*[contains(@class,'pg-deleted')]").allSatisfy { ($0["class"] ?? "").contains("pg-old") })
    }

    @Test func aMovedParagraphIsShownAtBothPlacesLinked() throws {
        let moved = "Security measures include encryption of data at rest and in transit, access controls, and regular audits."
        let old = "## A\n\n\(moved)\n\nFirst filler paragraph here.\n\n## B\n\nSecond filler paragraph here.\n"
        let new = "## A\n\nFirst filler paragraph here.\n\n## B\n\nSecond filler paragraph here.\n\n\(moved)\n"
        let page = try HTMLDocument(redlineHTML(old, new))
        let target = try #require(try page.first("//p[@class='pg-moved']/span[@class='pg-move-note']"))
        let link = try #require(try page.first("//p[contains(@class,'pg-moved-away')]//a"))
        #expect(link["href"] == "#" + (target["id"] ?? "missing"))
        #expect(try page.first("//p[@class='pg-moved']/ins")?.text == moved)
        #expect(try page.first("//p[contains(@class,'pg-moved-away')]/del")?.text == moved)
    }

    @Test func aChangedRawHTMLBlockIsMarkedWholeInUnsafeMode() throws {
        let page = try HTMLDocument(redlineHTML("<div>We sell your data.</div>\n", "<div>We never sell your data.</div>\n",
                                                mode: .trusted))
        #expect(try page.first("//div[contains(@class,'pg-old')]/div")?.text == "We sell your data.")
        #expect(try page.first("//div[@class='pg-inserted']/div")?.text == "We never sell your data.")
    }
}
