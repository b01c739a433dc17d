import Outline
import Testing

@Suite struct DocumentBlockTests {
    private let bullet = ListStyle(numbering: .bullet, isTight: true)
    private let ordered = ListStyle(numbering: .ordered(start: 3), isTight: false)

    @Test func containersContinueAcrossVersionsOfOneList() {
        // Items of one list from two versions may differ in start and tightness: still one list.
        #expect(BlockContainer.list(ordered).continues(.list(ListStyle(numbering: .ordered(start: 1), isTight: true))))
        #expect(BlockContainer.list(bullet).continues(.list(ListStyle(numbering: .bullet, isTight: false))))
        #expect(!BlockContainer.list(bullet).continues(.list(ordered)))
        #expect(BlockContainer.blockQuote.continues(.blockQuote))
        #expect(BlockContainer.footnotes.continues(.footnotes))
        #expect(!BlockContainer.blockQuote.continues(.list(bullet)))
    }

    @Test func listDepthCountsListsOnly() {
        let block = DocumentBlock(kind: .listItem(task: nil), containers: [.blockQuote, .list(bullet), .list(ordered)],
                                  fields: [[InlineSpan(.text("x"))]])
        #expect(block.listDepth == 2)
        #expect(DocumentBlock(kind: .paragraph, fields: [[]]).listDepth == 0)
    }

    @Test func plainTextIsWhatAReaderSees() {
        let spans = [
            InlineSpan(.text("We "), marks: [.strong]), InlineSpan(.code("log")), InlineSpan(.softBreak),
            InlineSpan(.image(InlineImage(source: "a.png", title: "", alt: "a chart"))), InlineSpan(.hardBreak),
            InlineSpan(.footnoteReference(label: "1")), InlineSpan(.html("<b>")), InlineSpan(.text("end")),
        ]
        #expect(spans.plainText == "We log a chart end")
        let row = DocumentBlock(kind: .tableRow(isHeader: false, alignments: [.none, .right]),
                                fields: [[InlineSpan(.text("Logs"))], [InlineSpan(.text("30 days"))]])
        #expect(row.plainText == "Logs 30 days")
        #expect(row.inlines == [InlineSpan(.text("Logs"))])
        #expect(DocumentBlock(kind: .thematicBreak, fields: []).inlines.isEmpty)
    }
}
