import Markdown
import Testing

/// Where links start in the file (line:column, columns in scalars), which the diagnostics
/// about links point at: cmark-gfm's own positions are wrong after a block's first line, and
/// absent or wrong for autolinks.
@Suite struct LinkPositionTests {
    private func starts(_ text: String, firstLine: Int = 1) -> [String] {
        render(text, firstLine: firstLine).document.links.map { "\($0.start.line):\($0.start.column)" }
    }

    // The five cases of the review of issue 8.

    @Test func explicitLinkOnALazyContinuationLine() {
        #expect(starts("- a\n[x](y)\n") == ["2:1"])
    }

    @Test func explicitLinkOnAnIndentedContinuationLine() {
        #expect(starts("a\n   [x](y)\n") == ["2:4"])
    }

    @Test func autolinkAfterTheSameURLInACodeSpan() {
        #expect(starts("`see https://a.example` then https://a.example\n") == ["1:30"])
    }

    @Test func wwwAddressAfterALongerURLThatHoldsIt() {
        #expect(starts("https://www.c.example and www.c.example\n") == ["1:1", "1:27"])
    }

    @Test func autolinkAfterTheSameURLInALinksText() {
        #expect(starts("[see https://a.example](https://b.example) https://a.example\n") == ["1:1", "1:44"])
    }

    // Continuation lines in containers.

    @Test func continuationLinesInQuotesAndListsStartAfterTheirPrefix() {
        #expect(starts("""
        > Our processors are listed
        >    [here](https://p.example) and https://q.example.
        > > Nested quote
        > [lazy](https://l.example) line.
        - Item
            indented [more](https://m.example)
        lazy <https://n.example> and www.o.example
        """, firstLine: 5) == ["6:6", "6:36", "8:3", "10:14", "11:6", "11:30"])
    }

    @Test func linksAfterReferenceDefinitionsAtTheStartOfAParagraph() {
        #expect(starts("""
        [r]: https://r.example
        [s]: https://s.example "Title"
        Text [x](y) and https://a.example
        - [t]: https://t.example
          Item [z](w)
        """) == ["3:6", "3:17", "5:8"])
    }

    @Test func linksAfterBackslashAndSpaceLineBreaks() {
        #expect(starts("Kestrel Harbour Ltd.\\\n   12 Quay Street, [map](https://m.example)\\\nhttps://a.example  \n  [mail](mailto:a@b.example)\n")
                == ["2:20", "3:1", "4:3"])
    }

    @Test func linkTextOverTwoLinesStartsAtItsBracket() {
        #expect(starts("See [the\nterms](https://t.example) now, https://a.example\n") == ["1:5", "2:32"])
    }

    @Test func autolinkAfterACodeSpanOverTwoLines() {
        #expect(starts("see `a\nb https://a.example` https://a.example\n") == ["2:22"])
    }

    @Test func autolinkAfterHTMLOverTwoLines() {
        #expect(starts("- a <span\n  title=\"https://a.example\">x</span> https://a.example\n") == ["2:38"])
    }

    /// A table right under a paragraph takes its last line; cmark-gfm reads the paragraph's
    /// other lines again, with no position of their own.
    @Test func linksInAParagraphRightAboveATable() {
        let (document, _) = render("""
        Intro line.

        The processors we use are listed at [our page](https://p.example/list)
          and https://q.example:
        | Processor | Country |
        |---|---|
        | Acme | [DE](https://de.example) |
        """, firstLine: 5)
        #expect(document.links.map { "\($0.start.line):\($0.start.column)" } == ["7:37", "8:7", "11:10"])
        #expect(document.blockStarts.map { "\($0.line):\($0.column)" }.prefix(2) == ["5:1", "7:1"])
    }

    // Realistic shapes.

    @Test func cjkTextBeforeLinksCountsScalars() {
        #expect(starts("""
        個人情報の取扱いについては、[プライバシーポリシー](https://example.jp/privacy)をご覧ください。
        詳細は https://example.jp/faq まで、または「お問い合わせ」 <https://example.jp/contact> へ。
        - 第三者提供について：
          提供先は[こちら](https://example.jp/partners)、https://example.jp/list にも掲載。
        """) == ["1:15", "2:5", "2:43", "4:7", "4:42"])
    }

    @Test func linksInTableCellsWithInlineHTML() {
        #expect(starts("""
        | 項目 | 連絡先 |
        |---|---|
        | 窓口 | <b>電話</b> https://a.example と <a href="https://b.example">x</a> [窓口](https://b.example) https://b.example |
        """) == ["3:18", "3:72", "3:96"])
    }

    @Test func escapedBracketsAroundAndBeforeLinks() {
        #expect(starts("""
        \\[1\\] See [the terms](https://t.example) and \\[https://a.example\\] (https://b.example).
        \\[Company Name\\] [contact](mailto:c@d.example) c@d.example
        """) == ["1:11", "1:48", "1:69", "2:18", "2:48"])
    }

    /// A scraped paragraph on one line: hundreds of links after text of several bytes a letter.
    @Test func manyLinksOnOneLongLineOfCJKText() {
        var line = ""
        var expected: [String] = []
        for index in 0..<300 {
            line += "第\(index)条の規定により、"
            expected.append("1:\(line.unicodeScalars.count + 1)")
            line += "[条文\(index)](https://e.example/\(index)) と "
            expected.append("1:\(line.unicodeScalars.count + 1)")
            line += "https://e.example/\(index) を参照。"
        }
        #expect(starts(line + "\n") == expected)
    }

    /// A long scraped paragraph inside a list item, each line indented differently, with an
    /// explicit link, a bare URL and the same URL in code on every line: every link is placed.
    @Test func everyLinkOfALongScrapedParagraphIsPlaced() {
        var lines: [String] = []
        var expected: [String] = []
        for index in 0..<400 {
            let indent = index == 0 ? "- " : String(repeating: " ", count: 2 + index % 5)
            let prefix = "\(indent)Term \(index) (`https://e.example/\(index)`): "
            let link = "[item \(index)](https://e.example/\(index)) and "
            lines.append(prefix + link + "https://e.example/\(index).")
            expected += ["\(index + 1):\(prefix.count + 1)", "\(index + 1):\(prefix.count + link.count + 1)"]
        }
        #expect(starts(lines.joined(separator: "\n") + "\n") == expected)
    }
}
