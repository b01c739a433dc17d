import Config
import Markdown
import Outline
import Testing

@Suite struct BlockExtractionTests {
    private func blocks(_ text: String, mode: HTMLMode = .safe) -> [DocumentBlock] {
        render(text, mode: mode).document.blocks
    }

    private func text(_ string: String, _ marks: InlineMark...) -> InlineSpan {
        InlineSpan(.text(string), marks: marks)
    }

    @Test func headingsAndParagraphsCarryTheirSection() {
        let result = render("Intro.\n\n# Title\n\n## Data we collect {#data}\n\nWe collect *email*.\n")
        let blocks = result.document.blocks
        #expect(blocks == [
            DocumentBlock(kind: .paragraph, sectionID: nil, fields: [[text("Intro.")]]),
            DocumentBlock(kind: .heading(level: 1, id: "title"), sectionID: "title", fields: [[text("Title")]]),
            DocumentBlock(kind: .heading(level: 2, id: "data"), sectionID: "data", fields: [[text("Data we collect")]]),
            DocumentBlock(kind: .paragraph, sectionID: "data",
                          fields: [[text("We collect "), text("email", .emphasis), text(".")]]),
        ])
        // The same ids as the headings of the document, in the same order.
        let headingIDs = blocks.compactMap { block -> String? in
            if case .heading(_, let id) = block.kind { id } else { nil }
        }
        #expect(headingIDs == result.document.headings.map(\.id))
    }

    @Test func duplicateHeadingsGetTheSameSuffixedIDsAsTheHeadings() {
        let document = render("## Data\n\n## Data\n\nText[^1].\n\n[^1]: Note.\n").document
        let ids = document.blocks.compactMap { block -> String? in
            if case .heading(_, let id) = block.kind { id } else { nil }
        }
        #expect(ids == ["data", "data-1"])
        #expect(ids == document.headings.map(\.id))
    }

    @Test func inlineFormattingBecomesSpans() {
        let spans = blocks("A *b **c** d* `e` ~~f~~ [g **h**](https://x.org \"T\") ![alt *i*](p.png)\\\nj\nk\n")[0].inlines
        let link = InlineMark.link(destination: "https://x.org", title: "T")
        #expect(spans == [
            text("A "),
            text("b ", .emphasis), text("c", .emphasis, .strong), text(" d", .emphasis),
            text(" "), InlineSpan(.code("e")), text(" "), text("f", .strikethrough), text(" "),
            text("g ", link), text("h", link, .strong), text(" "),
            InlineSpan(.image(InlineImage(source: "p.png", title: "", alt: "alt i"))),
            InlineSpan(.hardBreak), text("j"), InlineSpan(.softBreak), text("k"),
        ])
    }

    @Test func textSplitByTheParserIsJoined() {
        // cmark stops its text at `[`, `!` and `_`; the spans join the pieces again.
        #expect(blocks("a [b c_d! e\n")[0].inlines == [text("a [b c_d! e")])
    }

    @Test func listsKeepTheirNestingStyleAndTasks() {
        let blocks = blocks("- [x] done\n- [ ] open\n  1. nested\n\n     more\n- ```\n  code\n  ```\n\n3) three\n")
        let bullet = BlockContainer.list(ListStyle(numbering: .bullet, isTight: true))
        let nested = BlockContainer.list(ListStyle(numbering: .ordered(start: 1), isTight: false))
        let three = BlockContainer.list(ListStyle(numbering: .ordered(start: 3), isTight: true))
        #expect(blocks == [
            DocumentBlock(kind: .listItem(task: .checked), containers: [bullet], fields: [[text("done")]]),
            DocumentBlock(kind: .listItem(task: .unchecked), containers: [bullet], fields: [[text("open")]]),
            DocumentBlock(kind: .listItem(task: nil), containers: [bullet, nested], fields: [[text("nested")]]),
            DocumentBlock(kind: .paragraph, containers: [bullet, nested], fields: [[text("more")]]),
            // An item that starts with something else than a paragraph starts empty.
            DocumentBlock(kind: .listItem(task: nil), containers: [bullet], fields: [[]]),
            DocumentBlock(kind: .codeBlock(info: ""), containers: [bullet], fields: [[text("code\n")]]),
            DocumentBlock(kind: .listItem(task: nil), containers: [three], fields: [[text("three")]]),
        ])
        #expect(blocks.map(\.listDepth) == [1, 1, 2, 2, 1, 1, 1])
    }

    @Test func blockQuotesAreContainers() {
        #expect(blocks("> quoted\n>\n> - item\n") == [
            DocumentBlock(kind: .paragraph, containers: [.blockQuote], fields: [[text("quoted")]]),
            DocumentBlock(kind: .listItem(task: nil),
                          containers: [.blockQuote, .list(ListStyle(numbering: .bullet, isTight: true))],
                          fields: [[text("item")]]),
        ])
    }

    @Test func tableRowsHaveOneFieldPerCell() {
        let blocks = blocks("| Data | Kept |\n|:--|--:|\n| **Email** | 30 days |\n| Logs |\n")
        let alignments: [DocumentBlock.ColumnAlignment] = [.left, .right]
        #expect(blocks == [
            DocumentBlock(kind: .tableRow(isHeader: true, alignments: alignments),
                          fields: [[text("Data")], [text("Kept")]]),
            DocumentBlock(kind: .tableRow(isHeader: false, alignments: alignments),
                          fields: [[text("Email", .strong)], [text("30 days")]]),
            // cmark pads a short row with empty cells, as its HTML does.
            DocumentBlock(kind: .tableRow(isHeader: false, alignments: alignments), fields: [[text("Logs")], []]),
        ])
    }

    @Test func codeThematicBreakAndRawHTML() {
        let blocks = blocks("```swift\nlet x = 1\n```\n\n***\n\n<div>\nhi\n</div>\n\nSee <b>this</b>.\n", mode: .none)
        #expect(blocks == [
            DocumentBlock(kind: .codeBlock(info: "swift"), fields: [[text("let x = 1\n")]]),
            DocumentBlock(kind: .thematicBreak, fields: []),
            DocumentBlock(kind: .htmlBlock("<div>\nhi\n</div>\n"), fields: []),
            DocumentBlock(kind: .paragraph,
                          fields: [[text("See "), InlineSpan(.html("<b>")), text("this"), InlineSpan(.html("</b>")), text(".")]]),
        ])
    }

    @Test func footnotesCarryTheLabelsOfTheirHTML() {
        let document = render("## Logs\n\nKept[^NOTE] and[^b].\n\n[^b]: B.\n[^Note]: N.\n\n    More.\n[^unused]: U.\n").document
        #expect(document.html.contains("<li id=\"fn-Note\">") && document.html.contains("href=\"#fn-b\""))
        #expect(document.blocks.dropFirst() == [
            DocumentBlock(kind: .paragraph, sectionID: "logs", fields: [[
                text("Kept"), InlineSpan(.footnoteReference(label: "Note")),
                text(" and"), InlineSpan(.footnoteReference(label: "b")), text("."),
            ]]),
            // In number order, as cmark renders them, labelled as written in the definition (the
            // reference matched it ignoring case); an unreferenced definition is not rendered.
            DocumentBlock(kind: .footnoteDefinition(label: "Note"), containers: [.footnotes], sectionID: "logs",
                          fields: [[text("N.")]]),
            DocumentBlock(kind: .paragraph, containers: [.footnotes], sectionID: "logs", fields: [[text("More.")]]),
            DocumentBlock(kind: .footnoteDefinition(label: "b"), containers: [.footnotes], sectionID: "logs",
                          fields: [[text("B.")]]),
        ])
    }

    @Test func autolinksAreLinks() {
        #expect(blocks("See www.example.com now\n")[0].inlines == [
            text("See "), text("www.example.com", .link(destination: "http://www.example.com", title: "")), text(" now"),
        ])
    }

    @Test func plainTextOfABlock() {
        #expect(blocks("A **b** `c` ![d](e)[^1]\nf\n\n[^1]: x\n")[0].plainText == "A b c d f")
        #expect(blocks("| a | b |\n|---|---|\n")[0].plainText == "a b")
    }
}
