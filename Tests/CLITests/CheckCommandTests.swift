import Foundation
import Testing
import TestSupport

/// `policygen check`: the build's validations and the quality checks, nothing written, three formats.
@Suite struct CheckCommandTests {
    /// One error (an anchor no heading has, line 8) and one warning (an unknown code in
    /// `ignore:`, line 4), in a text not yet in effect: the history lock does not keep it.
    static let site = """
    -- policygen.yaml --
    title: CLI Policies
    base_url: https://cli.example.com/
    languages: [en]
    -- content/privacy/v1/en.md --
    ---
    title: Privacy Policy
    effective: 2099-01-01
    ignore: [PG999]
    ---
    ## Scope

    See [retention](#retention), 50% of it, "quoted".
    """

    private func run(_ arguments: [String], _ fixture: String = site) throws -> PolicygenCommand.Result {
        let folder = try SiteFixture(fixture).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["check", "--source", folder.path] + arguments)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path),
                "check writes nothing")
        return result
    }

    @Test func textListsEveryProblemAndExitsOneOnAnError() throws {
        let result = try run([])
        #expect(result.status == 1)
        #expect(result.standardError.components(separatedBy: "\n").filter { !$0.isEmpty } == [
            "content/privacy/v1/en.md:4:9: warning: 'PG999' is not the code of a check that can be silenced [PG230]",
            "    hint: name a quality check's code (PG2xx) from docs/diagnostics.md",
            "content/privacy/v1/en.md:8:5: error: no heading has the id 'retention' in this text [PG201]",
            "policygen check: 1 error, 1 warning, 0 notes.",
        ])
    }

    @Test func warningsAloneExitZeroUnlessStrict() throws {
        let fixed = Self.site.replacingOccurrences(of: "(#retention)", with: "(#scope)")
        let relaxed = try run([], fixed)
        #expect(relaxed.status == 0, "\(relaxed.standardError)")
        #expect(relaxed.standardError.hasSuffix("policygen check: 0 errors, 1 warning, 0 notes.\n"))
        let strict = try run(["--strict"], fixed)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("content/privacy/v1/en.md:4:9: error: 'PG999'"))
    }

    @Test func jsonIsAnArrayOfDiagnostics() throws {
        let result = try run(["--format", "json"])
        #expect(result.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["code"] as? String } == ["PG230", "PG201"])
        #expect(entries.map { $0["line"] as? Int } == [4, 8])
        #expect(entries.map { $0["column"] as? Int } == [9, 5])
        #expect(entries.map { $0["severity"] as? String } == ["warning", "error"])
        #expect(entries.allSatisfy { $0["file"] as? String == "content/privacy/v1/en.md" })
        #expect(entries[1]["message"] as? String == "no heading has the id 'retention' in this text")
        #expect(entries.allSatisfy { $0.keys.sorted() == ["code", "column", "file", "hint", "line", "message", "severity"] })
    }

    @Test func githubPrintsWorkflowAnnotations() throws {
        let result = try run(["--format", "github"])
        #expect(result.status == 1)
        #expect(result.standardOutput.components(separatedBy: "\n").filter { !$0.isEmpty } == [
            "::warning file=content/privacy/v1/en.md,line=4,col=9,title=PG230::'PG999' is not the code of a check that can be silenced%0Ahint: name a quality check's code (PG2xx) from docs/diagnostics.md",
            "::error file=content/privacy/v1/en.md,line=8,col=5,title=PG201::no heading has the id 'retention' in this text",
        ])
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        #expect(try run(["--format", "xml"]).status == 64)
    }

    @Test func buildStopsOnTheSameErrorsAndPrintsWarnings() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let failed = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2024-06-01"])
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("[PG201]"))
        let fixed = try SiteFixture(Self.site.replacingOccurrences(of: "(#retention)", with: "(#scope)")).write()
        defer { try? TemporaryDirectory.remove(fixed) }
        let built = try PolicygenCommand.run(["build", "--source", fixed.path, "--as-of", "2024-06-01"])
        #expect(built.status == 0)
        #expect(built.standardError == """
            PG230 1 warning: ignored codes that name no check
            run `policygen check` for the list, or build with --verbose

            """)
        let verbose = try PolicygenCommand.run(["build", "--source", fixed.path, "--as-of", "2024-06-01", "--verbose"])
        #expect(verbose.standardError.contains("content/privacy/v1/en.md:4:9: warning: 'PG999'"))
        let strict = try PolicygenCommand.run(["build", "--source", fixed.path, "--as-of", "2024-06-01", "--strict",
                                               "--output", fixed.appendingPathComponent("strict").path])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: fixed.appendingPathComponent("strict").path))
    }
}
