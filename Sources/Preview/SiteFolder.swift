import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A built site on disk, as the preview serves it: a `ServedPath` becomes a file only if,
/// with every symbolic link resolved, it still lies inside the folder.
struct SiteFolder: Sendable {
    enum Lookup: Equatable {
        /// A regular file inside the site (its real path).
        case file(URL)
        /// A folder asked for without its trailing slash: the browser is sent to `path/`,
        /// so the site's relative links resolve from inside it.
        case folder
        case missing
    }

    /// The folder's real path (symbolic links resolved), which every file must lie under.
    let root: String

    /// nil when `folder` does not exist.
    init?(_ folder: URL) {
        guard let root = Self.realPath(folder.path) else { return nil }
        self.root = root
    }

    func lookup(_ path: ServedPath) -> Lookup {
        let candidate = path.relativeFile.isEmpty ? root : root + "/" + path.relativeFile
        guard let real = Self.realPath(candidate), real.hasPrefix(root + "/") else { return .missing }
        var status = stat()
        guard stat(real, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file(URL(fileURLWithPath: real, isDirectory: false))
        case S_IFDIR where !path.namesFolder: return .folder
        default: return .missing
        }
    }

    /// realpath(3): every link and `.`/`..` resolved; nil when the path does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
