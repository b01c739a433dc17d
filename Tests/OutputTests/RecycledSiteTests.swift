import BuildCache
import Foundation
@testable import Output
import Testing
import TestSupport

/// A site a build replaced is recycled by a later one, which is told what it holds by the
/// manifest of the build that made it (`SiteListing`) wherever a folder is unchanged since, and
/// reads every other folder: what someone added or removed by hand never reaches a later site.
@Suite struct RecycledSiteTests {
    typealias Site = OutputWriterTests.Site

    /// Longer than a tick of the kernel's coarse clock, which stamps the folders.
    static func nextTick() { usleep(30_000) }

    static func coarseNow() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }

    /// A folder `a/b/index.html`, `a/c/index.html`, `top.html`, and a manifest of it whose inodes are
    /// made up (42, 43): only a listing that is trusted gives them back.
    func folderAndManifest() throws -> (root: URL, manifest: PageManifest) {
        let root = try TemporaryDirectory.make(prefix: "pg-listing")
        for path in ["a/b/index.html", "a/c/index.html", "top.html"] {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: file)
        }
        var manifest = PageManifest(output: root.path)
        let stamp = { (inode: Int) in FileStamp(size: 1, seconds: 0, nanoseconds: 0, inode: inode) }
        manifest["a/b/index.html"] = .init(key: CacheKey.Builder("b").finish(), file: stamp(42))
        manifest["a/c/index.html"] = .init(key: CacheKey.Builder("c").finish(), file: stamp(43))
        manifest["top.html"] = .init(key: nil, file: stamp(44))
        return (root, manifest)
    }

    @Test func foldersUnchangedSinceTheSiteWasCompleteAreTakenFromItsManifest() throws {
        var (root, manifest) = try folderAndManifest()
        defer { try? TemporaryDirectory.remove(root) }
        Self.nextTick()
        manifest.committedAt = Self.coarseNow()
        Self.nextTick()
        try Data("added by hand".utf8).write(to: root.appendingPathComponent("a/c/stray.html"))
        let found = try #require(SiteListing(manifest)).contents(of: root.path)
        #expect(found.files.sorted() == ["a/b/index.html", "a/c/index.html", "a/c/stray.html", "top.html"])
        #expect(found.folders.sorted() == ["a", "a/b", "a/c"])
        // a and a/b are as the manifest says, inodes included; a/c changed, so it was read; the
        // top folder is always read (the swap changes it).
        #expect(found.inodes == ["a/b/index.html": 42, "a/c/index.html": 0, "a/c/stray.html": 0, "top.html": 0])
    }

    @Test func aManifestOlderThanEveryFolderStandsForNone() throws {
        var (root, manifest) = try folderAndManifest()
        defer { try? TemporaryDirectory.remove(root) }
        manifest.committedAt = 1
        let found = try #require(SiteListing(manifest)).contents(of: root.path)
        #expect(found.files.sorted() == ["a/b/index.html", "a/c/index.html", "top.html"])
        #expect(found.inodes == ["a/b/index.html": 0, "a/c/index.html": 0, "top.html": 0], "none vouched for")
        manifest.committedAt = 0
        #expect(SiteListing(manifest) == nil, "a manifest that does not say when its site was complete")
    }

    @Test func aManifestNamingAPathOutsideTheSiteStandsForNothing() throws {
        var (root, manifest) = try folderAndManifest()
        defer { try? TemporaryDirectory.remove(root) }
        Self.nextTick()
        manifest.committedAt = Self.coarseNow()
        #expect(SiteListing(manifest) != nil)
        for path in ["a/../../content/en.md", "../x.html", "/etc/passwd", "a//b.html", "a/./b.html", "a/", ""] {
            var damaged = manifest
            damaged[path] = .init(key: nil, file: FileStamp(size: 1, seconds: 0, nanoseconds: 0, inode: 7))
            #expect(SiteListing(damaged) == nil, "\(path)")
        }
    }

    @Test(arguments: ["index.html", "en/privacy/index.html", "a/.../b", ".well-known/x", "a/..b/c", "a/b../c", "..a"])
    func aPlainPathIsOneWithNoEmptyDotOrDotDotPart(path: String) {
        #expect(SiteListing.isPlain(path))
        #expect(SiteListing.isPlain(path) == path.split(separator: "/", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." })
    }

    @Test(arguments: ["", "/", "/a", "a/", "a//b", ".", "..", "./a", "a/.", "a/../b", "../a", "a/.."])
    func aPathWithAnEmptyDotOrDotDotPartIsNotPlain(path: String) {
        #expect(!SiteListing.isPlain(path))
    }

    @Test func aManifestIsKeptForTheSiteItsOutputWasDiscardedInto() throws {
        let site = try Site()
        defer { site.remove() }
        #expect(site.cacheFolder.prepare())
        try site.build(OutputWriterTests.first, cache: .writing(site.cacheFolder))
        try site.build(OutputWriterTests.first, cache: .writing(site.cacheFolder))
        let discarded = site.cacheFolder.url.appendingPathComponent("discarded")
        let sites = try FileManager.default.contentsOfDirectory(atPath: discarded.path).filter { !$0.hasPrefix(".") }
        #expect(sites.count == 1)
        let path = discarded.appendingPathComponent(try #require(sites.first)).path
        let kept = try #require(site.cacheFolder.read(.pages, PageManifest.key(output: path)))
        let manifest = try #require(PageManifest(kept, output: nil), "the manifest the site had as the output")
        #expect(manifest.output == site.output.path)
        #expect(manifest.entries.keys.sorted() == OutputWriterTests.first.keys.sorted())
        #expect(manifest.committedAt > 0)
    }

    /// `surveyFromTheStart`: the recycled site surveyed on another thread from the start, as
    /// `policygen build` does, or when the writer asks.
    @Test(arguments: [false, true])
    func whatWasAddedOrRemovedByHandNeverReachesALaterSite(surveyFromTheStart: Bool) throws {
        let site = try Site()
        defer { site.remove() }
        #expect(site.cacheFolder.prepare())
        let first = OutputWriterTests.first
        try site.build(first, cache: .writing(site.cacheFolder))
        Self.nextTick()
        // In the live site: a file and a folder added, a page removed.
        let output = site.output
        try Data("stray".utf8).write(to: output.appendingPathComponent("en/stray.html"))
        try FileManager.default.createDirectory(at: output.appendingPathComponent("en/privacy/extra"), withIntermediateDirectories: true)
        try Data("extra".utf8).write(to: output.appendingPathComponent("en/privacy/extra/index.html"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("en/privacy/versions/v1/index.html"))
        // The second build replaces it (discarding it with its manifest); the third recycles it.
        try site.build(first, cache: .writing(site.cacheFolder), surveyFromTheStart: surveyFromTheStart)
        #expect(site.files() == first.keys.sorted())
        let (linked, _) = try site.build(first, cache: .writing(site.cacheFolder), surveyFromTheStart: surveyFromTheStart)
        #expect(site.files() == first.keys.sorted())
        for (path, text) in first { #expect(site.read(path) == text) }
        #expect(linked == Set(first.keys))
        let manifests = site.cacheFolder.url.appendingPathComponent("pages")
        #expect(try FileManager.default.contentsOfDirectory(atPath: manifests.path).count == 2,
                "the output's manifest and the discarded site's")
    }

    @Test func aRecycledSiteWithoutItsManifestIsReadAndEachFileReplaced() throws {
        let site = try Site()
        defer { site.remove() }
        #expect(site.cacheFolder.prepare())
        let first = OutputWriterTests.first
        try site.build(first, cache: .writing(site.cacheFolder))
        try site.build(first, cache: .writing(site.cacheFolder))
        // The discarded site's manifest lost: its files are the output's own, but nothing says so.
        let manifests = site.cacheFolder.url.appendingPathComponent("pages")
        let outputs = site.cacheFolder.path(.pages, PageManifest.key(output: site.output.path))
        for name in try FileManager.default.contentsOfDirectory(atPath: manifests.path)
        where manifests.appendingPathComponent(name).path != outputs {
            try FileManager.default.removeItem(at: manifests.appendingPathComponent(name))
        }
        let inodes = first.keys.map(site.inode)
        let (linked, _) = try site.build(first, cache: .writing(site.cacheFolder), surveyFromTheStart: true)
        #expect(linked == Set(first.keys))
        #expect(site.files() == first.keys.sorted())
        for (path, text) in first { #expect(site.read(path) == text) }
        #expect(first.keys.map(site.inode) == inodes, "the same files, linked again")
    }
}
