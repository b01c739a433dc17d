import BuildCache
import Foundation
import Output
import Testing
import TestSupport

/// The output is written whole or not at all: staged, filled from any thread, swapped in; an
/// unchanged file is linked from the previous site rather than written again; a site replaced
/// is recycled by the next build.
@Suite struct OutputWriterTests {
    struct Site {
        let folder: URL
        var output: URL { folder.appendingPathComponent("output") }
        var cacheFolder: CacheFolder { CacheFolder(site: folder) }

        init() throws {
            folder = try TemporaryDirectory.make(prefix: "pg-output")
        }

        func outputFolder() throws -> OutputFolder {
            try OutputFolder.checked(output, source: folder).get()
        }

        /// Writes `files` (path → text) as one build with `cache`, each keyed by its text.
        @discardableResult
        func build(_ files: [String: String], cache: CacheSession, commit: Bool = true,
                   surveyFromTheStart: Bool = false) throws -> (linked: Set<String>, OutputWriter) {
            let writer = try OutputWriter.begin(try outputFolder(), paths: Array(files.keys), cache: cache,
                                                recycling: SiteRecycling(cache: cache, startNow: surveyFromTheStart))
            var linked = Set<String>()
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                let key = CacheKey.Builder(text).finish()
                if try writer.link(path, key: key) {
                    linked.insert(path)
                } else {
                    try writer.write(Array(text.utf8), to: path, key: key)
                }
            }
            if commit { try writer.commit() }
            return (linked, writer)
        }

        func read(_ path: String) -> String? {
            (try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8))
        }

        /// Every file of the output, without policygen's marker.
        func files() -> [String] {
            let base = output.path
            var found: [String] = []
            let walker = FileManager.default.enumerator(atPath: base)
            while let path = walker?.nextObject() as? String {
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder)
                if !isFolder.boolValue && path != OutputFolder.marker { found.append(path) }
            }
            return found.sorted()
        }

        func inode(_ path: String) -> Int? { FileStamp(path: output.appendingPathComponent(path).path)?.inode }

        func remove() { try? TemporaryDirectory.remove(folder) }
    }

    static let first = ["index.html": "home", "en/index.html": "english", "en/privacy/index.html": "privacy 1",
                        "en/privacy/versions/v1/index.html": "v1"]

    @Test func aCommittedSiteHasExactlyItsFiles() throws {
        let site = try Site()
        defer { site.remove() }
        #expect(site.cacheFolder.prepare())
        try site.build(Self.first, cache: .writing(site.cacheFolder))
        #expect(site.files() == Self.first.keys.sorted())
        for (path, text) in Self.first { #expect(site.read(path) == text) }
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(OutputFolder.marker).path))
    }

    @Test func aDiscardedSiteLeavesThePreviousOutputWhole() throws {
        let site = try Site()
        defer { site.remove() }
        #expect(site.cacheFolder.prepare())
        try site.build(Self.first, cache: .writing(site.cacheFolder))
        let (_, writer) = try site.build(["index.html": "half a site"], cache: .writing(site.cacheFolder), commit: false)
        writer.discard()
        #expect(site.files() == Self.first.keys.sorted())
        #expect(site.read("index.html") == "home")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".output.") }
        #expect(leftovers.allSatisfy { $0.hasSuffix(".lock") }, "no staging folder left: \(leftovers)")
    }

    @Test func anUnchangedFileIsLinkedAndAChangedOneWritten() throws {
        let site = try Site()
        defer { site.remove() }
        #expect(site.cacheFolder.prepare())
        try site.build(Self.first, cache: .writing(site.cacheFolder))
        let before = site.inode("en/index.html")
        var second = Self.first
        second["en/privacy/index.html"] = "privacy 2"
        second["en/privacy/versions/v1/index.html"] = nil
        second["en/privacy/versions/v2/index.html"] = "v2"
        let (linked, _) = try site.build(second, cache: .writing(site.cacheFolder))
        #expect(linked == ["index.html", "en/index.html"])
        #expect(site.inode("en/index.html") == before, "the same file, linked into the new site")
        #expect(site.files() == second.keys.sorted(), "the file the new site lacks is gone")
        #expect(site.read("en/privacy/index.html") == "privacy 2")
        // The third build recycles the site the second replaced; what that site held and the
        // new one does not have is gone from it.
        let (third, _) = try site.build(Self.first, cache: .writing(site.cacheFolder))
        #expect(third == ["index.html", "en/index.html"])
        #expect(site.files() == Self.first.keys.sorted())
        for (path, text) in Self.first { #expect(site.read(path) == text) }
    }

    @Test func aFileEditedInTheOutputIsMadeAgain() throws {
        let site = try Site()
        defer { site.remove() }
        #expect(site.cacheFolder.prepare())
        try site.build(Self.first, cache: .writing(site.cacheFolder))
        try Data("edited by hand".utf8).write(to: site.output.appendingPathComponent("en/index.html"))
        let (linked, _) = try site.build(Self.first, cache: .writing(site.cacheFolder))
        #expect(!linked.contains("en/index.html"))
        #expect(site.read("en/index.html") == "english")
    }

    @Test func withoutTheCacheFolderNothingIsLinkedOrRecorded() throws {
        let site = try Site()
        defer { site.remove() }
        try site.build(Self.first, cache: .inMemory())
        let (linked, _) = try site.build(Self.first, cache: .inMemory())
        #expect(linked.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.cacheFolder.url.path))
        #expect(site.files() == Self.first.keys.sorted())
    }

    @Test func theManifestOfAnOutputThatIsGoneIsRemoved() throws {
        let site = try Site()
        defer { site.remove() }
        #expect(site.cacheFolder.prepare())
        let other = site.folder.appendingPathComponent("preview")
        let otherFolder = try OutputFolder.checked(other, source: site.folder).get()
        let writer = try OutputWriter.begin(otherFolder, paths: ["index.html"], cache: .writing(site.cacheFolder),
                                            recycling: SiteRecycling(cache: .inMemory()))
        try writer.write(Array("preview".utf8), to: "index.html", key: CacheKey.Builder("preview").finish())
        try writer.commit()
        let manifests = site.cacheFolder.url.appendingPathComponent("pages")
        #expect(try FileManager.default.contentsOfDirectory(atPath: manifests.path).count == 1)
        try FileManager.default.removeItem(at: other)
        try site.build(Self.first, cache: .writing(site.cacheFolder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: manifests.path).count == 1, "only the live output's")
    }
}
