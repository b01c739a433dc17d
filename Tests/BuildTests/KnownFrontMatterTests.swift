@testable import Build
import BuildCache
import Config
import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A rebuild takes each unchanged file's front-matter from the cache by its stamp, as it takes
/// its fingerprints, and reads neither the file nor its body until a stage needs it; every
/// edit is still seen, and a damaged entry only costs reading the files.
@Suite struct KnownFrontMatterTests {
    /// Every stored property of `FrontMatter` differs from a plain front-matter's here.
    static let everyField = FrontMatter(
        title: "Terms — 利用規約", effective: EffectiveDate("2024-02-29")!,
        effectiveLocation: SourceLocation(path: "content/terms/v1/en.md", line: 3, column: 12),
        summary: "Shorter notice periods.", description: "How the service may be used.", draft: true, material: false,
        translatedFrom: String(repeating: "ab", count: 32), ignore: ["PG201", "PG214"],
        aliases: [Alias(written: "/legal/terms.html", components: ["legal", "terms.html"],
                        location: SourceLocation(path: "content/terms/v1/en.md", line: 9, column: 5))],
        extra: [.init(key: "owner", value: .text("Legal team")),
                .init(key: "audit", value: .map([.init(key: "done", value: .flag(true)),
                                                 .init(key: "by", value: .list([.text("A. Chen"), .text("B. Okafor")]))]))],
        textStarts: ["title": TextStart(location: SourceLocation(path: "content/terms/v1/en.md", line: 2, column: 8), isExact: true),
                     "summary": TextStart(location: SourceLocation(path: "content/terms/v1/en.md", line: 4), isExact: false)],
        source: "title: Terms — 利用規約\neffective: 2024-02-29\n")

    static let plain = FrontMatter(title: "", effective: EffectiveDate("2000-01-01")!,
                                   effectiveLocation: SourceLocation(path: ""))

    @Test func everyPropertyOfTheFrontMatterIsKept() throws {
        // A property added to FrontMatter and not to this value (nor to FrontMatterCoding) fails here.
        let fields = Mirror(reflecting: Self.everyField).children
        for (field, plainField) in zip(fields, Mirror(reflecting: Self.plain).children) {
            #expect(String(describing: field.value) != String(describing: plainField.value),
                    "\(field.label ?? "?") is not set in everyField")
        }
        var writer = CacheWriter()
        FrontMatterCoding.write(Self.everyField, to: &writer)
        var reader = CacheReader(writer.bytes)
        #expect(try FrontMatterCoding.read(&reader) == Self.everyField)
        try reader.finish()
    }

    @Test func aDamagedEntryIsAMissAndEveryFileIsRead() throws {
        let site = try FixtureSite(IncrementalBuildTests.site)
        defer { site.remove() }
        StampedLoadTests.waitForTheClock(site)
        let cache = CacheSession.inMemory()
        let first = try load(site, cache: cache)
        let texts = first.content.readTexts
        #expect(texts == 6)
        let key = KnownFingerprintsCoding.key(configBytes: first.configBytes, config: first.config)
        let entry = try #require(cache.read(.fingerprints, key))
        #expect(try load(site, cache: cache).content.readTexts == 0)
        // Cut anywhere, or with a byte changed anywhere, the entry is not read, and nothing else fails.
        var damaged: [[UInt8]] = [[], Array("policygen fingerprints v1".utf8)]
        for cut in stride(from: 1, to: entry.count, by: max(1, entry.count / 40)) { damaged.append(Array(entry[..<cut])) }
        for place in stride(from: 0, to: entry.count, by: max(1, entry.count / 40)) {
            var changed = entry
            changed[place] ^= 0x01
            damaged.append(changed)
        }
        for bytes in damaged {
            cache.write(.fingerprints, key, bytes)
            let again = try load(site, cache: cache)
            #expect(again.content.readTexts == texts)
            for (policy, same) in zip(first.content.policies, again.content.policies) {
                for (version, sameVersion) in zip(policy.versions, same.versions) {
                    for (language, text) in version.translations {
                        #expect(sameVersion.translations[language]?.frontMatter == text.frontMatter)
                        #expect(sameVersion.translations[language]?.body == text.body)
                        #expect(sameVersion.translations[language]?.sha256 == text.sha256)
                    }
                }
            }
        }
    }

    @Test func aFrontMatterEditKeepingSizeAndModificationTimeIsBuilt() throws {
        let site = try FixtureSite(IncrementalBuildTests.site)
        defer { site.remove() }
        StampedLoadTests.waitForTheClock(site)
        #expect(site.build(asOf: "2025-03-01").status == .built(pages: 30))
        // The upcoming version, which the history lock does not hold yet.
        let path = site.folder.appendingPathComponent("content/privacy/v3/en.md").path
        var status = stat()
        #expect(stat(path, &status) == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "Phone numbers too.", with: "Phone numbers also").utf8))
        try handle.close()
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(site.build(asOf: "2025-03-01").status == .built(pages: 30))
        let rebuilt = site.snapshot()
        #expect(rebuilt.values.contains { String(decoding: $0, as: UTF8.self).contains("Phone numbers also") })
        #expect(!rebuilt.values.contains { String(decoding: $0, as: UTF8.self).contains("Phone numbers too.") })
        // The same as a build that keeps nothing.
        try FileManager.default.removeItem(at: site.folder.appendingPathComponent(".policygen-cache"))
        try FileManager.default.removeItem(at: site.output)
        #expect(site.build(asOf: "2025-03-01").status == .built(pages: 30))
        #expect(site.snapshot() == rebuilt)
    }

    private func load(_ site: FixtureSite, cache: CacheSession) throws -> SiteInputs {
        var diagnostics: [Diagnostic] = []
        let inputs = try #require(SiteInputs.load(source: site.folder, baseURL: nil, cache: cache, diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors)
        // As a build's end does: the fingerprints entry is made on another thread.
        cache.finish()
        return inputs
    }
}
