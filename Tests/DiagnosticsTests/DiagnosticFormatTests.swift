import Diagnostics
import Testing

@Suite struct DiagnosticFormatTests {
    @Test func printsLikeACompiler() {
        let diagnostic = Diagnostic.error(.invalidDate, at: SourceLocation(path: "content/privacy/v2/en.md", line: 3, column: 12),
                                          "'2024-13-01' is not a real date")
        #expect(diagnostic.description == "content/privacy/v2/en.md:3:12: error: '2024-13-01' is not a real date [PG111]")
    }

    @Test func aWholeFileOrFolderHasNoPosition() {
        let diagnostic = Diagnostic.warning(.unexpectedFile, at: SourceLocation(path: "content/notes.txt"), "ignored")
        #expect(diagnostic.description == "content/notes.txt: warning: ignored [PG005]")
    }
}
