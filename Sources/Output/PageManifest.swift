import BuildCache
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// For one output folder: the key that made each of its files, and the file as it was written
/// (size, time, inode). A later build whose key for a path is the same, and finds the file
/// unchanged, links it into the new site instead of making it again. It lists every file the
/// build put in the site but the marker (a theme asset, made again every time, with no key),
/// and when the site was swapped in: once the site is replaced and recycled, the listing stands
/// for the folders nobody changed since (`StagingFolder.removeAllBut`).
public struct PageManifest: Sendable {
    public struct Entry: Sendable, Equatable {
        /// nil: made again by every build (a theme asset).
        public var key: CacheKey?
        public var file: FileStamp

        public init(key: CacheKey?, file: FileStamp) {
            self.key = key
            self.file = file
        }
    }

    /// The output folder it describes, resolved.
    public let output: String
    public private(set) var entries: [String: Entry] = [:]
    /// The file system's time (ns) when the site was complete, before it was swapped in
    /// (`StagingFolder.fileSystemNow`): a folder of the site changed after that has a change
    /// time at or after it (`SiteListing`); 0: unknown.
    public var committedAt = 0

    public init(output: String, entries: [String: Entry] = [:]) {
        self.output = output
        self.entries = entries
    }


    public subscript(path: String) -> Entry? {
        get { entries[path] }
        set { entries[path] = newValue }
    }

    /// The manifest's key in the cache: one per output folder.
    public static func key(output: String) -> CacheKey {
        var builder = CacheKey.Builder("page manifest")
        builder.add(output)
        return builder.finish()
    }

    public func encoded() -> [UInt8] {
        var writer = CacheWriter()
        writer.write(Self.magic)
        writer.write(ToolIdentity.current)
        writer.write(output)
        writer.write(committedAt)
        writer.write(entries.sorted { $0.key < $1.key }) { writer, item in
            writer.write(item.key)
            writer.write(item.value.key?.hex ?? "")
            writer.write(item.value.file.size)
            writer.write(item.value.file.seconds)
            writer.write(item.value.file.nanoseconds)
            writer.write(item.value.file.inode)
        }
        return writer.bytes
    }

    /// nil when the bytes are not a manifest of `output` by this policygen; `output` nil: of
    /// whichever folder the site was the output of (a discarded site's, kept as it was).
    public init?(_ bytes: [UInt8], output: String?) {
        var reader = CacheReader(bytes)
        do {
            let written = try Self.readOutput(&reader)
            guard output == nil || written == output else { return nil }
            self.output = written
            committedAt = try reader.int()
            let items = try reader.array { reader in
                (try reader.string(), Entry(key: Self.key(hex: try reader.string()),
                                            file: FileStamp(size: try reader.int(), seconds: try reader.int(),
                                                            nanoseconds: try reader.int(), inode: try reader.int())))
            }
            try reader.finish()
            entries = Dictionary(items, uniquingKeysWith: { $1 })
        } catch {
            return nil
        }
    }

    /// Removes the manifests of `cache` whose output folder is gone (a manifest stays while its
    /// output folder exists: `serve` makes one per session), and those of discarded sites but
    /// `discarded`'s (kept under the key of the folder the site was discarded into).
    static func removeOrphans(in cache: CacheFolder, keeping discarded: CacheKey?) {
        let manifests = cache.url.appendingPathComponent(CacheKind.pages.rawValue)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: manifests.path)) ?? [] {
            let file = manifests.appendingPathComponent(name)
            let output = (try? Data(contentsOf: file)).flatMap { Self.output(of: [UInt8]($0)) }
            let isOutputs = output.map { name == key(output: $0).hex } ?? false
            let stays = isOutputs ? FileManager.default.fileExists(atPath: output!) : name == discarded?.hex
            if !stays { try? FileManager.default.removeItem(at: file) }
        }
    }

    /// The output folder a manifest describes, read from its start; nil when it is not a
    /// manifest of this policygen.
    static func output(of bytes: [UInt8]) -> String? {
        var reader = CacheReader(bytes)
        return try? readOutput(&reader)
    }

    /// The manifest's head: its format, the policygen that wrote it, and its output folder.
    private static func readOutput(_ reader: inout CacheReader) throws -> String {
        try reader.expect(magic)
        try reader.expect(ToolIdentity.current)
        return try reader.string()
    }

    private static func key(hex: String) -> CacheKey? {
        hex.isEmpty ? nil : CacheKey(hex: hex)
    }

    private static let magic = "policygen page manifest 2"
}

/// What identifies a file's content without reading it, as `make` and git's index do.
public struct FileStamp: Sendable, Equatable {
    public var size: Int
    public var seconds: Int
    public var nanoseconds: Int
    public var inode: Int

    /// The stamp of the regular file at `path` (not following a symbolic link); nil otherwise.
    public init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int(status.st_size)
        seconds = Int(status.st_mtim.tv_sec)
        nanoseconds = Int(status.st_mtim.tv_nsec)
        inode = Int(truncatingIfNeeded: status.st_ino)
    }

    /// The stamp of the regular file at `path` in the open `folder` (not following a symbolic link).
    init?(_ folder: Int32, _ path: String) {
        var status = stat()
        guard fstatat(folder, path, &status, AT_SYMLINK_NOFOLLOW) == 0, (status.st_mode & S_IFMT) == S_IFREG
        else { return nil }
        size = Int(status.st_size)
        seconds = Int(status.st_mtim.tv_sec)
        nanoseconds = Int(status.st_mtim.tv_nsec)
        inode = Int(truncatingIfNeeded: status.st_ino)
    }

    init(size: Int, seconds: Int, nanoseconds: Int, inode: Int) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.inode = inode
    }
}
