import Foundation
import Synchronization

/// One build's use of the cache: what it reads, what it may write, and which entries it used,
/// so that the rest can be removed when it succeeds. A disabled session (`--no-cache`, or a
/// site folder that cannot be written) reads and writes nothing.
public final class CacheSession: Sendable {
    public let folder: CacheFolder?
    /// false for `policygen check`, which writes nothing.
    public let writes: Bool
    private let used = Mutex<[CacheFolder.Kind: Set<String>]>([:])

    public init(folder: CacheFolder?, writes: Bool) {
        self.folder = folder
        self.writes = writes
    }

    public static let disabled = CacheSession(folder: nil, writes: false)

    public func read(_ kind: CacheFolder.Kind, _ key: CacheKey) -> [UInt8]? {
        guard let folder else { return nil }
        used.withLock { _ = $0[kind, default: []].insert(key.hex) }
        return folder.read(kind, key)
    }

    /// The entry's first `count` bytes (all of a shorter one), or nil when there is none.
    public func read(_ kind: CacheFolder.Kind, _ key: CacheKey, first count: Int) -> [UInt8]? {
        guard let folder else { return nil }
        used.withLock { _ = $0[kind, default: []].insert(key.hex) }
        return folder.read(kind, key, first: count)
    }

    public func write(_ kind: CacheFolder.Kind, _ key: CacheKey, _ bytes: [UInt8]) {
        guard let folder, writes else { return }
        used.withLock { _ = $0[kind, default: []].insert(key.hex) }
        folder.write(kind, key, bytes)
    }

    /// Removes entries of texts and checks this build did not use: edited and deleted texts leave
    /// theirs behind, and without this the folder would grow with every edit.
    public func pruneUnused() {
        guard let folder, writes else { return }
        let used = used.withLock { $0 }
        for kind in [CacheFolder.Kind.texts, .checks] {
            folder.prune(kind, keeping: used[kind] ?? [])
        }
        // A manifest stays while its output folder exists (`serve` makes one per session).
        let manifests = folder.url.appendingPathComponent(CacheFolder.Kind.pages.rawValue)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: manifests.path)) ?? [] {
            let file = manifests.appendingPathComponent(name)
            let output = (try? Data(contentsOf: file)).flatMap { PageManifest.output(of: [UInt8]($0)) }
            if output.map({ !FileManager.default.fileExists(atPath: $0) }) ?? true {
                try? FileManager.default.removeItem(at: file)
            }
        }
    }
}
