import Foundation
import Testing
import TestSupport

@Suite struct ImportCommandTests {
    static let site = """
    -- policygen.yaml --
    title: Import Policies
    base_url: https://import.example.com/
    default_language: en
    languages: [en, de]
    -- content/terms/v1/en.md --
    ---
    title: Terms
    effective: 2024-01-01
    ---
    ## Scope

    These terms apply to the Ravenmoor app.
    -- scraped.txt --
    Home > Privacy

    Privacy at Ravenmoor

    Last updated: March 3, 2023

    Ravenmoor Labs keeps as little about you as it can.

    1. What we keep

    We keep your e-mail address for [10] days after you leave.

    2. Contact

    Write to privacy@ravenmoor.example.
    -- undated.txt --
    Privacy at Ravenmoor

    1. What we keep

    Nothing at all, for as long as we can manage it.
    """

    private func withSite(_ extra: String = "", _ body: (URL) throws -> Void) throws {
        let folder = try SiteFixture(Self.site + extra).write()
        defer { try? TemporaryDirectory.remove(folder) }
        try body(folder)
    }

    private func importing(_ arguments: [String], in folder: URL) throws -> PolicygenCommand.Result {
        try PolicygenCommand.run(["import"] + arguments + ["--source", folder.path], in: folder)
    }

