import Dispatch
import Foundation
import Testing
import TestSupport

/// `policygen verify`: a published site, as a folder or over HTTP, against policygen.lock.
@Suite struct VerifyCommandTests {
    /// Two languages; privacy v1 superseded by v2, v3 announced; terms in effect.
    static let site = """
    -- policygen.yaml --
    title: Policies
    base_url: https://example.com/legal/
    default_language: en
    languages:
      - code: en
        name: English
      - code: de
        name: Deutsch
    variables:
      company: Kestrel Harbour Ltd.
    -- content/privacy/v1/en.md --
    ---
    title: Privacy Policy
    effective: 2024-01-01
    ---
    ## Who we are

    {{ company }} keeps your name for twelve months.
    -- content/privacy/v1/de.md --
    ---
    title: Datenschutzerklärung
    effective: 2024-01-01
    ---
    ## Wer wir sind

    {{ company }} speichert Ihren Namen zwölf Monate lang.
    -- content/privacy/v2/en.md --
    ---
    title: Privacy Policy
    effective: 2025-01-01
    ---
    ## Who we are

    {{ company }} keeps your name for six months.
    -- content/privacy/v3/en.md --
    ---
    title: Privacy Policy
    effective: 2026-06-01
    ---
    ## Who we are

    {{ company }} keeps your name for three months.
    -- content/terms/v1/en.md --
    ---
    title: Terms
    effective: 2024-01-01
    ---
    Be kind.
    """

    /// The site built into `output/` on 2026-01-15, with its record.
    private func built() throws -> URL {
        let folder = try SiteFixture(Self.site).write()
        let result = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2026-01-15"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("policygen.lock").path))
        return folder
    }

    private func verify(_ folder: URL, _ site: String? = nil) throws -> PolicygenCommand.Result {
        try PolicygenCommand.run(["verify", "--source", folder.path, "--verbose"] + (site.map { [$0] } ?? []))
    }

