import Import
import Testing

/// The structure recovered from each plain-text style, asserted block by block.
@Suite struct PlainTextStructureTests {
    private func headings(_ document: ImportedDocument) -> [String] {
        document.blocks.compactMap { block in
            guard case .heading(let heading) = block else { return nil }
            return "\(heading.level) \(heading.number ?? "-") \(heading.text.plainText)"
        }
    }

    @Test func dottedNumbersGiveLevelsByDepth() throws {
        let document = try GoldenImportTests.imported("numbered.txt").document
        #expect(headings(document) == [
            "2 1. Who we are", "2 2. The data we keep", "3 2.1. Data you give us", "3 2.2. Data we record",
            "2 3. How we use your data", "2 4. Your rights",
        ])
        #expect(document.title == "Privacy Notice")
    }

    @Test func bulletsNestByIndentationAndLettersKeepTheirLabels() throws {
        let document = try GoldenImportTests.imported("numbered.txt").document
        let lists = document.blocks.compactMap { if case .list(let list) = $0 { list } else { nil } }
        #expect(lists.count == 2)
        #expect(!lists[0].ordered && lists[0].items.count == 3)
        #expect(lists[0].items[0] == [.paragraph([.text("a) your name and the name of your organisation;")])])
        let bullets = lists[1]
        #expect(bullets.items.count == 3)
        guard case .list(let nested) = bullets.items[1].last else {
            Issue.record("the second bullet holds the indented ones")
            return
        }
        #expect(nested.items.count == 2)
        #expect(bullets.items[1].first == .paragraph([.text("to answer your questions, either")]))
    }

    @Test func debrisIsDroppedWithItsReason() throws {
        let dropped = try GoldenImportTests.imported("numbered.txt").document.dropped
        #expect(dropped.map(\.reason) == [.breadcrumb, .title, .dateStatement, .pageNavigation, .pageNavigation,
                                          .cookieBanner, .cookieBanner])
        #expect(dropped.map(\.line) == [1, 3, 5, 41, 53, 55, 56])
    }

    @Test func aRepeatedParagraphIsKeptOnceAndReported() throws {
        let document = try GoldenImportTests.imported("numbered.txt").document
        #expect(document.repeated.map(\.line) == [51])
        #expect(document.repeated.first?.firstLine == 49)
        let copies = document.blocks.count {
            $0.inlinesText.hasPrefix("We never sell your data, and we never let")
        }
        #expect(copies == 1)
    }

    @Test func linesBrokenMidSentenceAreJoinedAcrossABlankLine() throws {
        let document = try GoldenImportTests.imported("ideographic.txt").document
        #expect(document.blocks.contains { $0.inlinesText == "Every file is encrypted before it leaves your computer. "
                + "Only the holders of your office's key can read it." })
    }

    @Test func addressesBecomeLinks() throws {
        let document = try GoldenImportTests.imported("ideographic.txt").document
        let last = try #require(document.blocks.last)
        #expect(last == .paragraph([
            .text("Write to "), .link(destination: "mailto:help@lanternfish.example", [.text("help@lanternfish.example")]),
            .text(" or use the form at "),
            .link(destination: "https://lanternfish.example/contact", [.text("https://lanternfish.example/contact")]),
            .text("."),
        ]))
    }

    @Test func anInPageTableOfContentsIsDroppedAndTheHeadingsUnderItStay() throws {
        let document = try GoldenImportTests.imported("ideographic.txt").document
        #expect(document.dropped.filter { $0.reason == .tableOfContents }.map(\.line) == [9, 11, 13])
        #expect(headings(document) == ["2 1. What we collect", "2 2. How we protect it", "3 (1) Encryption",
                                       "3 (2) Staff access", "2 3. How to reach us"], "'、' is not English punctuation")
        let chinese = try GoldenImportTests.imported("ideographic.txt", language: "zh-Hans")
        #expect(chinese.text.contains("\n## 1、What we collect\n"), "a Chinese text keeps its own numbering")
    }

    @Test func articlesTakeTheirDashAndALoneArticleTakesTheNextLine() throws {
        let document = try GoldenImportTests.imported("articles.txt").document
        #expect(headings(document) == ["2 Article 1 – Definitions", "2 Article 2 – Bookings", "2 Article 3 Cancellations"])
        let ordered = document.blocks.compactMap { if case .list(let list) = $0, list.ordered { list } else { nil } }
        #expect(ordered.count == 1 && ordered[0].start == 1 && ordered[0].items.count == 2, "(1) (2) number an ordered list")
    }

    @Test func japaneseArticlesAndADateAfterItsWord() throws {
        let planned = try GoldenImportTests.imported("japanese.txt", language: "ja")
        #expect(headings(planned.document) == ["2 第1条 （取得する情報）", "2 第2条 （利用目的）", "2 第3条 （お問い合わせ）"])
        #expect(planned.effective.description == "2024-04-01")
        #expect(planned.path == "content/privacy/2024-04-01/ja.md")
    }

    @Test func shortLinesAfterABlankLineAreHeadings() throws {
        let document = try GoldenImportTests.imported("titlecase.txt").document
        #expect(headings(document) == ["2 - What Cookies Are", "2 - Cookies we use", "2 - How to refuse them", "2 - Contact"])
    }

    @Test func headingNumbersCanBeDropped() throws {
        let text = try GoldenImportTests.imported("numbered.txt", keepsNumbers: false).text
        #expect(text.contains("\n### Data you give us\n"))
        #expect(!text.contains("2.1."))
    }
}

extension ImportedBlock {
    /// A paragraph's text, or "" for any other block.
    var inlinesText: String {
        if case .paragraph(let inlines) = self { return inlines.plainText }
        return ""
    }
}
