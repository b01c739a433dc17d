import Diagnostics
@testable import Markdown
import Outline
import Testing

/// Issue 21: texts that nest thousands deep. The page shows them as cmark-gfm renders them;
/// the blocks a redline reads keep 100 levels (PG304), and a text whose blocks would hold
/// more levels in all than it has bytes is refused (PG305). What is held is counted, not timed.
@Suite struct HostileNestingTests {
    private let deepest = NestingPath<InlineMark>.deepest

    private func spans(_ document: RenderedDocument) -> [InlineSpan] {
        document.blocks.flatMap { $0.fields.joined() }
    }

    /// The levels every span and block holds: what the pages, the redline and the cache read.
    private func held(_ document: RenderedDocument) -> Int {
        spans(document).reduce(0) { $0 + $1.marks.count } + document.blocks.reduce(0) { $0 + $1.containers.count }
    }

    private func count(_ needle: String, in html: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }

    @Test func emphasisNestedTenThousandDeepIsRenderedWholeAndKeptAtAHundredLevels() {
        let text = String(repeating: "*a **a ", count: 5_000) + "b" + String(repeating: " a** a*", count: 5_000)
        let (document, diagnostics) = render(text)
        #expect(count("<em>", in: document.html) == 5_000)
        #expect(count("<strong>", in: document.html) == 5_000)
        #expect(spans(document).allSatisfy { $0.marks.count <= deepest })
        // Every word is still there, in one paragraph; what is deeper than 100 levels is one span.
        #expect(document.blocks.count == 1)
        #expect(document.blocks[0].plainText.count(where: { $0 == "a" }) == 20_000)
        #expect(spans(document).count <= 2 * deepest + 1)
        #expect(held(document) <= deepest * deepest * 2)
        #expect(diagnostics.map(\.code) == [.deepNesting])
        #expect(diagnostics.first?.severity == .warning)
        // The first emphasis beyond 100 levels: the 51st `*a **a ` group's `*`.
        #expect(diagnostics.first?.location.line == 1)
        #expect(diagnostics.first?.location.column == 50 * 7 + 1)
    }

    @Test(arguments: [("- ", "<ul>"), ("1. ", "<ol>"), ("> ", "<blockquote>")])
    func containersNestedTenThousandDeepAreKeptAtAHundredLevels(marker: String, element: String) {
        let text = String(repeating: marker, count: 10_000) + "x"
        let (document, diagnostics) = render(text)
        #expect(count(element, in: document.html) == 10_000)
        #expect(document.blocks.allSatisfy { $0.containers.count <= deepest })
        #expect(document.blocks.map(\.containers.count).max() == deepest)
        #expect(document.blocks.last?.plainText == "x")
        #expect(held(document) <= deepest * document.blocks.count + 1)
        #expect(diagnostics.map(\.code) == [.deepNesting])
        #expect(diagnostics.first?.location.column == deepest * marker.count + 1)
    }

    @Test func nestingUpToAHundredLevelsIsKeptWhole() {
        let text = String(repeating: "- ", count: deepest) + "x\n\n" + String(repeating: "*a ", count: deepest)
            + "y" + String(repeating: " a*", count: deepest)
        let (document, diagnostics) = render(text)
        #expect(diagnostics.isEmpty)
        #expect(document.blocks.map(\.containers.count).max() == deepest)
        #expect(spans(document).map(\.marks.count).max() == deepest)
    }

    @Test func spansOfARunShareTheirPathInsteadOfCopyingIt() {
        // 40 levels, then a run of `**b**`: each `b` holds 41 marks, each space 40; a copy
        // per span was 80 marks of memory per 6 bytes of text.
        let text = String(repeating: "*a ", count: 40) + String(repeating: "**b** ", count: 2_000)
            + String(repeating: " a*", count: 40)
        let (document, diagnostics) = render(text)
        #expect(diagnostics.isEmpty)
        let deep = spans(document).filter { $0.marks.count == 41 }
        #expect(deep.count == 2_000)
        #expect(deep.allSatisfy { $0.marks == deep[0].marks })
        deep[0].marks.withUnsafeBufferPointer { first in
            deep[1_999].marks.withUnsafeBufferPointer { last in
                #expect(first.baseAddress == last.baseAddress, "one array for all of them")
            }
        }
    }

    @Test func aTextHoldingMoreLevelsThanBytesIsRefusedWhereItPassesTheBudget() {
        // 99 levels around a run of 20,000 `**b** `: about 4 million levels for 120 KB.
        let text = String(repeating: "*a ", count: 99) + "\n" + String(repeating: "**b** ", count: 20_000)
            + String(repeating: " a*", count: 99)
        let (document, diagnostics) = render(text)
        let refusal = diagnostics.first { $0.code == .nestingTooCostly }
        #expect(refusal?.severity == .error)
        #expect(refusal?.location.line == 1)
        #expect(held(document) <= BlockReader.Budget(bytes: text.utf8.count).levels)
        // The page is still cmark's.
        #expect(count("<strong>", in: document.html) == 20_000)
    }

    @Test func aPolicyWithOrdinaryNestingHasNoNestingFinding() {
        let text = """
        ## Your rights

        1. **Access.** You may ask for *a copy* of your data:
           - the data itself;
           - where we got it, and
             > the purposes, *as **listed** in* [section 2](#purposes).
        2. ~~Portability~~ **Deletion**, within [30 days][days].

        [days]: https://example.com/days
        """
        let (document, diagnostics) = render(text)
        #expect(diagnostics.isEmpty)
        #expect(document.blocks.map(\.containers.count).max() == 3)
        #expect(spans(document).map(\.marks.count).max() == 2)
    }
}
