import Config
import Content
import Diagnostics
import Foundation
import Testing
import TestSupport

/// SPEC "Robustness": what content/ may hold and how the rest is treated.
@Suite struct FileSystemRuleTests {
    @Test func symbolicLinksAreNeverFollowed() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        \(document())
        -- outside/secret.md --
        \(document(title: "Secret"))
        """) { folder in
            let manager = FileManager.default
            try manager.createSymbolicLink(atPath: folder.appendingPathComponent("content/privacy/v1/ja.md").path,
                                           withDestinationPath: folder.appendingPathComponent("outside/secret.md").path)
            try manager.createSymbolicLink(atPath: folder.appendingPathComponent("content/linked").path,
                                           withDestinationPath: folder.appendingPathComponent("outside").path)
        }
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.symbolicLink, .symbolicLink])
        #expect(Set(site.errors.map(\.location.path)) == ["content/privacy/v1/ja.md", "content/linked"])
    }

    @Test func dotFilesAndEditorLeftoversAreIgnoredOtherFilesWarned() throws {
        let site = try LoadedFixture.load("""
        -- content/.DS_Store --
        x
        -- content/privacy/v1/.en.md.swp --
        x
        -- content/privacy/v1/en.md~ --
        x
        -- content/privacy/v1/en.md --
        \(document())
        -- content/privacy/v1/notes.txt --
        x
        -- content/README.md --
        x
        """)
        defer { site.remove() }
        #expect(site.errors.isEmpty, "\(site.errors)")
        #expect(site.content != nil)
        #expect(site.warnings.map(\.code) == [.unexpectedFile, .unexpectedFile])
        #expect(Set(site.warnings.map(\.location.path)) == ["content/privacy/v1/notes.txt", "content/README.md"])
    }

    @Test func aFolderOrFIFOWhereAContentFileBelongs() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        \(document())
        -- content/privacy/v1/ja.md/stray.txt --
        x
        """) { folder in
            let fifo = folder.appendingPathComponent("content/privacy/v1/ar.md").path
            #expect(mkfifo(fifo, 0o644) == 0)
        }
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.notARegularFile, .notARegularFile])
        #expect(Set(site.errors.map(\.location.path)) == ["content/privacy/v1/ja.md", "content/privacy/v1/ar.md"])
    }

    @Test func aContentFolderIsRequired() throws {
        let site = try LoadedFixture.load("-- README.md --\nx\n")
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.noPolicies])
    }
}
