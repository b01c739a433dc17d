import BuildCache
import Diagnostics
import Foundation
import Markdown
import Outline
@testable import Texts
import Testing

/// A rebuild reads only the first bytes of each text's cache entry for its head (what
/// rendering found wrong, the policies it links to); a head longer than that is read whole.
@Suite struct CachedHeadTests {
    static func withSession(_ body: (CacheSession) throws -> Void) throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pg-head-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let folder = CacheFolder(site: site)
        #expect(folder.prepare())
        try body(.writing(folder))
        // The same from a build's cache in memory.
        try body(.inMemory())
    }

    static func problems(_ count: Int) -> [Diagnostic] {
        (1 ... count).map {
            .error(.duplicateHeadingID, at: SourceLocation(path: "content/p/v1/en.md", line: $0, column: 1),
                   "the heading id {#same} is already used on line 1", hint: "give each heading its own id")
        }
    }

    @Test func headsShortAndLongAreReadWholeAndAMissingEntryIsNone() throws {
        try Self.withSession { cache in
            let document = RenderedDocument(html: String(repeating: "<p>Body text.</p>\n", count: 3_000),
                                            headings: [], tableOfContents: TableOfContents(entries: []))
            for count in [1, 200] {
                let key = CacheKey.Builder("head test \(count)").finish()
                let entry = TextEntry.encode(document, Self.problems(count)).bytes
                cache.write(.texts, key, entry)
                // 200 findings make a head of several kilobytes: more than the first read.
                for first in [16, 4096, entry.count + 10] {
                    let head = try #require(TextEntry.head(in: cache, key, first: first), "\(count) findings, \(first) bytes")
                    #expect(head.diagnostics == Self.problems(count))
                }
            }
            #expect(TextEntry.head(in: cache, CacheKey.Builder("no such entry").finish()) == nil)
        }
    }

    @Test func theFirstBytesOfAnEntryAreThePrefixOfItsBytes() throws {
        try Self.withSession { cache in
            let key = CacheKey.Builder("bytes").finish()
            let bytes = (0 ..< 10_000).map { UInt8($0 % 251) }
            cache.write(.checks, key, bytes)
            #expect(cache.read(.checks, key, first: 100) == Array(bytes[..<100]))
            #expect(cache.read(.checks, key, first: 20_000) == bytes)
        }
    }
}
