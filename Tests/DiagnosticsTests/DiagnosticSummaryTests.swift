import Diagnostics
import Testing

/// What `build` prints by default: errors in full, a count of everything else by code.
@Suite struct DiagnosticSummaryTests {
    private func at(_ line: Int) -> Diagnostics.SourceLocation { Diagnostics.SourceLocation(path: "content/p/v1/en.md", line: line, column: 1) }

    @Test func errorsInFullThenOneLinePerCode() {
        let diagnostics: [Diagnostic] = [
            .warning(.insecureLink, at: at(9), "the link 'http://a' is not encrypted (http://)"),
            .error(.brokenAnchor, at: at(3), "no heading has the id 'x' in this text", hint: "did you mean 'y'?"),
            .warning(.insecureLink, at: at(2), "the link 'http://b' is not encrypted (http://)"),
            .warning(.placeholder, at: at(4), "unfilled placeholder '[10]'"),
            Diagnostic(.info, .untranslatedVersion, at: at(1), "version v1 has no translation in de"),
        ]
        #expect(DiagnosticReport.summarized(diagnostics) == """
            content/p/v1/en.md:3:1: error: no heading has the id 'x' in this text [PG201]
                hint: did you mean 'y'?
            PG202 1 warning: unfilled placeholders
            PG212 2 warnings: links over http://
            PG220 1 note: versions not translated
            run `policygen check` for the list, or build with --verbose
            """)
    }

    @Test func errorsAloneNeedNoPointerToTheList() {
        #expect(DiagnosticReport.summarized([.error(.invalidDate, at: at(3), "'x' is not a real date")])
                == "content/p/v1/en.md:3:1: error: 'x' is not a real date [PG111]")
        #expect(DiagnosticReport.summarized([]) == "")
    }

    @Test func everyCodeHasASummary() {
        let codes: [DiagnosticCode] = [.notUTF8, .yamlSyntax, .historyEdited, .brokenSiteLink, .otherTemplateMarkup,
                                       .placeholderLinkTarget, .rootLinkToNoPage, .statedDateDiffers, .missingString,
                                       .importNoText, .otherToolsKey, .invalidAlias, .aliasConflict, .invalidRetirement]
        #expect(codes.allSatisfy { $0.summary != DiagnosticCode(rawValue: "PG999").summary })
    }
}
