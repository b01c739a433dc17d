import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The entries of `.policygen-cache/packs/`: each build appends what it writes to a pack of its
/// own (`<name>.pack`, written with `pwrite` from any thread) and publishes it at its end with
/// an index (`<name>.idx`, written whole then renamed). A build reads the indexes of the
/// published packs once, at its first read, and each entry with one `pread`, checked against
/// the checksums the index holds: an entry that fails the check, or a pack shorter than its
/// index says, is a miss. `prune` removes packs with no used entry and copies the used entries
/// of the others into one new pack when they are mostly unused or too many, so the folder stays
/// in proportion to the site. docs/incremental-builds.md describes the format.
final class CachePacks: Sendable {
    let folder: String
    private let state = Mutex(State())

    /// At most this many packs are kept after a prune besides the largest: each rebuild adds
    /// a small pack, and the small ones are merged into one when there are more.
    static let smallPacksKept = 3
    /// A pack smaller than this is copied as soon as any of it is unused: copying it costs
    /// little, and the folder then holds exactly what the build used.
    static let smallPackSize: UInt64 = 1 << 20

    private struct Pack {
        let name: String
        let descriptor: Int32
        var size: UInt64
        /// Whether its index is on disk (a pack this build is still writing has none).
        var published: Bool
    }

    private struct Location {
        let pack: Int
        let entry: PackEntry
    }

    /// The pack this build is writing.
    private struct Writing {
        let pack: Int
        var entries: [(key: PackKey, entry: PackEntry)] = []
    }

    private struct State {
        var loaded = false
        var packs: [Pack] = []
        var index: [PackKey: Location] = [:]
        var writing: Writing?
        /// A pack could not be made (a folder that cannot be written): not tried again.
        var cannotWrite = false
    }

    init(folder: String) {
        self.folder = folder
    }

    deinit {
        state.withLock { Self.close(&$0) }
    }

    // MARK: Reading

    /// The entry's bytes, or its first `count` when given; nil for no entry or one that fails
    /// its checksum.
    func read(_ key: PackKey, first count: Int? = nil) -> [UInt8]? {
        let found: (Int32, PackEntry)? = state.withLock { state in
            load(&state)
            return state.index[key].map { (state.packs[$0.pack].descriptor, $0.entry) }
        }
        guard let (descriptor, entry) = found else { return nil }
        let length = Int(entry.length)
        if let count, count <= PackEntry.headSpan {
            let span = min(length, PackEntry.headSpan)
            guard let head = PackFile.read(descriptor, at: entry.offset, count: span),
                  PackChecksum.of(head) == entry.headSum else { return nil }
            return count >= span ? head : Array(head[..<count])
        }
        guard let bytes = PackFile.read(descriptor, at: entry.offset, count: length),
              PackChecksum.of(bytes) == entry.sum else { return nil }
        return count.map { $0 >= length ? bytes : Array(bytes[..<$0]) } ?? bytes
    }

    /// Where each entry of `kind` is (`pack@offset`): a test's way to tell an entry written
    /// again from one kept.
    func locations(of kind: UInt8) -> [PackKey: String] {
        state.withLock { state in
            load(&state)
            var found: [PackKey: String] = [:]
            for (key, location) in state.index where key.kind == kind {
                found[key] = "\(state.packs[location.pack].name)@\(location.entry.offset)"
            }
            return found
        }
    }

