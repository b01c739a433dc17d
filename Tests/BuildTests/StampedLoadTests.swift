import BuildCache
import Content
import Diagnostics
import Foundation
import Build
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A rebuild takes each unchanged text's fingerprints from the cache by its file's stamp
/// rather than hashing it, and still sees every edit.
@Suite struct StampedLoadTests {
    /// Waits until the file system's clock has passed every stamp of the site's texts, as a
    /// build an author starts after saving would find it. Waiting on the stamps themselves, not
    /// one tick from now: a file system with fine-grained stamps (Linux's multigrain times) can
    /// stamp a file later than the coarse clock reads for a while.
    static func waitForTheClock(_ site: FixtureSite) {
        let content = site.folder.appendingPathComponent("content")
        let files = FileManager.default.enumerator(atPath: content.path)?.allObjects as? [String] ?? []
        var last = 0
        for file in files {
            var status = stat()
            guard stat(content.appendingPathComponent(file).path, &status) == 0 else { continue }
            for time in [status.st_mtim, status.st_ctim] {
                last = max(last, Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec))
            }
        }
        #expect(last > 0)
        while FileStamp.now() <= last { usleep(1_000) }
    }

    private func load(_ site: FixtureSite, cache: CacheSession) throws -> SiteInputs {
        var diagnostics: [Diagnostic] = []
        let inputs = try #require(SiteInputs.load(source: site.folder, baseURL: nil, cache: cache, diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors)
        // As a build's end does: the fingerprints entry is made on another thread.
        cache.finish()
        return inputs
    }

    @Test func aRebuildHashesOnlyTheEditedText() throws {
        let site = try FixtureSite(IncrementalBuildTests.site)
        defer { site.remove() }
        let folder = CacheFolder(site: site.folder)
        #expect(folder.prepare())
        Self.waitForTheClock(site)
        let first = try load(site, cache: .writing(folder))
        let texts = first.content.policies.flatMap(\.versions).flatMap(\.translations.values).count
        #expect(first.content.hashedTexts == texts)
        let second = try load(site, cache: .writing(folder))
        #expect(second.content.hashedTexts == 0)
        // The same fingerprints as hashing gives.
        for (policy, again) in zip(first.content.policies, second.content.policies) {
            for (version, sameVersion) in zip(policy.versions, again.versions) {
                for (language, text) in version.translations {
                    #expect(sameVersion.translations[language]?.sha256 == text.sha256)
                    #expect(sameVersion.translations[language]?.textSHA256 == text.textSHA256)
                }
            }
        }
        try IncrementalBuildTests.edits.first { $0.0 == "a body" }!.1(site.folder)
        let third = try load(site, cache: .writing(folder))
        #expect(third.content.hashedTexts == 1)
        // Without the cache, every text is hashed.
        #expect(try load(site, cache: .inMemory()).content.hashedTexts == texts)
    }

    @Test func anEditKeepingSizeAndModificationTimeIsBuilt() throws {
        let site = try FixtureSite(IncrementalBuildTests.site)
        defer { site.remove() }
        Self.waitForTheClock(site)
        #expect(site.build(asOf: "2025-03-01").status == .built(pages: 30))
        let path = site.folder.appendingPathComponent("content/terms/v1/en.md").path
        var status = stat()
        #expect(stat(path, &status) == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Liability"))
        // In place (the inode kept), the same number of bytes, the modification time set back.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "Liability", with: "Liabilitz").utf8))
        try handle.close()
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        // The text is in effect, so the history lock sees its new fingerprint and refuses it…
        let refused = site.build(asOf: "2025-03-01")
        #expect(refused.status == .failed)
        #expect(refused.diagnostics.contains { $0.severity == .error && $0.location.path == "content/terms/v1/en.md" },
                "\(refused.diagnostics)")
        // …unless told to accept it.
        #expect(site.build(asOf: "2025-03-01", allowHistoryEdit: true).status == .built(pages: 30))
        let page = try site.text("en/terms/index.html")
        #expect(page.contains("Liabilitz"))
        #expect(!page.contains("Liability"))
    }
}
