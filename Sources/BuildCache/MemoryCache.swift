import Synchronization

/// Cache entries held in memory, for a build that neither reads nor writes `.policygen-cache/`
/// (`--no-cache`, a site folder that cannot be written) and for what `policygen check` makes
/// without writing it. Entries are kept as their encoded bytes, a fraction of the memory the
/// decoded values take.
public final class MemoryCache: CacheStore {
    private let entries = Mutex<[CacheKind: [String: [UInt8]]]>([:])

    public init() {}

    public func read(_ kind: CacheKind, _ key: CacheKey) -> [UInt8]? {
        entries.withLock { $0[kind]?[key.hex] }
    }

    public func read(_ kind: CacheKind, _ key: CacheKey, first count: Int) -> [UInt8]? {
        entries.withLock { $0[kind]?[key.hex].map { Array($0.prefix(count)) } }
    }

    public func write(_ kind: CacheKind, _ key: CacheKey, _ bytes: [UInt8]) {
        let kept = Self.compact(bytes)
        // The bytes replaced, if any, are freed once the lock is released.
        let replaced = entries.withLock { $0[kind, default: [:]].updateValue(kept, forKey: key.hex) }
        withExtendedLifetime(replaced) {}
    }

    public func finish() {}

    /// The bytes in storage of their own size: an entry is written by appending, and an array
    /// grown that way holds up to twice what it uses, which a build keeping every text's entry
    /// in memory would hold to its end.
    static func compact(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.capacity - bytes.count > bytes.count / 16 else { return bytes }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { storage, count in
            _ = storage.initialize(from: bytes)
            count = bytes.count
        }
    }

    public func prune(keeping used: [CacheKind: Set<String>]) {
        entries.withLock { entries in
            for (kind, keys) in used {
                entries[kind] = entries[kind]?.filter { keys.contains($0.key) }
            }
        }
    }
}

/// Entries read from a store that is not written (`policygen check` reads the site's cache),
/// with what is written kept in memory above it.
public struct ReadOnlyCache: CacheStore {
    public let base: any CacheStore
    private let written: any CacheStore

    /// What is written goes to a scratch file (in `scratchFolder` first), else to memory.
    public init(over base: any CacheStore, scratchFolder: String? = nil) {
        self.base = base
        written = ScratchCache(in: scratchFolder) ?? MemoryCache()
    }

    public func read(_ kind: CacheKind, _ key: CacheKey) -> [UInt8]? {
        written.read(kind, key) ?? base.read(kind, key)
    }

    public func read(_ kind: CacheKind, _ key: CacheKey, first count: Int) -> [UInt8]? {
        written.read(kind, key, first: count) ?? base.read(kind, key, first: count)
    }

    public func write(_ kind: CacheKind, _ key: CacheKey, _ bytes: [UInt8]) {
        written.write(kind, key, bytes)
    }

    /// Nothing of the base is published or removed.
    public func finish() {}

    public func prune(keeping used: [CacheKind: Set<String>]) {
        written.prune(keeping: used)
    }
}
