import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Cache entries of a build that keeps nothing (`--no-cache`, `policygen check`), held in a
/// temporary file that is unlinked as soon as it is open: it has no name, nothing else can
/// read it, and the system frees it when the process ends, however it ends. The build reads
/// back what it wrote, as from the site's cache, while its memory holds only where each entry
/// is; kept in memory, the rendered texts of L took the build to the 256 MiB bound.
public final class ScratchCache: CacheStore {
    private let descriptor: Int32
    private struct Place {
        var offset: UInt64
        var count: Int
    }
    private struct State {
        var end: UInt64 = 0
        var places: [CacheKind: [String: Place]] = [:]
    }
    private let state = Mutex(State())

    /// A scratch file in `folder` (the site's, on the disk the site is on), else in the
    /// system's temporary folder (`TMPDIR`, which may be memory: a tmpfs); nil when neither
    /// can hold one, and the caller then keeps entries in memory.
    public init?(in folder: String? = nil) {
        let temporary = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        guard let descriptor = ([folder, temporary].compactMap { $0 }).lazy.compactMap(Self.unlinkedFile).first else {
            return nil
        }
        self.descriptor = descriptor
    }

    /// A new file in `folder`, open for reading and writing, and already without a name.
    private static func unlinkedFile(in folder: String) -> Int32? {
        var template = Array((folder + "/.policygen-scratch.XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }

    deinit {
        close(descriptor)
    }

    public func read(_ kind: CacheKind, _ key: CacheKey) -> [UInt8]? {
        guard let place = state.withLock({ $0.places[kind]?[key.hex] }) else { return nil }
        return PackFile.read(descriptor, at: place.offset, count: place.count)
    }

    public func read(_ kind: CacheKind, _ key: CacheKey, first count: Int) -> [UInt8]? {
        guard let place = state.withLock({ $0.places[kind]?[key.hex] }) else { return nil }
        return PackFile.read(descriptor, at: place.offset, count: min(count, place.count))
    }

    /// Appends the entry; it can be read once it is whole. An entry the disk refuses is a miss.
    public func write(_ kind: CacheKind, _ key: CacheKey, _ bytes: [UInt8]) {
        let offset = state.withLock { state in
            defer { state.end += UInt64(bytes.count) }
            return state.end
        }
        guard bytes.withUnsafeBytes({ PackFile.write(descriptor, $0, at: offset) }) else { return }
        state.withLock { $0.places[kind, default: [:]][key.hex] = Place(offset: offset, count: bytes.count) }
    }

    public func finish() {}

    /// Forgets the entries not used; their bytes stay in the file until the process ends.
    public func prune(keeping used: [CacheKind: Set<String>]) {
        state.withLock { state in
            for (kind, keys) in used {
                state.places[kind] = state.places[kind]?.filter { keys.contains($0.key) }
            }
        }
    }
}