    private func edit(_ file: URL, _ change: (String) -> String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text)
        try changed.write(to: file, atomically: false, encoding: .utf8)
    }

    @Test func anUntouchedSiteMatchesTheRecord() throws {
        let folder = try built()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try verify(folder)
        #expect(result.status == 0, "\(result.standardError)")
        // privacy: v1 en, v1 de, v2 en, v2 de (untranslated), v3 en, v3 de; terms: v1 en, v1 de.
        #expect(result.standardOutput.contains("matches the record: 8 published texts checked."))
        #expect(result.standardOutput.contains("ok privacy v1 de effective 2024-01-01 text "))
        #expect(result.standardError.isEmpty)
    }

    @Test func aTamperedFolderIsReportedDifferenceByDifference() throws {
        let folder = try built()
        defer { try? TemporaryDirectory.remove(folder) }
        let output = folder.appendingPathComponent("output")
        // One word changed in an old version's page.
        try edit(output.appendingPathComponent("en/privacy/versions/v1/index.html")) {
            $0.replacingOccurrences(of: "for twelve months", with: "for two months")
        }
        // A version removed.
        try FileManager.default.removeItem(at: output.appendingPathComponent("de/terms/versions/v1"))
        // versions.json edited: a date moved.
        try edit(output.appendingPathComponent("en/terms/versions.json")) {
            $0.replacingOccurrences(of: "\"effective\" : \"2024-01-01\"", with: "\"effective\" : \"2023-01-01\"")
        }
        let result = try verify(folder)
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        let differences = lines.filter { $0.contains("[PG127]") }
        #expect(differences.count == 3, "\(result.standardError)")
        #expect(differences.contains { $0.hasPrefix("en/privacy/versions/v1/:") && $0.contains("the page's text was changed after it was built") })
        #expect(differences.contains { $0.hasPrefix("de/terms/versions/v1/:") && $0.contains("missing") })
        #expect(differences.contains { $0.hasPrefix("en/terms/versions.json:") && $0.contains("2023-01-01; the record says 2024-01-01") })
        #expect(lines.last?.contains("differs from the record in 3 places (5 published texts match)") == true)
    }

    @Test func anUnrecordedVersionAndABrokenChainAreReported() throws {
        let folder = try built()
        defer { try? TemporaryDirectory.remove(folder) }
        let output = folder.appendingPathComponent("output")
        // A version the record does not hold, added to versions.json by hand.
        try edit(output.appendingPathComponent("en/terms/versions.json")) {
            $0.replacingOccurrences(of: "\"id\" : \"v1\"", with: "\"id\" : \"v0\"")
        }
        // The record edited by hand.
        try edit(folder.appendingPathComponent("policygen.lock")) {
            $0.replacingOccurrences(of: "\"effective\" : \"2026-06-01\"", with: "\"effective\" : \"2026-07-01\"")
        }
        let result = try verify(folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("en/terms/versions.json: error: lists version 'v0', which the record does not hold"))
        #expect(result.standardError.contains("en/terms/versions.json: error: does not list version 'v1'"))
        #expect(result.standardError.contains("policygen.lock: error: the record's chain is broken: privacy: entry 5 (v3, de)"))
    }

    @Test func wrongUsageAndAMissingRecordAreReported() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let missing = try verify(folder)
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("policygen.lock: error: there is no record to verify against"))
        let badURL = try PolicygenCommand.run(["verify", "--source", folder.path, "http://"])
        #expect(badURL.status == 64)
        let badTimeout = try PolicygenCommand.run(["verify", "--timeout", "0"])
        #expect(badTimeout.status == 64)
    }

    /// End to end: the site served over HTTP under /legal/, verified by its address.
    @Test func aServedSiteIsVerifiedOverHTTP() async throws {
        let folder = try built()
        defer { try? TemporaryDirectory.remove(folder) }
        let server = StaticSiteServer(folder: folder.appendingPathComponent("output"))
        let address = try await server.start()
        let untouched = try await Self.runAway { try verify(folder, address) }
        #expect(untouched.status == 0, "\(untouched.standardError)")
        #expect(untouched.standardOutput.contains("\(address) matches the record: 8 published texts checked."))

        try FileManager.default.removeItem(at: folder.appendingPathComponent("output/en/privacy/versions/v2"))
        let tampered = try await Self.runAway { try verify(folder, address) }
        #expect(tampered.status == 1)
        #expect(tampered.standardError.contains("en/privacy/versions/v2/: error: missing: version 'v2'"))
        await server.stop()

        // Nothing listens any more: a clear error, not a hang.
        let gone = try await Self.runAway { try PolicygenCommand.run(["verify", "--source", folder.path, "--timeout", "5", address]) }
        #expect(gone.status == 1)
        #expect(gone.standardError.contains("cannot be read"))
    }

    /// docs/record.md's shell recipe gives the fingerprint a build publishes.
    @Test func theDocumentedRecipeRecomputesTheFingerprint() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let docs = try String(contentsOf: repository.appendingPathComponent("docs/record.md"), encoding: .utf8)
        let lines = docs.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let printf = try #require(lines.first { $0.hasPrefix("{ printf 'policygen text v1") })
        let awk = try #require(lines.first { $0.hasPrefix("awk 'n >= 2") })
        let folder = try SiteFixture("""
        -- policygen.yaml --
        title: Policies
        base_url: https://example.com/
        languages: [en]
        -- content/privacy/v1/en.md --
        ---
        title: Privacy Policy
        effective: 2024-01-01
        summary: Not part of the text.
        ---
        ## What we keep

        Your name, for *twelve* months --- no longer.

        | Data | Kept for |
        | --- | --- |
        | Name | 12 months |
        """).write()
        defer { try? TemporaryDirectory.remove(folder) }
        #expect(try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2025-01-01"]).status == 0)
        let versions = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("output/en/privacy/versions.json"))) as! [String: Any]
        let published = (versions["versions"] as! [[String: Any]]).first!["text_sha256"] as! String

        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", printf + "\n" + awk]
        shell.currentDirectoryURL = folder
        let output = Pipe()
        shell.standardOutput = output
        try shell.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(printed.split(separator: " ").first.map(String.init) == published)
    }

    /// The blocking run of the binary on a thread of its own, so the server in this process answers meanwhile.
    private static func runAway(_ body: @escaping @Sendable () throws -> PolicygenCommand.Result) async throws -> PolicygenCommand.Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
}
