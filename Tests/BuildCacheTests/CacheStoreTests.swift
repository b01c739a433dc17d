import BuildCache
import Foundation
import Testing

/// The cache's two stores, on disk and in memory, answer alike: a build reads what it wrote
/// whichever it has, and a read-only cache never writes the folder it reads.
@Suite struct CacheStoreTests {
    static func withFolder(_ body: (CacheFolder) throws -> Void) throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pg-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let folder = CacheFolder(site: site)
        #expect(folder.prepare())
        try body(folder)
    }

    static func key(_ name: String) -> CacheKey { CacheKey.Builder(name).finish() }

    static func expectStoreBehaves(_ store: any CacheStore) {
        let bytes = (0 ..< 5_000).map { UInt8($0 % 251) }
        #expect(store.read(.texts, key("a")) == nil)
        #expect(store.read(.texts, key("a"), first: 10) == nil)
        store.write(.texts, key("a"), bytes)
        store.write(.texts, key("b"), [1, 2, 3])
        store.write(.checks, key("a"), [9])
        #expect(store.read(.texts, key("a")) == bytes)
        #expect(store.read(.texts, key("a"), first: 100) == Array(bytes[..<100]))
        #expect(store.read(.texts, key("b"), first: 100) == [1, 2, 3])
        #expect(store.read(.checks, key("a")) == [9], "each kind has its own entries")
        store.write(.texts, key("b"), [4])
        #expect(store.read(.texts, key("b")) == [4], "an entry written again is replaced whole")
        store.prune(keeping: [.texts: [key("b").hex]])
        #expect(store.read(.texts, key("a")) == nil)
        #expect(store.read(.texts, key("b")) == [4])
        #expect(store.read(.checks, key("a")) == [9], "pruning one kind leaves the others")
    }

    @Test func theFolderAndMemoryAnswerAlike() throws {
        try Self.withFolder { Self.expectStoreBehaves($0) }
        Self.expectStoreBehaves(MemoryCache())
        if let scratch = ScratchCache() { Self.expectStoreBehaves(scratch) } else { Issue.record("no scratch file in TMPDIR") }
    }

    @Test func aScratchFileInTheSiteFolderLeavesNothingThere() throws {
        try Self.withFolder { folder in
            let site = folder.url.deletingLastPathComponent().path
            let before = try FileManager.default.contentsOfDirectory(atPath: site)
            let scratch = try #require(ScratchCache(in: site))
            scratch.write(.texts, Self.key("a"), Array(repeating: 7, count: 100_000))
            #expect(scratch.read(.texts, Self.key("a"))?.count == 100_000)
            #expect(try FileManager.default.contentsOfDirectory(atPath: site) == before)
        }
        // A folder that cannot hold one: the temporary folder does.
        let elsewhere = try #require(ScratchCache(in: "/nonexistent-\(UUID().uuidString)"))
        elsewhere.write(.checks, Self.key("b"), [1, 2, 3])
        #expect(elsewhere.read(.checks, Self.key("b")) == [1, 2, 3])
    }

    @Test func aScratchFileKeepsWhatManyThreadsWriteAtOnce() throws {
        let scratch = try #require(ScratchCache())
        let entries = (0..<400).map { index in (Self.key("entry \(index)"), (0..<(index * 37 % 5_000)).map { UInt8(truncatingIfNeeded: $0 &* index) }) }
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            scratch.write(.texts, entries[index].0, entries[index].1)
        }
        for (key, bytes) in entries {
            #expect(scratch.read(.texts, key) == bytes)
            #expect(scratch.read(.texts, key, first: 100) == Array(bytes.prefix(100)))
            #expect(scratch.read(.checks, key) == nil)
        }
    }

    @Test func memoryKeepsAnEntryInStorageOfItsOwnSize() {
        // An entry made by appending, as the writers make them, in storage twice its size.
        var grown: [UInt8] = []
        for byte in 0..<100_000 { grown.append(UInt8(truncatingIfNeeded: byte)) }
        grown.reserveCapacity(200_000)
        #expect(grown.capacity >= 200_000)
        let store = MemoryCache()
        store.write(.texts, Self.key("grown"), grown)
        let kept = store.read(.texts, Self.key("grown"))
        #expect(kept == grown)
        #expect((kept?.capacity ?? .max) < 130_000, "at most an allocator size class over")
    }

    @Test func aReadOnlyCacheReadsItsBaseAndKeepsWhatIsWrittenInMemory() throws {
        try Self.withFolder { folder in
            folder.write(.texts, Self.key("on disk"), [1])
            let store = ReadOnlyCache(over: folder)
            #expect(store.read(.texts, Self.key("on disk")) == [1])
            store.write(.texts, Self.key("made now"), [2])
            store.write(.texts, Self.key("on disk"), [3])
            #expect(store.read(.texts, Self.key("made now")) == [2])
            #expect(store.read(.texts, Self.key("on disk")) == [3], "what was written comes first")
            store.prune(keeping: [.texts: []])
            #expect(folder.read(.texts, Self.key("on disk")) == [1], "the folder is never written or pruned")
            #expect(folder.read(.texts, Self.key("made now")) == nil)
        }
    }

    @Test func aSessionWritesToDiskOnlyWhenItWritesTheFolder() throws {
        try Self.withFolder { folder in
            for session in [CacheSession.reading(folder), .inMemory()] {
                session.write(.checks, Self.key("x"), [7])
                #expect(session.read(.checks, Self.key("x")) == [7])
                session.pruneUnused()
                #expect(session.folder == nil)
            }
            #expect(folder.read(.checks, Self.key("x")) == nil)
            let writing = CacheSession.writing(folder)
            writing.write(.checks, Self.key("x"), [7])
            folder.write(.checks, Self.key("unused"), [8])
            writing.pruneUnused()
            #expect(folder.read(.checks, Self.key("x")) == [7])
            #expect(folder.read(.checks, Self.key("unused")) == nil, "what the build did not use is removed")
        }
    }

    @Test func anEntryMadeOnAnotherThreadIsThereWhenTheSessionEndsAndIsNotPruned() throws {
        try Self.withFolder { folder in
            folder.write(.fingerprints, Self.key("kept"), [1])
            folder.write(.fingerprints, Self.key("stale"), [2])
            let session = CacheSession.writing(folder)
            session.write(.fingerprints, Self.key("made later")) {
                usleep(50_000)
                return [3, 4]
            }
            // Used as soon as it is asked for, though not made yet: pruning waits for it.
            session.write(.fingerprints, Self.key("kept"), later: { nil })
            session.pruneUnused()
            session.finish()
            #expect(folder.read(.fingerprints, Self.key("made later")) == [3, 4])
            #expect(folder.read(.fingerprints, Self.key("kept")) == [1], "nil writes nothing, and the entry stays")
            #expect(folder.read(.fingerprints, Self.key("stale")) == nil)
        }
    }
}
