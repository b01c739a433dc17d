import Foundation
import Testing
import TestSupport

@Suite struct BuildCommandTests {
    static let site = """
    -- policygen.yaml --
    title: CLI Policies
    base_url: https://cli.example.com/
    languages: [en]
    -- content/privacy/v1/en.md --
    ---
    title: Privacy Policy
    effective: 2024-01-01
    ---
    ## Scope

    Everything.
    -- content/privacy/v2/en.md --
    ---
    title: Privacy Policy
    effective: 2025-01-01
    ---
    ## Scope

    Less.
    """

    @Test func helpExplainsTheCommands() throws {
        let top = try PolicygenCommand.run(["--help"])
        #expect(top.status == 0)
        #expect(top.standardOutput.contains("build"))
        let build = try PolicygenCommand.run(["build", "--help"])
        #expect(build.status == 0)
        for option in ["--source", "--output", "--as-of", "--drafts", "--base-url", "--no-compare", "--profile"] {
            #expect(build.standardOutput.contains(option), "\(option) is not explained")
        }
    }

    @Test func buildsFromAnotherFolderWithSource() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2024-06-01"], in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Wrote 8 pages to \(folder.path)/output in "), "names the real output")
        let page = try HTMLDocument(contentsOf: folder.appendingPathComponent("output/en/privacy/index.html"))
        #expect(try page.strings("//p[@class='policy-meta']//time/@datetime") == ["2024-01-01"])
        #expect(result.standardOutput.hasSuffix("\nnext rebuild: 2025-01-01\n"), "a scheduled job can read when to rebuild")
        let after = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2025-01-01"])
        #expect(!after.standardOutput.contains("next rebuild"), "nothing is upcoming any more")
    }

    @Test func theLastLineSaysHowManyPagesWereMadeAndHowManyWereUnchanged() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let first = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2024-06-01"])
        #expect(first.standardOutput.contains(" ms (8 made, 0 unchanged).\n"), "\(first.standardOutput)")
        let second = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2024-06-01"])
        #expect(second.standardOutput.hasPrefix("Wrote 8 pages to "), "\(second.standardOutput)")
        #expect(second.standardOutput.contains(" ms (0 made, 8 unchanged).\n"), "\(second.standardOutput)")
    }

    @Test func yamlIsReadAsUTF8WhateverTheEnvironmentSays() throws {
        // Yams switches its default encoding on this variable and prints a line for each parse.
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2024-06-01"],
                                              extraEnvironment: ["YAMS_DEFAULT_ENCODING": "UTF16"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Wrote 8 pages to "), "\(result.standardOutput)")
        let page = try HTMLDocument(contentsOf: folder.appendingPathComponent("output/en/privacy/index.html"))
        #expect(try page.strings("//h1") == ["Privacy Policy"])
    }

    @Test func profileShowsEachStageOnStandardError() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let quiet = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2024-06-01"])
        #expect(!quiet.standardError.contains("wall ms"), "no table unless asked for")
        let result = try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2024-06-01", "--profile"])
        #expect(result.status == 0)
        let table = try #require(result.standardError.range(of: "stage ")).lowerBound
        let stages = result.standardError[table...].split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(stages == ["stage", "load", "history", "keys", "markdown", "checks", "plan", "pages", "swap", "cache", "total"], "\(result.standardError)")
    }

    @Test func contentErrorsExitWithOneAndNameTheFileRelativeToTheSite() throws {
        let folder = try SiteFixture(Self.site + "\n-- content/terms/v1/en.md --\n---\ntitle: Terms\neffective: 2024-13-01\n---\n").write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["build", "--source", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("content/terms/v1/en.md:3:12: error: '2024-13-01' is not a real date [PG111]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path), "nothing written")
    }

    @Test(arguments: [["build", "--as-of", "2024-13-01"], ["build", "--as-of", "tomorrow"], ["build", "--nonsense"], ["publish"]])
    func wrongUsageExitsWith64(_ arguments: [String]) throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(arguments + ["--source", folder.path])
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
        #expect(!result.standardError.isEmpty)
    }

    @Test func anUnsafeOutputFolderExitsWith64() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["build", "--source", folder.path, "--output", folder.appendingPathComponent("content").path])
        #expect(result.status == 64)
        #expect(result.standardError.contains("error: the output folder cannot be content/"))
        #expect(result.standardError.contains("[PG500]"))
    }
}

@Suite struct InstalledBinaryTests {
    /// The default theme is compiled into the binary: a copy far from the repository,
    /// building a site without a themes/ folder, writes the repository's stylesheet.
    @Test func theBuiltInThemeTravelsWithTheBinary() throws {
        let folder = try SiteFixture(BuildCommandTests.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let installed = try TemporaryDirectory.make(prefix: "installed")
        defer { try? TemporaryDirectory.remove(installed) }
        let binary = installed.appendingPathComponent("policygen")
        // Copied by `cp` in its own process: a copy written from this process could have its
        // descriptor inherited by a test forking meanwhile, and exec would fail (ETXTBSY).
        let copy = try Process.run(URL(fileURLWithPath: "/bin/cp"), arguments: [PolicygenCommand.binary.path, binary.path])
        copy.waitUntilExit()
        #expect(copy.terminationStatus == 0)

        let process = Process()
        process.executableURL = binary
        process.arguments = ["build", "--source", folder.path]
        process.currentDirectoryURL = installed
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let assets = folder.appendingPathComponent("output/assets")
        let names = try FileManager.default.contentsOfDirectory(atPath: assets.path)
        let stylesheet = try #require(names.first { $0.hasPrefix("style.") && $0.hasSuffix(".css") })
        let written = FileManager.default.contents(atPath: assets.appendingPathComponent(stylesheet).path)
        let source = FileManager.default.contents(atPath: repository.appendingPathComponent("themes/default/assets/style.css").path)
        #expect(written != nil && written == source)
        #expect(try HTMLDocument(contentsOf: folder.appendingPathComponent("output/en/privacy/index.html"))
            .first("//nav[@class='language-switcher']") != nil, "the built-in templates were used")
    }
}
