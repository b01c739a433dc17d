import Diagnostics
@testable import Markdown
import Testing

/// Issue 21: a text that parses into more nodes than `NodeBudget.limit` is refused (PG306)
/// before anything of it is made; long real texts are far below the limit.
@Suite struct NodeBudgetTests {
    @Test func aTextOfTooManyNodesIsRefusedWhereItPassesTheLimit() {
        // One paragraph of 260,000 short lines, each a text and a line break: 520,001 nodes,
        // which `MarkupEstimate` counts 520,000 (under its limit), so the parse happens. In
        // cmark's order (document, paragraph, then text and break of each line), the node past
        // the limit is the text of line 250,000.
        let text = String(repeating: "a\n", count: 260_000)
        let (document, diagnostics) = render(text, firstLine: 1)
        #expect(diagnostics.map(\.code) == [.tooManyNodes])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location.line == 250_000)
        #expect(diagnostics.first?.message.contains("more than 500000 Markdown elements") == true)
        // Nothing of the text was read or rendered.
        #expect(document.html.isEmpty)
        #expect(document.blocks.isEmpty)
        #expect(document.headings.isEmpty)
    }

    @Test func aTextJustUnderTheLimitIsBuilt() {
        // One node for the document, four per paragraph: 124,999 paragraphs are 499,997 nodes.
        let text = String(repeating: "x *y*\n\n", count: 124_999)
        let (document, diagnostics) = render(text)
        #expect(!diagnostics.contains { $0.code == .tooManyNodes })
        #expect(document.blocks.count == 124_999)
    }

    /// The shape of a long scraped policy: numbered sections, paragraphs with links and
    /// escaped citation markers, tables with a break in a cell, footnotes; about 800 KB.
    @Test func aLongScrapedPolicyIsNotRefused() {
        var text = ""
        var section = 0
        while text.utf8.count < 800_000 {
            section += 1
            text += "### \(section). Data we keep for section \(section)\n\n"
            for n in 0..<6 {
                text += "We keep the record \\[\(section * 10 + n)\\] for as long as the [retention rules](/retention#s\(n)) "
                    + "require, and *no longer*; see https://example.com/keep/\(n) and footnote[^f\(section)-\(n)].\n\n"
                text += "[^f\(section)-\(n)]: As set out in clause \(n) of the annex.\n\n"
            }
            text += "| Data | Kept for |\n|---|---|\n| Address<br>and phone | **two** years |\n| Orders | seven years |\n\n"
        }
        let (document, diagnostics) = render(text)
        #expect(!diagnostics.contains { $0.code == .tooManyNodes })
        #expect(document.headings.count == section)
    }

    @Test func aTextOfTooManyAtSignsIsRefusedBeforeTheParse() {
        // 20,000 addresses on lines of ten, then one more line: the 20,001st `@` is the second
        // character of `b@c.io` on line 2,001, column 4.
        let text = String(repeating: String(repeating: "a@b.co ", count: 10) + "\n", count: 2_000) + "x b@c.io\n"
        let (document, diagnostics) = render(text)
        #expect(diagnostics.map(\.code) == [.tooManyNodes])
        #expect(diagnostics.first?.location.line == 2_001)
        #expect(diagnostics.first?.location.column == 4)
        #expect(document.html.isEmpty)
    }

    @Test func aPolicyNamingManyAddressesIsBuilt() {
        let text = (1...2_000).map { "- Write to team\($0)@example.com or see [the form](https://example.com/\($0))." }
            .joined(separator: "\n")
        let (document, diagnostics) = render(text)
        #expect(diagnostics.isEmpty)
        #expect(document.html.components(separatedBy: "mailto:team").count - 1 == 2_000)
    }

    @Test func aTextOfTooManyReferencesIsRefusedBeforeItsPlaceholdersAreMade() {
        // 250,000 references on lines of ten, then a line whose `{{` is the 250,001st: its
        // byte column is 6 (`é` is two bytes), its column 5.
        let references = String(repeating: String(repeating: "{{ a }} ", count: 10) + "\n", count: 25_000)
        #expect(NodeBudget.tooManyReferences(in: references) == nil)
        let (document, diagnostics) = render(references + "x é {{ b }}\n", firstLine: 7)
        #expect(diagnostics.map(\.code) == [.tooManyNodes])
        #expect(diagnostics.first?.location.line == 25_007)
        #expect(diagnostics.first?.location.column == 5)
        #expect(diagnostics.first?.message.contains("more than 250000 `{{`") == true)
        #expect(document.html.isEmpty)
    }

    @Test func unclosedBracesCountAsReferences() {
        // `{{{{` is two; a lone `{` none.
        let text = String(repeating: "{{{{ { ", count: 125_000) + "{{"
        let excess = NodeBudget.tooManyReferences(in: text)
        #expect(excess?.limit == .references)
        #expect(excess?.column == 7 * 125_000 + 1)
    }
}
