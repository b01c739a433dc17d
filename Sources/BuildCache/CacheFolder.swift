import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `.policygen-cache/` in the site folder: what earlier builds computed, by key. Every entry
/// is a pure function of its key, so a stale or damaged entry is never wrong, only unused: an
/// entry that fails to read is a miss. Texts and checks, thousands a build, are kept in packs
/// (`packs/`, `CachePacks`): one file a build rather than one a entry, published whole at its
/// end. The page manifests (one per output folder) and the fingerprints (one for the site) are
/// files of their own, each written to a temporary file and renamed. Either way a killed build
/// or two builds at once leave nothing torn that is read.
public struct CacheFolder: CacheStore {
    public static let name = ".policygen-cache"

    public let url: URL
    /// `url.path`, which a build names entries under: `URL.path` works its answer out on every
    /// call.
    private let root: String
    private let packs: CachePacks

    public init(site: URL) {
        url = site.appendingPathComponent(Self.name)
        root = url.path
        packs = CachePacks(folder: root + "/packs")
    }

    /// The folders of each kind's entries.
    private static let folders = ["packs"] + CacheKind.allCases.filter { PackedKinds.code(of: $0) == nil }.map(\.rawValue)

    /// Makes the folders; false when the cache cannot be written (a read-only site folder):
    /// the build then goes on without it.
    public func prepare() -> Bool {
        let manager = FileManager.default
        do {
            for folder in Self.folders {
                try manager.createDirectory(at: url.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let tag = url.appendingPathComponent("CACHEDIR.TAG")
            if !manager.fileExists(atPath: tag.path) {
                // The standard tag (bford.info/cachedir): backup tools skip the folder.
                try Data("""
                    Signature: 8a477f597d28d172789f06886806bc55
                    # policygen's build cache: safe to delete; the next build is then a full one.

                    """.utf8).write(to: tag, options: .atomic)
            }
            return true
        } catch {
            return false
        }
    }

    /// The file of an entry of a kind kept in files (the page manifests, the fingerprints).
    public func path(_ kind: CacheKind, _ key: CacheKey) -> String {
        root + "/" + kind.rawValue + "/" + key.hex
    }

    /// The entry's bytes, or nil when there is none.
    public func read(_ kind: CacheKind, _ key: CacheKey) -> [UInt8]? {
        if PackedKinds.code(of: kind) != nil { return PackKey(kind, key).flatMap { packs.read($0) } }
        let descriptor = open(path(kind, key), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // One byte more than the size, to see the end (an entry is replaced whole, never grown).
        guard let bytes = InputFile.bytes(from: descriptor, upTo: Int(status.st_size) + 1),
              bytes.count == Int(status.st_size) else { return nil }
        return bytes
    }

    /// The entry's first `count` bytes (all of a shorter one), or nil when there is none: what
    /// a build needs of most entries is their head.
    public func read(_ kind: CacheKind, _ key: CacheKey, first count: Int) -> [UInt8]? {
        if PackedKinds.code(of: kind) != nil { return PackKey(kind, key).flatMap { packs.read($0, first: count) } }
        let descriptor = open(path(kind, key), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return InputFile.bytes(from: descriptor, upTo: count)
    }

    /// Writes an entry whole; a failure only costs the next build the work.
    public func write(_ kind: CacheKind, _ key: CacheKey, _ bytes: [UInt8]) {
        if PackedKinds.code(of: kind) != nil {
            if let packed = PackKey(kind, key) { packs.write(packed, bytes) }
            return
        }
        let final = path(kind, key)
        let temporary = root + "/" + kind.rawValue + "/.\(key.hex).\(getpid()).\(UInt64.random(in: 0 ... .max))"
        do {
            try FileBytes.write(bytes, toPath: temporary)
            guard rename(temporary, final) == 0 else {
                unlink(temporary)
                return
            }
        } catch {
            unlink(temporary)
        }
    }

    /// Publishes this build's pack.
    public func finish() {
        packs.finish()
    }

    /// Removes the entries not in `used` (what edited or deleted texts left): the packs'
    /// through `CachePacks.prune`, the files' (and temporary files of killed builds) one by one.
    public func prune(keeping used: [CacheKind: Set<String>]) {
        var packed: [UInt8: Set<PackKey>] = [:]
        for (kind, keys) in used {
            if let code = PackedKinds.code(of: kind) {
                packed[code] = Set(keys.compactMap { PackKey(kind, CacheKey(hex: $0)) })
            } else {
                let folder = url.appendingPathComponent(kind.rawValue)
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !keys.contains(name) {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                }
            }
        }
        packs.prune(keeping: packed)
        // The folders earlier policygens kept these kinds in, an entry a file.
        for kind in PackedKinds.all where used[kind] != nil {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(kind.rawValue))
        }
    }

    /// Where each packed entry of `kind` is, by key (hex): `pack@offset`. Tests tell with it an
    /// entry written again from one kept.
    public func locations(of kind: CacheKind) -> [String: String] {
        guard let code = PackedKinds.code(of: kind) else { return [:] }
        var found: [String: String] = [:]
        for (key, location) in packs.locations(of: code) { found[key.hex] = location }
        return found
    }
}
