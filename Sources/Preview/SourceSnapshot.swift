import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the site's inputs look like on disk: `policygen.yaml`, `content/` and `themes/`,
/// every entry with its size, modification time and inode. Two snapshots differ when any
/// file was written, added, removed or replaced (an editor's save by rename gives a new
/// inode). Names that the build ignores (dot-files, `*~`, `*.swp`) are left out, so an
/// editor's swap file does not start a build.
struct SourceSnapshot: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var path: String
        var kind: mode_t
        var size: off_t
        var modified: Int
        var inode: ino_t
    }

    static let watched = ["policygen.yaml", "content", "themes"]

    private(set) var entries: [Entry] = []

    init(of source: URL) {
        for name in Self.watched { add(source.path + "/" + name, as: name) }
    }

    private mutating func add(_ path: String, as relative: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        let kind = status.st_mode & S_IFMT
        // A folder's own size and time change with any name in it, an ignored one too; what
        // matters of a folder is the entries listed below it.
        let isFolder = kind == S_IFDIR
        let modified = isFolder ? 0 : Int(time.tv_sec) &* 1_000_000_000 &+ Int(time.tv_nsec)
        entries.append(Entry(path: relative, kind: kind, size: isFolder ? 0 : status.st_size,
                             modified: modified, inode: status.st_ino))
        // Links are not followed: the build refuses them, and reports them as they are.
        guard isFolder else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names.sorted() where !Self.isIgnored(name) {
            add(path + "/" + name, as: relative + "/" + name)
        }
    }

    private static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp")
    }
}
