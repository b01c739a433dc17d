import Diagnostics
import Foundation
import TestSupport
import Testing
import Theme
#if canImport(Glibc)
import Glibc
#endif

@Suite struct ThemeFilesTests {
    /// The repository's `themes/default/`, found from this file: Tests/ThemeTests/ThemeFilesTests.swift.
    private static let repositoryTheme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes/default", isDirectory: true)

    /// Every regular file under `folder`, by path relative to it, skipping what the embedding skips.
    private static func files(under folder: URL) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        var pending = [(folder, "")]
        while let (directory, prefix) = pending.popLast() {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where !name.hasPrefix(".") {
                let url = directory.appendingPathComponent(name)
                let path = prefix.isEmpty ? name : "\(prefix)/\(name)"
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                if isDirectory.boolValue { pending.append((url, path)) }
                else { result[path] = [UInt8](try Data(contentsOf: url)) }
            }
        }
        return result
    }

    private static func load(_ name: String, fixture: String) throws -> (ThemeFiles, [Diagnostic]) {
        let site = try SiteFixture(fixture).write()
        defer { try? TemporaryDirectory.remove(site) }
        var diagnostics: [Diagnostic] = []
        let theme = ThemeFiles.load(name: name, siteFolder: site, configured: SourceLocation(path: "policygen.yaml", line: 7, column: 8), diagnostics: &diagnostics)
        return (theme, diagnostics)
    }

    // MARK: The built-in theme

    @Test func theBuiltInThemeHasTheEssentialFiles() throws {
        for path in ["templates/layout.mustache", "templates/document.mustache", "templates/home.mustache",
                     "templates/language.mustache", "i18n/en.yaml", "assets/style.css"] {
            let file = try #require(ThemeFiles.builtIn.file(path), "\(path) is not built in")
            #expect(!file.bytes.isEmpty, "\(path) is empty")
            #expect(file.origin == "(built-in)/\(path)")
        }
    }

    @Test func theBuiltInThemeIsTheRepositorysThemesDefaultByteForByte() throws {
        let onDisk = try Self.files(under: Self.repositoryTheme)
        try #require(!onDisk.isEmpty, "no files under \(Self.repositoryTheme.path)")
        let builtIn = ThemeFiles.builtIn
        #expect(Set(builtIn.files.keys) == Set(onDisk.keys))
        for (path, bytes) in onDisk {
            #expect(builtIn.file(path)?.bytes == bytes, "\(path) differs from the repository's copy")
        }
    }

    @Test func pathsUnderAFolderAreSortedAndFiltered() {
        let templates = ThemeFiles.builtIn.paths(under: "templates/")
        #expect(templates == templates.sorted())
        #expect(templates.contains("templates/layout.mustache"))
        #expect(templates.allSatisfy { $0.hasPrefix("templates/") })
        #expect(!templates.contains("assets/style.css"))
    }

    // MARK: A site's theme over the built-in one

    @Test func aSiteTemplateOverridesOnlyThatFile() throws {
        let (theme, diagnostics) = try Self.load("default", fixture: """
            -- themes/default/templates/home.mustache --
            <p>our own home</p>
            """)
        #expect(diagnostics.isEmpty)
        let home = try #require(theme.file("templates/home.mustache"))
        #expect(home.text == "<p>our own home</p>\n")
        #expect(home.origin == "themes/default/templates/home.mustache")
        for path in ThemeFiles.builtIn.files.keys where path != "templates/home.mustache" {
            let file = try #require(theme.file(path))
            #expect(file.origin == "(built-in)/\(path)")
            #expect(file.bytes == ThemeFiles.builtIn.file(path)?.bytes)
        }
        #expect(theme.files.count == ThemeFiles.builtIn.files.count)
    }

    @Test func theDefaultThemeNeedsNoFolder() throws {
        let (theme, diagnostics) = try Self.load("default", fixture: """
            -- policygen.yaml --
            title: T
            """)
        #expect(diagnostics.isEmpty)
        #expect(Set(theme.files.keys) == Set(ThemeFiles.builtIn.files.keys))
        #expect(theme.files.values.allSatisfy { $0.origin.hasPrefix("(built-in)/") })
    }

    @Test func aNamedThemeWithOnlyAnAssetKeepsEveryBuiltInTemplate() throws {
        let (theme, diagnostics) = try Self.load("corporate", fixture: """
            -- themes/corporate/assets/extra.css --
            body { color: navy; }
            """)
        #expect(diagnostics.isEmpty)
        let extra = try #require(theme.file("assets/extra.css"))
        #expect(extra.origin == "themes/corporate/assets/extra.css")
        #expect(extra.text == "body { color: navy; }\n")
        let builtInTemplates = ThemeFiles.builtIn.paths(under: "templates/")
        #expect(theme.paths(under: "templates/") == builtInTemplates)
        for path in builtInTemplates {
            #expect(theme.file(path)?.origin == "(built-in)/\(path)")
        }
        for name in PageTemplates.required {
            #expect(theme.file("templates/\(name).mustache") != nil)
        }
        #expect(theme.file("assets/style.css")?.origin == "(built-in)/assets/style.css")
    }

    @Test func aConfiguredThemeWithoutItsFolderIsPG401() throws {
        let (theme, diagnostics) = try Self.load("corporate", fixture: """
            -- policygen.yaml --
            theme: corporate
            """)
        let problem = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(problem.code == .missingTemplate)
        #expect(problem.severity == .error)
        #expect(problem.location == SourceLocation(path: "policygen.yaml", line: 7, column: 8), "where the configuration names it")
        #expect(problem.message.contains("themes/corporate"))
        #expect(Set(theme.files.keys) == Set(ThemeFiles.builtIn.files.keys), "the built-in theme is still there")
    }

    @Test func aThemeThatIsAFileIsPG401() throws {
        let (_, diagnostics) = try Self.load("corporate", fixture: """
            -- themes/corporate --
            not a folder
            """)
        #expect(diagnostics.map(\.code) == [.missingTemplate])
    }

    @Test func aSymbolicLinkInsideAThemeIsPG004AndNotFollowed() throws {
        let site = try SiteFixture("""
            -- themes/x/templates/layout.mustache --
            <html>{{$body}}{{/body}}</html>
            -- elsewhere/home.mustache --
            LINKED CONTENT
            """).write()
        defer { try? TemporaryDirectory.remove(site) }
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("themes/x/templates/home.mustache").path,
            withDestinationPath: site.appendingPathComponent("elsewhere/home.mustache").path)
        var diagnostics: [Diagnostic] = []
        let theme = ThemeFiles.load(name: "x", siteFolder: site, configured: SourceLocation(path: "policygen.yaml", line: 7, column: 8), diagnostics: &diagnostics)
        #expect(diagnostics.count == 1)
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .symbolicLink)
        #expect(problem.location == SourceLocation(path: "themes/x/templates/home.mustache"))
        let home = try #require(theme.file("templates/home.mustache"))
        #expect(home.origin == "(built-in)/templates/home.mustache", "the link is not read")
        #expect(!home.text.contains("LINKED CONTENT"))
        #expect(theme.file("templates/layout.mustache")?.origin == "themes/x/templates/layout.mustache")
    }

    @Test func aSymbolicLinkedFolderInsideAThemeIsNotEntered() throws {
        let site = try SiteFixture("""
            -- outside/secret.css --
            secret
            -- themes/x/assets/own.css --
            own
            """).write()
        defer { try? TemporaryDirectory.remove(site) }
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("themes/x/linked").path,
            withDestinationPath: site.appendingPathComponent("outside").path)
        var diagnostics: [Diagnostic] = []
        let theme = ThemeFiles.load(name: "x", siteFolder: site, configured: SourceLocation(path: "policygen.yaml", line: 7, column: 8), diagnostics: &diagnostics)
        #expect(diagnostics.map(\.code) == [.symbolicLink])
        #expect(diagnostics.first?.location.path == "themes/x/linked")
        #expect(theme.file("linked/secret.css") == nil)
        #expect(theme.file("assets/own.css") != nil)
    }

    @Test func aThemeFolderThatIsASymbolicLinkIsPG004() throws {
        let site = try SiteFixture("""
            -- real/templates/home.mustache --
            linked
            """).write()
        defer { try? TemporaryDirectory.remove(site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("themes/x").path,
                                                   withDestinationPath: site.appendingPathComponent("real").path)
        var diagnostics: [Diagnostic] = []
        let theme = ThemeFiles.load(name: "x", siteFolder: site, configured: SourceLocation(path: "policygen.yaml", line: 7, column: 8), diagnostics: &diagnostics)
        #expect(diagnostics.map(\.code) == [.symbolicLink])
        #expect(diagnostics.first?.location == SourceLocation(path: "themes/x"))
        #expect(theme.file("templates/home.mustache")?.origin == "(built-in)/templates/home.mustache")
    }

    @Test func hiddenAndEditorBackupFilesAreIgnored() throws {
        let (theme, diagnostics) = try Self.load("x", fixture: """
            -- themes/x/assets/.DS_Store --
            junk
            -- themes/x/assets/site.css~ --
            backup
            -- themes/x/templates/.home.mustache.swp --
            swap
            -- themes/x/assets/site.css --
            kept
            """)
        #expect(diagnostics.isEmpty)
        #expect(theme.file("assets/site.css")?.text == "kept\n")
        #expect(theme.file("assets/.DS_Store") == nil)
        #expect(theme.file("assets/site.css~") == nil)
        #expect(theme.file("templates/.home.mustache.swp") == nil)
    }

    @Test func aThemeFileOverTenMiBIsPG003() throws {
        let site = try SiteFixture("""
            -- themes/x/assets/site.css --
            kept
            """).write()
        defer { try? TemporaryDirectory.remove(site) }
        try Data(repeating: 0x61, count: 10 * 1024 * 1024 + 1)
            .write(to: site.appendingPathComponent("themes/x/assets/huge.css"))
        var diagnostics: [Diagnostic] = []
        let theme = ThemeFiles.load(name: "x", siteFolder: site, configured: SourceLocation(path: "policygen.yaml", line: 7, column: 8), diagnostics: &diagnostics)
        #expect(diagnostics.map(\.code) == [.fileTooLarge])
        #expect(diagnostics.first?.location == SourceLocation(path: "themes/x/assets/huge.css"))
        #expect(theme.file("assets/huge.css") == nil)
        #expect(theme.file("assets/site.css") != nil)
    }

    @Test func aFIFOInsideAThemeIsPG006() throws {
        let site = try SiteFixture("""
            -- themes/x/assets/site.css --
            kept
            """).write()
        defer { try? TemporaryDirectory.remove(site) }
        let fifo = site.appendingPathComponent("themes/x/assets/pipe.css")
        try #require(mkfifo(fifo.path, 0o600) == 0)
        var diagnostics: [Diagnostic] = []
        let theme = ThemeFiles.load(name: "x", siteFolder: site, configured: SourceLocation(path: "policygen.yaml", line: 7, column: 8), diagnostics: &diagnostics)
        #expect(diagnostics.map(\.code) == [.notARegularFile])
        #expect(diagnostics.first?.location == SourceLocation(path: "themes/x/assets/pipe.css"))
        #expect(theme.file("assets/pipe.css") == nil)
    }
}

extension ThemeFiles.File {
    /// The file as text, for assertions.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
