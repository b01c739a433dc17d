import Diagnostics
@testable import Markdown
import Testing

/// Issue 21: texts whose marks would cost cmark-gfm itself seconds or gigabytes are refused
/// (PG306) before the parse, by `MarkupEstimate`; long legitimate texts are not.
@Suite struct MarkupEstimateTests {
    /// What the estimate counts of one line repeated, and where it stops.
    private func excess(_ line: String, times: Int) -> NodeBudget.Excess? {
        MarkupEstimate.exceeded(in: String(repeating: line, count: times))
    }

    @Test func unclosedEmphasisIsRefusedBeforeTheParse() {
        // cmark-gfm merged this back into three nodes, after 1.2 GB for ten MiB: the count of
        // its finished tree never saw it. Each line counts 2 for its text and 2 for each of its
        // four runs: 75,000 lines are 750,000, and the next line's text passes the limit.
        let line = "*a **b _c __d\n"
        let refused = excess(line, times: 80_000)
        #expect(refused?.limit == .estimatedNodes)
        #expect(refused?.line == 75_001)
        #expect(refused?.column == 1)
        let (document, diagnostics) = render(String(repeating: line, count: 80_000))
        #expect(diagnostics.map(\.code) == [.tooManyNodes])
        #expect(diagnostics.first?.location.line == 75_001)
        #expect(document.html.isEmpty)
    }

    @Test func bracketsOnOneLineAreRefusedWhereTheCountPassesTheLimit() {
        // `[a] `: the line's text counts 2, each bracket 2. Before the 187,500th `[a] ` the count
        // is 2 + 4 × 187,499 = 749,998; its `]`, at byte 749,998 of the line, passes 750,000.
        let refused = MarkupEstimate.exceeded(in: String(repeating: "[a] ", count: 200_000))
        #expect(refused?.line == 1)
        #expect(refused?.column == 749_999)
    }

    @Test func codeFencesAndIndentedCodeCountNothing() {
        let fenced = "```\n" + String(repeating: "*a* [b] <c> & `d` | e\n", count: 400_000) + "```\n"
        #expect(MarkupEstimate.exceeded(in: fenced) == nil)
        let indented = String(repeating: "    *a* [b] <c> & `d` | e\n", count: 400_000)
        #expect(MarkupEstimate.exceeded(in: indented) == nil)
        // The same lines outside code are refused.
        #expect(MarkupEstimate.exceeded(in: String(repeating: "*a* [b] <c> & `d` | e\n", count: 400_000)) != nil)
    }

    @Test func referenceDefinitionsCountOneEach() {
        // 500,000 definitions of ten bytes each are 500,000: cmark keeps them in a map.
        let definitions = (0..<500_000).map { "[r\($0)]: /x\($0)\n" }.joined()
        #expect(MarkupEstimate.exceeded(in: definitions) == nil)
    }

    /// Ten MiB of prose, English or Japanese, is counted well under the limit and built.
    @Test func tenMebibytesOfProseAreNotRefused() {
        let english = String(repeating: "We keep your data for as long as the law requires, and no longer.\n", count: 160_000)
        #expect(MarkupEstimate.exceeded(in: english) == nil)
        let japanese = String(repeating: "個人情報を適切に管理します。\n", count: 243_000)
        #expect(MarkupEstimate.exceeded(in: japanese) == nil)
    }

    /// A real policy's shape, with headings, lists, links, emphasis, tables and footnotes: two
    /// MB of it (two and a half times a long scraped policy) count under the limit.
    @Test func aLongPolicyCountsUnderTheLimit() {
        var text = ""
        var section = 0
        while text.utf8.count < 2_000_000 {
            section += 1
            text += "### \(section). Data we keep\n\n"
            text += "We keep the record \\[\(section)\\] for as long as the [retention rules](/retention#s) "
                + "require, and *no longer*; see https://example.com/keep and footnote[^f\(section)].\n\n"
            text += "- **Address** and phone: _two_ years\n- Orders: seven years\n\n"
            text += "| Data | Kept for |\n|---|---|\n| Address<br>and phone | two years |\n\n"
        }
        #expect(MarkupEstimate.exceeded(in: text) == nil)
        let (document, diagnostics) = render(text)
        #expect(!diagnostics.contains { $0.code == .tooManyNodes })
        #expect(document.headings.count == section)
    }

    /// `exceeded` reads no text of at most `limit / 4` bytes, on the ground that no text counts
    /// more than 4 a byte. The densest lines there are, read in full, stay within that bound.
    @Test func noTextCountsMoreThanFourForEachOfItsBytes() {
        let densest = ["[\n", "*\n", "a\n", "> [\n", "- *\n", "1. [\n", "[[[[", "*_*_", "|||", "w:w:",
                       "> > > > a\n", "# [\n", "```\n", "[x]: y\n", "<&\\", "www.://\n", "\n\n["]
        for line in densest {
            let text = String(repeating: line, count: 1_000)
            let bound = text.utf8.count * 4
            #expect(MarkupEstimate.scanned(text, limit: bound) == nil, "\(line.debugDescription) counts past 4 a byte")
            #expect(MarkupEstimate.exceeded(in: text, limit: bound) == nil)
        }
        // Read in full past the bound: one line of brackets counts 2 for its text and 2 for each.
        let brackets = String(repeating: "[", count: 1_000)
        #expect(MarkupEstimate.scanned(brackets, limit: 2_002) == nil)
        #expect(MarkupEstimate.scanned(brackets, limit: 2_001) != nil)
        #expect(MarkupEstimate.exceeded(in: brackets, limit: 2_001) != nil)
    }
}
