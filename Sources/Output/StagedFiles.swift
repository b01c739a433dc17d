import BuildCache
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The staging folder's files, made with the system calls themselves: a site has thousands
/// of files and folders, and Foundation's URL and FileManager cost more than the writing.
extension StagingFolder {
    /// Makes `folders` (relative, each listed after its parent, as sorting them does).
    public func makeFolders(_ folders: [String]) throws {
        let root = path
        for folder in folders where !folder.isEmpty {
            guard mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST else { throw FileBytes.failure(root + "/" + folder) }
        }
    }

    /// In a recycled staging folder, removes every file not in `files` and every folder not in
    /// `folders`, so that only what this build writes (or links) remains; `found`: what it held.
    /// Returns the folders of `folders` that are there already.
    func removeAllBut(files: Set<String>, folders: Set<String>, found: SiteContents) -> Set<String> {
        guard isRecycled else { return [] }
        let root = path
        for file in found.files where !files.contains(file) { unlink(root + "/" + file) }
        // Deepest first, so that each folder is empty when its turn comes.
        for folder in found.folders.reversed() where !folders.contains(folder) { rmdir(root + "/" + folder) }
        return folders.intersection(found.folders)
    }

    /// The names of the files and of the folders in the folder at `path` (none when it cannot be read).
    static func entries(of path: String) -> (files: [String], folders: [String]) {
        guard let directory = opendir(path) else { return ([], []) }
        defer { closedir(directory) }
        var found = (files: [String](), folders: [String]())
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            var isFolder = Int32(entry.pointee.d_type) == DT_DIR
            if Int32(entry.pointee.d_type) == DT_UNKNOWN {
                var status = stat()
                isFolder = lstat(path + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { found.folders.append(name) } else { found.files.append(name) }
        }
        return found
    }

    /// Makes room for a file at `relativePath` in a recycled folder: the earlier site's file may
    /// be a link to the current output's, which must never be written through. The file is
    /// moved aside when it can be: deleting a file's last link frees its blocks (discarding
    /// them too, on a file system mounted with `discard`), about a millisecond a file here.
    public func clear(_ relativePath: String) {
        guard isRecycled else { return }
        let (folder, file) = stagingFolder.name(relativePath)
        // Each file is cleared once a build, so its path, flattened, is a unique name.
        if let replacedFiles {
            let flattened = String(decoding: relativePath.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: "|") : $0 },
                                   as: UTF8.self)
            let (aside, name) = replacedFiles.name(flattened)
            if renameat(folder, file, aside, name) == 0 { return }
        }
        unlinkat(folder, file, 0)
    }

    /// Writes one file of the site (`en/privacy/index.html`) into a folder that exists already.
    public func writeFile(_ bytes: [UInt8], to relativePath: String) throws {
        try FileBytes.write(bytes, toPath: path + "/" + relativePath)
    }

    /// The file system's time now (ns), as it stamps what changes: the change time of the staged
    /// site's marker, touched. A folder changed later has a change time at or after it, however
    /// coarse the file system's times and whatever clock it keeps (a network file system keeps
    /// its server's), which the local clock would not promise. 0 when it cannot be told.
    func fileSystemNow() -> Int {
        let marker = path + "/" + OutputFolder.marker
        var status = stat()
        guard utimensat(AT_FDCWD, marker, nil, 0) == 0, lstat(marker, &status) == 0 else { return 0 }
        return Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec)
    }

    /// Links the output's file at `relativePath` to the same place in the staging folder:
    /// the unchanged file joins the new site without being written again.
    public func linkFromOutput(_ relativePath: String) -> Bool {
        let (output, source) = outputFolder.name(relativePath)
        let (staging, target) = stagingFolder.name(relativePath)
        return linkat(output, source, staging, target, 0) == 0
    }

    /// The stamp of the output's file at `relativePath`.
    func outputStamp(_ relativePath: String) -> FileStamp? {
        let (folder, file) = outputFolder.name(relativePath)
        return FileStamp(folder, file)
    }

    /// The stamp of the staged file at `relativePath`.
    func stagedStamp(_ relativePath: String) -> FileStamp? {
        let (folder, file) = stagingFolder.name(relativePath)
        return FileStamp(folder, file)
    }
}

/// A folder open for as long as the writer is, its files named relative to it (`openat` and its
/// kin), so that the kernel does not walk the folder's own path again for each of thousands.
/// Where it cannot be opened (no output yet), its files are named by their whole paths.
final class OpenFolder: Sendable {
    let path: String
    private let descriptor: Int32

    init(_ path: String) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// (folder, path) naming the file at `relativePath` in this folder.
    func name(_ relativePath: String) -> (Int32, String) {
        descriptor >= 0 ? (descriptor, relativePath) : (AT_FDCWD, path + "/" + relativePath)
    }
}