    private func read(_ folder: URL, _ path: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func writesTheFileAndReportsWhatItFoundAndWhatCheckSays() throws {
        try withSite { folder in
            let result = try importing(["scraped.txt", "--policy", "privacy", "--lang", "en"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            let text = try #require(read(folder, "content/privacy/2023-03-03/en.md"))
            #expect(text.hasPrefix("---\ntitle: \"Privacy at Ravenmoor\"\neffective: 2023-03-03\n---\n"))
            #expect(text.contains("\n## 1. What we keep\n"))
            #expect(text.contains("<privacy@ravenmoor.example>"))
            let lines = result.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.first == "Wrote content/privacy/2023-03-03/en.md")
            #expect(lines.contains("Effective: 2023-03-03, stated on line 5: \"Last updated: March 3, 2023\""))
            #expect(lines.contains("Headings: 2 (2 at level 2)"))
            #expect(lines.contains("Lists: 0, 0 items"))
            #expect(lines.contains("  line 1 breadcrumb: \"Home > Privacy\""))
            #expect(lines.contains("Check of content/privacy/2023-03-03/en.md: 0 errors, 1 warning, 1 note"))
            #expect(result.standardError.contains("content/privacy/2023-03-03/en.md:9:33: warning: unfilled placeholder '[10]' [PG202]"))
            #expect(result.standardError.contains("[PG220]"), "the missing de translation, a note")
            #expect(!result.standardError.contains("content/terms"), "only the new file's findings")
        }
    }

    @Test func refusesToOverwriteUnlessForced() throws {
        try withSite { folder in
            let arguments = ["scraped.txt", "--policy", "privacy", "--lang", "en", "--version", "v1"]
            #expect(try importing(arguments, in: folder).status == 0)
            try Data("mine\n".utf8).write(to: folder.appendingPathComponent("content/privacy/v1/en.md"))
            let again = try importing(arguments, in: folder)
            #expect(again.status == 1)
            #expect(again.standardError.contains("content/privacy/v1/en.md: error: the file exists; nothing was written [PG602]"))
            #expect(read(folder, "content/privacy/v1/en.md") == "mine\n")
            let forced = try importing(arguments + ["--force"], in: folder)
            #expect(forced.status == 0, "\(forced.standardError)")
            #expect(read(folder, "content/privacy/v1/en.md")?.hasPrefix("---\ntitle:") == true)
        }
    }

    @Test func refusesWithoutADate() throws {
        try withSite { folder in
            let result = try importing(["undated.txt", "--policy", "privacy", "--lang", "en"], in: folder)
            #expect(result.status == 1)
            #expect(result.standardError.contains("undated.txt: error: the text states no effective date [PG600]"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/privacy").path))
            let dated = try importing(["undated.txt", "--policy", "privacy", "--lang", "en", "--effective", "2025-02-01"], in: folder)
            #expect(dated.status == 0, "\(dated.standardError)")
            #expect(dated.standardOutput.contains("Effective: 2025-02-01 (--effective)"))
        }
    }

    @Test func wrongUsageExitsWith64() throws {
        try withSite { folder in
            for arguments in [
                ["scraped.txt", "--policy", "privacy", "--lang", "en_US"],
                ["scraped.txt", "--policy", "privacy", "--lang", "fr"],
                ["scraped.txt", "--policy", "Privacy", "--lang", "en"],
                ["scraped.txt", "--policy", "../x", "--lang", "en"],
                ["scraped.txt", "--policy", "versions", "--lang", "en"],
                ["scraped.txt", "--policy", "privacy", "--lang", "en", "--version", "../v1"],
                ["scraped.txt", "--policy", "privacy", "--lang", "en", "--effective", "March 3"],
                ["scraped.txt", "--policy", "de", "--lang", "en"],
            ] {
                let result = try importing(arguments, in: folder)
                #expect(result.status == 64, "\(arguments): \(result.standardError)")
            }
            let unknown = try importing(["scraped.txt", "--policy", "privacy", "--lang", "fr"], in: folder)
            #expect(unknown.standardError.contains("its languages are: en, de"))
        }
    }

    @Test func anUnreadableInputIsAContentProblem() throws {
        try withSite { folder in
            let missing = try importing(["nowhere.txt", "--policy", "privacy", "--lang", "en"], in: folder)
            #expect(missing.status == 1)
            #expect(missing.standardError.contains("nowhere.txt: error: the file does not exist"))
            try Data([0x4F, 0x6B, 0xE9, 0x0A]).write(to: folder.appendingPathComponent("latin1.txt"))
            let latin1 = try importing(["latin1.txt", "--policy", "privacy", "--lang", "en"], in: folder)
            #expect(latin1.status == 1)
            #expect(latin1.standardError.contains("latin1.txt:1:3: error: the file is not valid UTF-8 [PG001]"))
        }
    }

    @Test func severalFilesAreThePartsOfOneText() throws {
        let annex = "\n-- annex.html --\n<html><body><h1>Cookie Annex</h1><h2>Necessary cookies</h2><p>They keep you signed in.</p></body></html>"
        try withSite(annex) { folder in
            let result = try importing(["scraped.txt", "annex.html", "--policy", "privacy", "--lang", "de"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            let text = try #require(read(folder, "content/privacy/2023-03-03/de.md"))
            #expect(text.contains("## 2. Contact\n\nWrite to <privacy@ravenmoor.example>.\n\n## Cookie Annex\n\n## Necessary cookies\n"))
            #expect(result.standardOutput.contains("  from annex.html (HTML)"))
            #expect(result.standardOutput.contains("  scraped.txt line 1 breadcrumb:"))
        }
    }

    @Test func withoutASiteTheFileIsWrittenAndNotChecked() throws {
        let folder = try TemporaryDirectory.make(prefix: "policygen-import")
        defer { try? TemporaryDirectory.remove(folder) }
        try Data("Policy\n\nEffective 1 January 2024\n\nWe keep nothing.\n".utf8).write(to: folder.appendingPathComponent("p.txt"))
        let result = try importing(["p.txt", "--policy", "privacy", "--lang", "en"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Check: no policygen.yaml in "))
        #expect(read(folder, "content/privacy/2024-01-01/en.md") == "---\ntitle: \"Policy\"\neffective: 2024-01-01\n---\nWe keep nothing.\n")
    }

    @Test func aLinkOnTheWayIsRefused() throws {
        try withSite { folder in
            let outside = try TemporaryDirectory.make(prefix: "policygen-outside")
            defer { try? TemporaryDirectory.remove(outside) }
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("content/privacy"), withDestinationURL: outside)
            let result = try importing(["scraped.txt", "--policy", "privacy", "--lang", "en"], in: folder)
            #expect(result.status == 1)
            #expect(result.standardError.contains("content/privacy: error: symbolic links are not followed"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        }
    }
}
