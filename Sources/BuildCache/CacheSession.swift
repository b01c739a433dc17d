import Dispatch
import Synchronization

/// One build's use of the cache: the store it reads and writes, and which entries it used, so
/// that the rest can be removed when it succeeds. Every stage that keeps or reuses what it made
/// goes through the session: the texts, the checks' findings, the page manifest.
public final class CacheSession: Sendable {
    public let store: any CacheStore
    /// The site's cache folder when this build writes it; nil when nothing is written to disk
    /// (`policygen check`, `--no-cache`, a site folder that cannot be written).
    public let folder: CacheFolder?
    private let used = Mutex<[CacheKind: Set<String>]>([:])
    /// Entries being made on other threads (`write(_:_:later:)`), waited for before the cache is
    /// pruned or published.
    private let pending = DispatchGroup()

    private init(store: any CacheStore, folder: CacheFolder?) {
        self.store = store
        self.folder = folder
    }

    /// Reads and writes `folder`.
    public static func writing(_ folder: CacheFolder) -> CacheSession {
        CacheSession(store: folder, folder: folder)
    }

    /// Reads `folder` and writes nothing to it: what the build makes stays in memory
    /// (`policygen check`).
    public static func reading(_ folder: CacheFolder, scratchFolder: String? = nil) -> CacheSession {
        CacheSession(store: ReadOnlyCache(over: folder, scratchFolder: scratchFolder), folder: nil)
    }

    /// Nothing read from the site's cache or written to it: every entry is made by this build
    /// and kept until it ends (`--no-cache`), in a scratch file when one can be made
    /// (`ScratchCache`, in `scratchFolder` first), else in memory.
    public static func inMemory(scratchFolder: String? = nil) -> CacheSession {
        CacheSession(store: ScratchCache(in: scratchFolder) ?? MemoryCache(), folder: nil)
    }

    public func read(_ kind: CacheKind, _ key: CacheKey) -> [UInt8]? {
        used.withLock { _ = $0[kind, default: []].insert(key.hex) }
        return store.read(kind, key)
    }

    /// The entry's first `count` bytes (all of a shorter one), or nil when there is none.
    public func read(_ kind: CacheKind, _ key: CacheKey, first count: Int) -> [UInt8]? {
        used.withLock { _ = $0[kind, default: []].insert(key.hex) }
        return store.read(kind, key, first: count)
    }

    public func write(_ kind: CacheKind, _ key: CacheKey, _ bytes: [UInt8]) {
        used.withLock { _ = $0[kind, default: []].insert(key.hex) }
        store.write(kind, key, bytes)
    }

    /// Writes the entry `make` returns, made on another thread while the build goes on: for an
    /// entry only later builds read (the texts' fingerprints); nil writes nothing. The key counts
    /// as used at once.
    public func write(_ kind: CacheKind, _ key: CacheKey, later make: @escaping @Sendable () -> [UInt8]?) {
        used.withLock { _ = $0[kind, default: []].insert(key.hex) }
        pending.enter()
        DispatchQueue.global().async { [store, pending] in
            if let bytes = make() { store.write(kind, key, bytes) }
            pending.leave()
        }
    }

    /// Publishes what this build wrote, for the next builds; a build calls it whether it
    /// succeeded or not (what it rendered is right either way).
    public func finish() {
        pending.wait()
        store.finish()
    }

    /// Removes entries of texts, checks and fingerprints this build did not use: edited and
    /// deleted texts leave theirs behind, and without this the folder would grow with every
    /// edit. Publishes what this build wrote first.
    public func pruneUnused() {
        guard folder != nil else { return }
        pending.wait()
        let used = used.withLock { $0 }
        store.prune(keeping: Dictionary(uniqueKeysWithValues: [CacheKind.texts, .checks, .fingerprints].map { ($0, used[$0] ?? []) }))
    }
}
