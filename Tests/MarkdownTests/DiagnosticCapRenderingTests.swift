import Config
import Diagnostics
@testable import Markdown
import Testing

/// Issue 21: ten MiB of `{{ ` were millions of PG303 diagnostics. A text reports at most
/// `DiagnosticCap.perCode` of one code, then one line saying how many more.
@Suite struct DiagnosticCapRenderingTests {
    @Test func malformedReferencesStopAtTheCapWithOneLineForTheRest() {
        // 5,000 lines of three unclosed `{{ `: 15,000 PG303.
        let text = String(repeating: "{{ {{ {{ \n", count: 5_000)
        let (_, diagnostics) = render(text, firstLine: 5)
        #expect(diagnostics.count == 101)
        #expect(diagnostics.allSatisfy { $0.code == .malformedVariable })
        #expect(diagnostics.prefix(100).allSatisfy { $0.message == "'{{' is not a variable reference" })
        // The 101st reference is the second of line 34 of the text (line 38 of the file).
        let last = diagnostics[100]
        #expect(last.message == "… and 14,900 more PG303 in this text")
        #expect(last.location.line == 38)
        #expect(last.location.column == 4)
    }

    @Test func eachCodeIsCappedOnItsOwn() {
        let variables = VariableTree(["company": .map(VariableTree(["name": .text("Example")]))])
        let text = String(repeating: "{{ company.nmae }} and {{ \n", count: 300)
            + (1...150).map { "## Same {#same}\n\ntext \($0)\n" }.joined(separator: "\n")
        let (_, diagnostics) = render(text, variables: variables)
        for code in [DiagnosticCode.undefinedVariable, .malformedVariable] {
            #expect(diagnostics.filter { $0.code == code }.count == 101)
        }
        #expect(diagnostics.filter { $0.code == .duplicateHeadingID }.count == 101)
        #expect(diagnostics.contains { $0.message == "… and 200 more PG302 in this text" })
        #expect(diagnostics.contains { $0.message == "… and 49 more PG300 in this text" })
    }
}
