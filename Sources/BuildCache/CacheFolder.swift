import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `.policygen-cache/` in the site folder: what earlier builds computed, by key. Every entry
/// is a pure function of its key, so a stale or damaged entry is never wrong, only unused: an
/// entry that fails to read is a miss. Entries are written whole (a temporary file renamed),
/// so a killed build or two builds at once leave no torn file.
public struct CacheFolder: CacheStore {
    public static let name = ".policygen-cache"

    public let url: URL
    /// `url.path`, which a build names thousands of entries under: `URL.path` works its answer
    /// out on every call.
    private let root: String

    public init(site: URL) {
        url = site.appendingPathComponent(Self.name)
        root = url.path
    }

    /// Makes the folders; false when the cache cannot be written (a read-only site folder):
    /// the build then goes on without it.
    public func prepare() -> Bool {
        let manager = FileManager.default
        do {
            for kind in CacheKind.allCases {
                try manager.createDirectory(at: url.appendingPathComponent(kind.rawValue), withIntermediateDirectories: true)
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

    public func path(_ kind: CacheKind, _ key: CacheKey) -> String {
        root + "/" + kind.rawValue + "/" + key.hex
    }

    /// The entry's bytes, or nil when there is none.
    public func read(_ kind: CacheKind, _ key: CacheKey) -> [UInt8]? {
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
        let descriptor = open(path(kind, key), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return InputFile.bytes(from: descriptor, upTo: count)
    }

    /// Writes an entry whole; a failure only costs the next build the work.
    public func write(_ kind: CacheKind, _ key: CacheKey, _ bytes: [UInt8]) {
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

    /// Removes the entries of `kind` not in `used` (what edited or deleted texts left), and
    /// temporary files of killed builds.
    public func prune(_ kind: CacheKind, keeping used: Set<String>) {
        let folder = url.appendingPathComponent(kind.rawValue)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !used.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
