import BuildCache
import Dispatch
import Foundation
import Testing

/// The packs of `.policygen-cache/packs/`: what a build writes is read back by the next one,
/// whole or not at all; a pack cut short, garbled or left by a killed build is a miss, never a
/// wrong answer; two builds at once keep each other's entries; and pruning keeps the folder in
/// proportion to what the site uses.
@Suite struct CachePackTests {
    static func withSite(_ body: (URL) throws -> Void) throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pg-pack-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(CacheFolder(site: site).prepare())
        try body(site)
    }

    static func key(_ name: String) -> CacheKey { CacheKey.Builder(name).finish() }

    /// A text entry's stand-in: its bytes depend on its name and are often longer than a head.
    static func bytes(_ name: String, count: Int = 9_000) -> [UInt8] {
        let seed = Array(name.utf8)
        return (0 ..< count).map { seed[$0 % seed.count] &+ UInt8(truncatingIfNeeded: $0 / 7) }
    }

    static func files(_ site: URL, _ suffix: String) -> [URL] {
        let packs = site.appendingPathComponent(".policygen-cache/packs")
        return ((try? FileManager.default.contentsOfDirectory(atPath: packs.path)) ?? []).sorted()
            .filter { $0.hasSuffix(suffix) }.map { packs.appendingPathComponent($0) }
    }

    static func packBytes(_ site: URL) -> Int {
        files(site, ".pack").reduce(0) { $0 + ((try? Data(contentsOf: $1).count) ?? 0) }
    }

    @Test func whatABuildWritesIsReadBackByItAndByTheNextFromOnePack() throws {
        try Self.withSite { site in
            let names = (0 ..< 200).map { "text \($0)" }
            let writing = CacheFolder(site: site)
            DispatchQueue.concurrentPerform(iterations: names.count) { index in
                writing.write(.texts, Self.key(names[index]), Self.bytes(names[index], count: 100 + index * 61))
                writing.write(.checks, Self.key(names[index]), [UInt8(index % 256)])
            }
            #expect(writing.read(.texts, Self.key("text 7")) == Self.bytes("text 7", count: 100 + 7 * 61),
                    "read back before it is published")
            #expect(Self.files(site, ".idx").isEmpty, "nothing published before the build finishes")
            writing.finish()
            #expect(Self.files(site, ".pack").count == 1)
            #expect(Self.files(site, ".idx").count == 1)
            let next = CacheFolder(site: site)
            for (index, name) in names.enumerated() {
                let expected = Self.bytes(name, count: 100 + index * 61)
                #expect(next.read(.texts, Self.key(name)) == expected, "\(name)")
                #expect(next.read(.texts, Self.key(name), first: 4096) == Array(expected.prefix(4096)))
                #expect(next.read(.texts, Self.key(name), first: 10) == Array(expected.prefix(10)))
                #expect(next.read(.texts, Self.key(name), first: 20_000) == expected)
                #expect(next.read(.checks, Self.key(name)) == [UInt8(index % 256)], "each kind its own entries")
            }
            #expect(next.read(.texts, Self.key("no such text")) == nil)
            #expect(next.read(.checks, Self.key("no such text"), first: 10) == nil)
        }
    }

    @Test func aPackCutShortIsAMissForEveryEntryOfIt() throws {
        try Self.withSite { site in
            let writing = CacheFolder(site: site)
            writing.write(.texts, Self.key("a"), Self.bytes("a"))
            writing.write(.texts, Self.key("b"), Self.bytes("b"))
            writing.finish()
            let pack = try #require(Self.files(site, ".pack").first)
            let bytes = try Data(contentsOf: pack)
            try bytes.prefix(bytes.count - 1).write(to: pack)
            let next = CacheFolder(site: site)
            #expect(next.read(.texts, Self.key("a")) == nil, "the entry before the cut is not trusted either")
            #expect(next.read(.texts, Self.key("b")) == nil)
            #expect(next.read(.texts, Self.key("b"), first: 16) == nil)
        }
    }

    @Test func aGarbledByteMakesItsEntryAMissAndLeavesTheOthers() throws {
        try Self.withSite { site in
            let writing = CacheFolder(site: site)
            for name in ["a", "b", "c"] { writing.write(.texts, Self.key(name), Self.bytes(name)) }
            let b = try #require(writing.locations(of: .texts)[Self.key("b").hex])
            let c = try #require(writing.locations(of: .texts)[Self.key("c").hex])
            writing.finish()
            let pack = try #require(Self.files(site, ".pack").first)
            var bytes = try Data(contentsOf: pack)
            let offset = { (location: String) in Int(location.split(separator: "@").last!)! }
            bytes[offset(b) + 10] ^= 0x20 // in b's head
            bytes[offset(c) + 8_000] ^= 0x01 // in c, past its head
            try bytes.write(to: pack)
            let next = CacheFolder(site: site)
            #expect(next.read(.texts, Self.key("a")) == Self.bytes("a"))
            #expect(next.read(.texts, Self.key("b")) == nil)
            #expect(next.read(.texts, Self.key("b"), first: 100) == nil)
            #expect(next.read(.texts, Self.key("c")) == nil)
            #expect(next.read(.texts, Self.key("c"), first: 100) == Array(Self.bytes("c").prefix(100)),
                    "the head is checked by its own sum: a head read is right without the rest")
        }
    }

    @Test func aGarbledIndexIsAMissForTheWholePack() throws {
        try Self.withSite { site in
            let writing = CacheFolder(site: site)
            writing.write(.checks, Self.key("a"), [1, 2, 3])
            writing.finish()
            let index = try #require(Self.files(site, ".idx").first)
            var bytes = try Data(contentsOf: index)
            bytes[bytes.count - 20] ^= 0xFF
            try bytes.write(to: index)
            #expect(CacheFolder(site: site).read(.checks, Self.key("a")) == nil)
        }
    }

    @Test func aKilledBuildsPackIsNeverReadAndIsRemovedOnceItsWriterIsGone() throws {
        try Self.withSite { site in
            // A build that writes and dies before it publishes: its pack is closed, never indexed.
            do {
                let killed = CacheFolder(site: site)
                killed.write(.texts, Self.key("half"), Self.bytes("half"))
            }
            let pack = try #require(Self.files(site, ".pack").first)
            try Data("torn".utf8).write(to: pack.deletingPathExtension().appendingPathExtension("idx.tmp"))
            #expect(CacheFolder(site: site).read(.texts, Self.key("half")) == nil)
            // A pack made in the last minute may be a running build's, between making and locking it.
            let next = CacheFolder(site: site)
            next.write(.texts, Self.key("whole"), Self.bytes("whole"))
            next.prune(keeping: [.texts: [Self.key("whole").hex]])
            #expect(FileManager.default.fileExists(atPath: pack.path))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -300)], ofItemAtPath: pack.path)
            // A running build's pack, however old, is kept: its writer holds its lock.
            let running = CacheFolder(site: site)
            running.write(.texts, Self.key("running"), Self.bytes("running"))
            let runningPack = try #require(Self.files(site, ".pack").first { $0 != pack && !isPublished($0) })
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -300)], ofItemAtPath: runningPack.path)
            let pruning = CacheFolder(site: site)
            pruning.prune(keeping: [.texts: [Self.key("whole").hex]])
            #expect(!FileManager.default.fileExists(atPath: pack.path), "the killed build's pack is removed")
            #expect(Self.files(site, ".idx.tmp").isEmpty, "and its half-written index")
            #expect(FileManager.default.fileExists(atPath: runningPack.path))
            running.finish()
            let after = CacheFolder(site: site)
            #expect(after.read(.texts, Self.key("whole")) == Self.bytes("whole"))
            #expect(after.read(.texts, Self.key("running")) == Self.bytes("running"))
        }
    }

    private func isPublished(_ pack: URL) -> Bool {
        FileManager.default.fileExists(atPath: pack.deletingPathExtension().appendingPathExtension("idx").path)
    }

    @Test func twoBuildsWritingAtOnceKeepEachOthersEntries() throws {
        try Self.withSite { site in
            let builds = [CacheFolder(site: site), CacheFolder(site: site)]
            // Half the entries both builds write, half each its own.
            @Sendable func name(_ index: Int) -> String { index % 4 < 2 ? "shared \(index / 4)" : "own \(index)" }
            // Each reads first (as a build does), then both write at once.
            for build in builds { #expect(build.read(.texts, Self.key(name(0))) == nil) }
            DispatchQueue.concurrentPerform(iterations: 400) { index in
                builds[index % 2].write(.texts, Self.key(name(index)), Self.bytes(name(index)))
            }
            // The first finishes and prunes to what it used while the other still writes.
            let firstUsed = stride(from: 0, to: 400, by: 2).map { Self.key(name($0)).hex }
            builds[0].prune(keeping: [.texts: Set(firstUsed)])
            builds[1].write(.texts, Self.key("late"), Self.bytes("late"))
            builds[1].finish()
            let next = CacheFolder(site: site)
            for index in 0 ..< 400 {
                #expect(next.read(.texts, Self.key(name(index))) == Self.bytes(name(index)), "\(name(index))")
            }
            #expect(next.read(.texts, Self.key("late")) == Self.bytes("late"))
            // The next prune drops the entries both wrote from one of the packs.
            next.prune(keeping: [.texts: Set((0 ..< 400).map { Self.key(name($0)).hex } + [Self.key("late").hex])])
            #expect(Self.files(site, ".pack").count <= 2)
            let after = CacheFolder(site: site)
            for index in 0 ..< 400 {
                #expect(after.read(.texts, Self.key(name(index))) == Self.bytes(name(index)), "\(name(index))")
            }
        }
    }

    @Test func pruningKeepsTheFolderInProportionToTheSiteOverManyRebuilds() throws {
        try Self.withSite { site in
            // 60 texts of 40 KB (a pack larger than a small one, so kept while mostly used);
            // each rebuild edits three of them (a new key each) and reads the rest.
            var current = (0 ..< 60).map { "text \($0) edit 0" }
            let textSize = 40_000
            let liveBytes = current.count * textSize + current.count * 10
            var first: URL?
            for round in 0 ... 40 {
                let session = CacheSession.writing(CacheFolder(site: site))
                if round > 0 {
                    for edited in [round % 60, (round * 7) % 60, (round * 13 + 5) % 60] {
                        current[edited] = "text \(edited) edit \(round)"
                    }
                }
                for name in current {
                    if session.read(.texts, Self.key(name), first: 4096) == nil {
                        session.write(.texts, Self.key(name), Self.bytes(name, count: textSize))
                    }
                    if session.read(.checks, Self.key(name)) == nil {
                        session.write(.checks, Self.key(name), Array(Self.bytes(name, count: 10)))
                    }
                }
                session.pruneUnused()
                if round == 0 { first = Self.files(site, ".pack").first }
                let packs = Self.files(site, ".pack").count
                #expect(packs <= 4, "round \(round): \(packs) packs")
                #expect(Self.files(site, ".idx").count == packs)
                #expect(Self.packBytes(site) <= 2 * liveBytes, "round \(round): \(Self.packBytes(site)) bytes for \(liveBytes)")
            }
            let firstPack = try #require(first)
            #expect(!FileManager.default.fileExists(atPath: firstPack.path), "the first build's pack, less than half used, copied")
            let last = CacheFolder(site: site)
            for name in current {
                #expect(last.read(.texts, Self.key(name)) == Self.bytes(name, count: textSize), "\(name)")
                #expect(last.read(.checks, Self.key(name)) == Array(Self.bytes(name, count: 10)))
            }
            // What no build uses any more is kept at most while its pack is mostly used.
            #expect(last.locations(of: .texts).count < 2 * 60, "\(last.locations(of: .texts).count) entries of texts")
        }
    }

    @Test func aCacheFolderThatCannotBeWrittenIsNoCache() throws {
        try Self.withSite { site in
            // As root no permission stops a write: a file where the packs' folder should be does.
            let packs = site.appendingPathComponent(".policygen-cache/packs")
            try FileManager.default.removeItem(at: packs)
            try Data().write(to: packs)
            #expect(!CacheFolder(site: site).prepare())
            let folder = CacheFolder(site: site)
            folder.write(.texts, Self.key("a"), [1])
            #expect(folder.read(.texts, Self.key("a")) == nil)
            folder.finish()
            folder.prune(keeping: [.texts: []])
            #expect(try Data(contentsOf: packs).isEmpty)
        }
    }

    @Test func theFolderKeepsItsCacheDirTag() throws {
        try Self.withSite { site in
            let tag = try String(contentsOf: site.appendingPathComponent(".policygen-cache/CACHEDIR.TAG"), encoding: .utf8)
            #expect(tag.hasPrefix("Signature: 8a477f597d28d172789f06886806bc55\n"))
        }
    }

    @Test func theFoldersOfEarlierPolicygensGoAtThePrune() throws {
        try Self.withSite { site in
            let old = site.appendingPathComponent(".policygen-cache/texts")
            try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
            try Data([1]).write(to: old.appendingPathComponent(Self.key("a").hex))
            let folder = CacheFolder(site: site)
            #expect(folder.read(.texts, Self.key("a")) == nil, "an entry of the old layout is not read")
            folder.prune(keeping: [.texts: [Self.key("a").hex]])
            #expect(!FileManager.default.fileExists(atPath: old.path))
        }
    }
}
