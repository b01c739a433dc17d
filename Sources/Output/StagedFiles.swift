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
        let (folder, file) = folders.staging(relativePath, under: path)
        // Each file is cleared once a build, so its path, flattened, is a unique name.
        if let replacedFilesPath {
            let flattened = String(decoding: relativePath.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: "|") : $0 },
                                   as: UTF8.self)
            if renameat(folder, file, AT_FDCWD, replacedFilesPath + "/" + flattened) == 0 { return }
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
        let (output, source) = folders.output(relativePath, under: destinationPath)
        let (staging, target) = folders.staging(relativePath, under: path)
        return linkat(output, source, staging, target, 0) == 0
    }

    /// The stamp of the output's file at `relativePath`.
    func outputStamp(_ relativePath: String) -> FileStamp? {
        let (folder, file) = folders.output(relativePath, under: destinationPath)
        return FileStamp(folder, file)
    }

    /// The stamp of the staged file at `relativePath`.
    func stagedStamp(_ relativePath: String) -> FileStamp? {
        let (folder, file) = folders.staging(relativePath, under: path)
        return FileStamp(folder, file)
    }
}

/// The staging folder and the output folder, open for as long as the writer is: each file is
/// named relative to them (`openat` and its kin). Where one cannot be opened (no output yet),
/// its files are named by their whole paths.
final class OpenFolders: Sendable {
    private let stagingFolder: Int32
    private let outputFolder: Int32

    init(staging: String, output: String) {
        stagingFolder = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        outputFolder = open(output, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if stagingFolder >= 0 { close(stagingFolder) }
        if outputFolder >= 0 { close(outputFolder) }
    }

    /// (folder, path) naming the staged file at `relativePath`; `root`: the staging folder's path.
    func staging(_ relativePath: String, under root: String) -> (Int32, String) {
        stagingFolder >= 0 ? (stagingFolder, relativePath) : (AT_FDCWD, root + "/" + relativePath)
    }

    /// (folder, path) naming the output's file at `relativePath`; `root`: the output's path.
    func output(_ relativePath: String, under root: String) -> (Int32, String) {
        outputFolder >= 0 ? (outputFolder, relativePath) : (AT_FDCWD, root + "/" + relativePath)
    }
}
