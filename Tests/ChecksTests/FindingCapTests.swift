import Diagnostics
import Testing

/// Issue 21: ten MiB of `[a] ` were millions of PG202 findings. The checks of one text keep at
/// most `DiagnosticCap.perCode` findings of one code, then one line saying how many more.
@Suite struct FindingCapTests {
    private let path = "content/privacy/v1/en.md"

    @Test func placeholdersPastTheCapAreToldInOneLine() throws {
        // 1,500 lines of two placeholders: 3,000 PG202; the 101st is the first of line 51 of
        // the text, line 55 of the file.
        let body = String(repeating: "Ask [Company Name] or [Company Name] now.\n", count: 1_500)
        let run = try CheckRun(englishSite(body))
        let found = run.diagnostics.filter { $0.code == .placeholder }
        #expect(found.count == 101, Comment(rawValue: String(run.report.prefix(2_000))))
        #expect(found.filter { $0.message.hasPrefix("unfilled placeholder") }.count == 100)
        let rest = try #require(found.first { $0.message.hasPrefix("…") })
        #expect(rest.message == "… and 2,900 more PG202 in this text")
        #expect(rest.severity == .warning)
        #expect(rest.location.description == "\(path):55:5")
    }

    @Test func aHundredPlaceholdersAreEachReported() throws {
        let body = String(repeating: "Ask [Company Name] or [Company Name] now.\n", count: 50)
        let run = try CheckRun(englishSite(body))
        let found = run.diagnostics.filter { $0.code == .placeholder }
        #expect(found.count == 100)
        #expect(!found.contains { $0.message.hasPrefix("…") })
    }

    // The checks that can find a thing on every line stop placing and wording findings past the
    // cap (`FindingCap.admits`); what they report is the same as the runner's cap would keep.
    @Test func foreignScriptPastTheCapIsToldInOneLine() throws {
        let body = String(repeating: "Мы храним данные.\n", count: 300)
        let run = try CheckRun(englishSite(body))
        let found = run.diagnostics.filter { $0.code == .foreignScript }
        #expect(found.count == 101, Comment(rawValue: String(run.report.prefix(2_000))))
        #expect(found.prefix(100).allSatisfy { $0.message.contains("Мы храним данные") })
        #expect(found.prefix(100).map(\.location.line) == Array(5..<105))
        let rest = try #require(found.last)
        #expect(rest.message == "… and 200 more PG206 in this text")
        #expect(rest.location.description == "\(path):105:1")
    }

    @Test func templateMarkupPastTheCapIsToldInOneLine() throws {
        let body = String(repeating: "Call {% data contact %} now.\n", count: 250)
        let run = try CheckRun(englishSite(body))
        let found = run.diagnostics.filter { $0.code == .otherTemplateMarkup }
        #expect(found.count == 101, Comment(rawValue: String(run.report.prefix(2_000))))
        let rest = try #require(found.last)
        #expect(rest.message == "… and 150 more PG213 in this text")
        #expect(rest.location.description == "\(path):105:6")
    }

    @Test func gapsPastTheCapAreToldInOneLine() throws {
        // 150 paragraphs, one a line out of two from line 5: the 101st gap stands on line 205.
        let body = String(repeating: "Contact us at . We answer within a month.\n\n", count: 150)
        let run = try CheckRun(englishSite(body))
        let found = run.diagnostics.filter { $0.code == .emptyReference }
        #expect(found.count == 101, Comment(rawValue: String(run.report.prefix(2_000))))
        #expect(found.prefix(100).allSatisfy {
            $0.message == "nothing follows 'at' where an address or a name belongs: 'Contact us at .'"
        })
        #expect(found.prefix(100).map(\.location.line) == Array(stride(from: 5, to: 205, by: 2)))
        let rest = try #require(found.last)
        #expect(rest.message == "… and 50 more PG203 in this text")
        #expect(rest.location.description == "\(path):205:12")
    }
}
