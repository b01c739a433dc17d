#if canImport(Glibc)
import Glibc
#endif

/// What a recycled site holds, told from the manifest of the build that made it rather than by
/// reading each of its folders: a site has a folder for nearly every page, and reading thousands
/// of folders (open, read, close) cost a rebuild several times what asking each folder's change
/// time costs (docs/performance.md). A folder whose change time is before the moment the site
/// was complete (`PageManifest.committedAt`) holds what the manifest says, with the same files
/// (inodes): adding, removing or renaming anything in a folder changes its time, which nobody
/// can set back. Any other folder, and the site's top folder (which the swap itself changes),
/// is read.
struct SiteListing {
    private let committedAt: Int
    /// Folder → the files and folders the manifest puts directly in it.
    private var children: [String: (files: [(name: String, inode: Int)], folders: [String])] = [:]

    /// A listing that vouches for no folder: every one is read.
    static let vouchingForNothing = SiteListing()

    private init() {
        committedAt = 0
    }

    /// nil when the manifest cannot stand for the site: it was not told when the site was
    /// complete, or it names a path that is not a plain one inside the site (a damaged cache
    /// entry must never name a file outside the folder, which the writer may remove).
    init?(_ manifest: PageManifest) {
        guard manifest.committedAt > 0 else { return nil }
        committedAt = manifest.committedAt
        var folders = Set<String>()
        for (path, entry) in manifest.entries {
            guard Self.isPlain(path) else { return nil }
            let (folder, name) = Self.split(path)
            children[folder, default: ([], [])].files.append((name, entry.file.inode))
            var current = folder
            while !current.isEmpty, folders.insert(current).inserted {
                let (parent, child) = Self.split(current)
                children[parent, default: ([], [])].folders.append(child)
                current = parent
            }
        }
    }

    /// The files and folders under `root` (relative to it, a folder before what it holds), and the
    /// inode of each file found where the manifest could be trusted (the rest were read, not
    /// stamped).
    func contents(of root: String) -> SiteContents {
        var found = SiteContents()
        // Each folder's time asked relative to the site's folder: the kernel walks only the
        // path inside the site, not the site's own path again each time.
        let rootFolder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if rootFolder >= 0 { close(rootFolder) } }
        read(root, rootFolder, relative: "", into: &found)
        return found
    }

    /// `folder` as the manifest lists it when it is unchanged since, else as it is.
    private func visit(_ root: String, _ rootFolder: Int32, _ folder: String, into found: inout SiteContents) {
        guard committedAt > 0 else {
            read(root, rootFolder, relative: folder, into: &found)
            return
        }
        var status = stat()
        let asked = rootFolder >= 0 ? fstatat(rootFolder, folder, &status, AT_SYMLINK_NOFOLLOW)
            : lstat(root + "/" + folder, &status)
        guard asked == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return }
        let changed = Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec)
        guard changed < committedAt, let listed = children[folder] else {
            read(root, rootFolder, relative: folder, into: &found)
            return
        }
        for file in listed.files {
            let path = folder + "/" + file.name
            found.files.append(path)
            found.inodes[path] = file.inode
        }
        for name in listed.folders {
            let child = folder + "/" + name
            found.folders.append(child)
            visit(root, rootFolder, child, into: &found)
        }
    }

    /// Reads `relative`'s entries; each folder in it is then visited.
    private func read(_ root: String, _ rootFolder: Int32, relative: String, into found: inout SiteContents) {
        let (files, folders) = StagingFolder.entries(of: relative.isEmpty ? root : root + "/" + relative)
        found.add(files: files, in: relative)
        for name in folders {
            let child = relative.isEmpty ? name : relative + "/" + name
            found.folders.append(child)
            visit(root, rootFolder, child, into: &found)
        }
    }

    /// Whether `path` is relative and names no `.`, `..` or empty part. Read byte by byte: it is
    /// asked of every file of the site.
    static func isPlain(_ path: String) -> Bool {
        var length = 0, dots = 0
        // A part that is empty, `.` or `..`.
        func isBad() -> Bool { length == 0 || (dots == length && length <= 2) }
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if isBad() { return false }
                (length, dots) = (0, 0)
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !isBad()
    }

    /// (`en/privacy`, `index.html`) of `en/privacy/index.html`; ("", name) at the top.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.utf8.index(after: slash)...]))
    }
}

/// The files and folders of a site (relative to its folder, a folder before what it holds).
struct SiteContents: Sendable {
    var files: [String] = []
    var folders: [String] = []
    /// Every file, with its inode where the site's manifest vouched for it, else 0.
    var inodes: [String: Int] = [:]

    init() {}

    /// Files read from the folder `relative`, their inodes not told.
    mutating func add(files names: [String], in relative: String) {
        for name in names {
            let path = relative.isEmpty ? name : relative + "/" + name
            files.append(path)
            inodes[path] = 0
        }
    }

    /// What the site at `root` holds, told by `listing` (the manifest it had as the output) where
    /// its folders are unchanged since, else read.
    init(of root: String, listing: PageManifest?) {
        self = (listing.flatMap(SiteListing.init) ?? .vouchingForNothing).contents(of: root)
    }
}
