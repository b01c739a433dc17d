@testable import Checks
import Diagnostics
import Testing
import TestSupport

/// Each check declares the codes it reports: the registry, the codes a text may silence and
/// docs/diagnostics.md are one list.
@Suite struct CheckCodesTests {
    /// Code and severity of each row of docs/diagnostics.md's tables.
    static func documented() throws -> [DiagnosticCode: String] {
        var rows: [DiagnosticCode: String] = [:]
        for line in try DocPage("diagnostics.md").lines where line.hasPrefix("| PG") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count > 1 { rows[DiagnosticCode(rawValue: cells[0])] = cells[1] }
        }
        return rows
    }

    @Test func everyCheckCodeIsDocumentedWithItsSeverity() throws {
        let documented = try Self.documented()
        #expect(!QualityChecks.codes.isEmpty)
        for (code, severity) in QualityChecks.codes {
            #expect(documented[code] == severity.rawValue, "\(code)")
        }
    }

    @Test func everyDocumentedQualityCodeBelongsToACheck() throws {
        // PG2xx are the checks' codes; PG230 is what suppressing reports, not a check.
        let documented = try Self.documented().keys.filter { $0.rawValue.hasPrefix("PG2") && $0 != .unknownIgnoredCode }
        #expect(Set(documented) == Set(QualityChecks.codes.keys))
    }

    @Test func theCodesChecksSetsAndIgnoreMayNameAreTheChecksAndPG230() {
        // `checks:` may make any of them a warning, and a locked text's errors are warnings:
        // so every check's code may be named, errors' codes too (what is an error is not silenced).
        #expect(DiagnosticCode.qualityChecks == Set(QualityChecks.codes.keys).union([.unknownIgnoredCode]))
        #expect(DiagnosticCode.qualityChecks.contains(.brokenAnchor))
        #expect(!DiagnosticCode.qualityChecks.contains(.invalidValue))
    }
}
