import Foundation
import Testing
import TestSupport

@Suite struct InitCommandTests {
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    @Test func aNewSiteBuildsAtOnceWithItsLanguagesAndAVersionInEffectToday() throws {
        let parent = try TemporaryDirectory.make(prefix: "init")
        defer { try? TemporaryDirectory.remove(parent) }
        let site = parent.appendingPathComponent("legal")
        let created = try PolicygenCommand.run(["init", site.path, "--languages", "ja,en"])
        #expect(created.status == 0, "\(created.standardError)")
        let config = try String(contentsOf: site.appendingPathComponent("policygen.yaml"), encoding: .utf8)
        #expect(config.contains("\nlanguages: [ja, en]\n") && config.contains("\ndefault_language: ja\n"))
        #expect(config.split(separator: "\n").filter { $0.hasPrefix("#") }.count >= 10, "every key is explained")
        let policy = try String(contentsOf: site.appendingPathComponent("content/privacy/v1/ja.md"), encoding: .utf8)
        #expect(policy.contains("title: プライバシーポリシー\neffective: \(Self.today())\n"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("themes").path), "the built-in theme serves")

        let check = try PolicygenCommand.run(["check", "--source", site.path])
        #expect(check.status == 0)
        #expect(check.standardError.contains("policygen check: 0 errors, 0 warnings"), "\(check.standardError)")
        let build = try PolicygenCommand.run(["build", "--source", site.path])
        #expect(build.status == 0, "\(build.standardError)")
        let page = try HTMLDocument(contentsOf: site.appendingPathComponent("output/ja/privacy/index.html"))
        #expect(try page.first("//h1")?.text == "プライバシーポリシー")
        #expect(try page.strings("//p[@class='policy-meta']//time/@datetime") == [Self.today()], "in effect today")
        #expect(try page.first("//main//a[starts-with(@href, 'mailto:')]")?.text == "privacy@example.com", "variables work")
    }

    @Test func withThemeCopiesTheBuiltInThemeToEdit() throws {
        let parent = try TemporaryDirectory.make(prefix: "init")
        defer { try? TemporaryDirectory.remove(parent) }
        let site = parent.appendingPathComponent("legal")
        #expect(try PolicygenCommand.run(["init", site.path, "--with-theme"]).status == 0)
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let layout = site.appendingPathComponent("themes/default/templates/layout.mustache")
        #expect(try Data(contentsOf: layout) == Data(contentsOf: repository.appendingPathComponent("themes/default/templates/layout.mustache")))
        // The copy is what the site uses.
        let edited = try String(contentsOf: layout, encoding: .utf8).replacingOccurrences(of: "<footer class=\"site-footer\">",
                                                                                       with: "<footer class=\"site-footer\"><p>Edited</p>")
        try edited.write(to: layout, atomically: true, encoding: .utf8)
        #expect(try PolicygenCommand.run(["build", "--source", site.path]).status == 0)
        let page = try HTMLDocument(contentsOf: site.appendingPathComponent("output/en/privacy/index.html"))
        #expect(try page.first("//footer/p")?.text == "Edited")
    }

    @Test func aFolderWithFilesIsRefusedAndLeftAsItWas() throws {
        let site = try SiteFixture("-- notes.txt --\nmine\n").write()
        defer { try? TemporaryDirectory.remove(site) }
        let result = try PolicygenCommand.run(["init", site.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path) == ["notes.txt"])
        // Only dot-files, as after `git init`: accepted.
        let fresh = try TemporaryDirectory.make(prefix: "init")
        defer { try? TemporaryDirectory.remove(fresh) }
        try FileManager.default.createDirectory(at: fresh.appendingPathComponent(".git"), withIntermediateDirectories: true)
        #expect(try PolicygenCommand.run(["init", fresh.path]).status == 0)
    }

    @Test(arguments: [["init", "x", "--languages", "en_US"], ["init", "x", "--languages", "en,en"],
                      ["init", "x", "--base-url", "example.com"]])
    func wrongUsageExitsWith64(_ arguments: [String]) throws {
        let folder = try TemporaryDirectory.make(prefix: "init")
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(arguments, in: folder)
        #expect(result.status == 64)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path))
    }
}