    /// Reads the published indexes, once: what other builds publish later is not seen.
    private func load(_ state: inout State) {
        guard !state.loaded else { return }
        state.loaded = true
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".idx") }.map { String($0.dropLast(4)) }.sorted()
        for name in names where !state.packs.contains(where: { $0.name == name }) {
            guard let bytes = PackFile.contents(path(name, "idx")), let index = PackIndex(decoding: bytes) else { continue }
            let descriptor = open(path(name, "pack"), O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            // A pack shorter than its index says was cut short: none of it is read.
            guard let size = PackFile.size(descriptor), size >= index.packSize else {
                Glibc.close(descriptor)
                continue
            }
            state.packs.append(Pack(name: name, descriptor: descriptor, size: index.packSize, published: true))
            for (key, entry) in index.entries where state.index[key] == nil {
                state.index[key] = Location(pack: state.packs.count - 1, entry: entry)
            }
        }
    }

    // MARK: Writing

    /// Appends an entry to this build's pack, made at the first write.
    func write(_ key: PackKey, _ bytes: [UInt8]) {
        let reserved: (pack: Int, descriptor: Int32, offset: UInt64)? = state.withLock { state in
            if state.writing == nil {
                guard !state.cannotWrite, let pack = createPack() else {
                    state.cannotWrite = true
                    return nil
                }
                state.packs.append(pack)
                state.writing = Writing(pack: state.packs.count - 1)
            }
            let pack = state.writing!.pack
            let offset = state.packs[pack].size
            state.packs[pack].size += UInt64(bytes.count)
            return (pack, state.packs[pack].descriptor, offset)
        }
        guard let reserved else { return }
        let entry = bytes.withUnsafeBytes { raw -> PackEntry? in
            guard PackFile.write(reserved.descriptor, raw, at: reserved.offset) else { return nil }
            return PackEntry(offset: reserved.offset, length: UInt64(raw.count),
                             headSum: PackChecksum.of(UnsafeRawBufferPointer(rebasing: raw[..<min(raw.count, PackEntry.headSpan)])),
                             sum: PackChecksum.of(raw))
        }
        guard let entry else { return }
        state.withLock { state in
            // Recorded once written whole: the index never names bytes still being written.
            state.index[key] = Location(pack: reserved.pack, entry: entry)
            if state.writing?.pack == reserved.pack { state.writing!.entries.append((key, entry)) }
        }
    }

    /// Publishes this build's pack (its index written, then renamed into place); the entries
    /// stay readable by this build either way.
    func finish() {
        state.withLock { state in
            guard let writing = state.writing else { return }
            state.writing = nil
            state.packs[writing.pack].published = publish(state.packs[writing.pack], entries: writing.entries)
        }
    }

    /// A new pack, locked by this build until it is published (or the build dies).
    private func createPack() -> Pack? {
        let name = PackFile.newName()
        let descriptor = open(path(name, "pack"), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            Glibc.close(descriptor)
            unlink(path(name, "pack"))
            return nil
        }
        return Pack(name: name, descriptor: descriptor, size: 0, published: false)
    }

    /// Writes the pack's index and releases the pack; false (and the pack removed) when the
    /// index cannot be written or there is nothing in it.
    private func publish(_ pack: Pack, entries: [(key: PackKey, entry: PackEntry)]) -> Bool {
        defer { flock(pack.descriptor, LOCK_UN) }
        guard !entries.isEmpty else {
            unlink(path(pack.name, "pack"))
            return false
        }
        var index = PackIndex()
        index.packSize = pack.size
        index.entries = entries
        let temporary = path(pack.name, "idx.tmp")
        do {
            try FileBytes.write(index.encoded(), toPath: temporary)
            guard rename(temporary, path(pack.name, "idx")) == 0 else { throw FileBytes.failure(temporary) }
            return true
        } catch {
            unlink(temporary)
            unlink(path(pack.name, "pack"))
            return false
        }
    }

    // MARK: Pruning

    /// Keeps the entries of the packed kinds in `used` (entries of kinds not in it are all
    /// kept), in the packs this build read or wrote; packs published since by other builds are
    /// left alone. An unused entry goes with its pack: when none of the pack is used, or when
    /// the pack is copied (less than half of it used, any of it unused in a small pack, or one
    /// pack too many); until then it stays, and is read as it is right for its key. The build's own pack is published first.
    func prune(keeping used: [UInt8: Set<PackKey>]) {
        finish()
        state.withLock { state in
            load(&state)
            var live = [[(key: PackKey, entry: PackEntry)]](repeating: [], count: state.packs.count)
            var liveBytes = [UInt64](repeating: 0, count: state.packs.count)
            for (key, location) in state.index where used[key.kind]?.contains(key) ?? true {
                live[location.pack].append((key, location.entry))
                liveBytes[location.pack] += location.entry.length
            }
            let published = state.packs.indices.filter { state.packs[$0].published }
            let unused = published.filter { live[$0].isEmpty }
            let kept = published.filter { !live[$0].isEmpty }
            // Mostly unused packs are copied into a new one; so are all but the largest when
            // there would be too many packs.
            var copied = Set(kept.filter { pack in
                let size = state.packs[pack].size
                return liveBytes[pack] * 2 < size || (liveBytes[pack] < size && size < Self.smallPackSize)
            })
            let largestFirst = kept.filter { !copied.contains($0) }.sorted { liveBytes[$0] > liveBytes[$1] }
            if largestFirst.count + (copied.isEmpty ? 0 : 1) > Self.smallPacksKept + 1 {
                copied.formUnion(largestFirst.dropFirst())
            }
            var removed = unused
            if !copied.isEmpty, copy(copied.sorted().map { (state.packs[$0].descriptor, live[$0]) }) {
                removed += copied
            }
            for pack in removed { remove(state.packs[pack].name) }
            removeAbandoned(besides: Set(state.packs.map(\.name)))
            Self.close(&state)
        }
    }

    /// Writes `entries` (read from their packs, each checked) into a new published pack.
    private func copy(_ sources: [(descriptor: Int32, entries: [(key: PackKey, entry: PackEntry)])]) -> Bool {
        guard var pack = createPack() else { return false }
        defer { Glibc.close(pack.descriptor) }
        var copied: [(key: PackKey, entry: PackEntry)] = []
        for (descriptor, entries) in sources {
            for (key, entry) in entries.sorted(by: { $0.entry.offset < $1.entry.offset }) {
                guard let bytes = PackFile.read(descriptor, at: entry.offset, count: Int(entry.length)),
                      PackChecksum.of(bytes) == entry.sum else { continue }
                let moved = PackEntry(offset: pack.size, length: entry.length, headSum: entry.headSum, sum: entry.sum)
                guard bytes.withUnsafeBytes({ PackFile.write(pack.descriptor, $0, at: pack.size) }) else {
                    flock(pack.descriptor, LOCK_UN)
                    unlink(path(pack.name, "pack"))
                    return false
                }
                pack.size += entry.length
                copied.append((key, moved))
            }
        }
        return publish(pack, entries: copied)
    }

    /// The index first: a pack without one is never read.
    private func remove(_ name: String) {
        unlink(path(name, "idx"))
        unlink(path(name, "pack"))
    }

    /// Removes what killed builds left: packs without an index whose writer is gone, their
    /// half-written indexes, and indexes whose pack is gone.
    private func removeAbandoned(besides known: Set<String>) {
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        for name in names {
            if name.hasSuffix(".pack") {
                let pack = String(name.dropLast(5))
                guard !known.contains(pack), !names.contains(pack + ".idx"), PackFile.isAbandoned(path(pack, "pack")),
                      access(path(pack, "idx"), F_OK) != 0 else { continue }
                unlink(path(pack, "pack"))
                unlink(path(pack, "idx.tmp"))
            } else if name.hasSuffix(".idx"), !names.contains(String(name.dropLast(4)) + ".pack") {
                unlink(folder + "/" + name)
            }
        }
    }

    /// Closes every pack: the next read loads the indexes again.
    private static func close(_ state: inout State) {
        for pack in state.packs { Glibc.close(pack.descriptor) }
        state = State()
    }

    private func path(_ name: String, _ suffix: String) -> String {
        folder + "/" + name + "." + suffix
    }
}
