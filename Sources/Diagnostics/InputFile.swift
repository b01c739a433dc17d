import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading the user's files: never through a symbolic link, regular files only,
/// at most 10 MiB, decoded by `SourceText`.
public enum InputFile {
    public static let maximumSize = 10 * 1024 * 1024

    /// Names policygen never reads, in content/ or themes/: dot-files (`.DS_Store`, `.git`) and
    /// editor leftovers (`x~`, `.x.swp`, `#x#`).
    public static func isIgnoredName(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swo")
            || (name.hasPrefix("#") && name.hasSuffix("#"))
    }

    public enum Kind: Sendable, Equatable {
        case regular(size: Int)
        case directory
        case symbolicLink
        case other
        case missing
    }

    /// What is at `path`, without following a symbolic link. `lstat` itself: FileManager's
    /// attributes also look up the owner's and group's names (reading /etc/passwd and
    /// /etc/group) and the extended attributes, for every one of thousands of files.
    public static func kind(atPath path: String) -> Kind {
        kindAndStamp(atPath: path).0
    }

    /// What is at `path`, and a regular file's stamp (the same as `read` takes on the open
    /// file), from one `lstat`.
    public static func kindAndStamp(atPath path: String) -> (Kind, FileStamp?) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return (.missing, nil) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return (.regular(size: Int(status.st_size)), FileStamp(status))
        case S_IFDIR: return (.directory, nil)
        case S_IFLNK: return (.symbolicLink, nil)
        default: return (.other, nil)
        }
    }

    public struct Contents: Sendable {
        /// The raw bytes (hashes are always of these).
        public var bytes: [UInt8]
        /// The bytes checked, with no BOM and LF line breaks, to be read as text.
        public var source: CheckedText
        /// The decoded text.
        public var text: String { source.text() }
        /// The file's stamp, taken on the descriptor its bytes were read from, before reading.
        public var stamp: FileStamp?
    }

    /// The bytes of the regular file at `path`, checked on the open descriptor itself, so a file
    /// swapped for a link or a FIFO after `kind(atPath:)` is never followed nor waited on.
    private static func readRegularFile(_ path: String) -> (bytes: [UInt8], stamp: FileStamp)? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
              status.st_size <= maximumSize else { return nil }
        // Read straight into an array of the file's size, one byte more to see its end; a file
        // that grew meanwhile is read on, to the limit.
        let stamp = FileStamp(status)
        guard var bytes = bytes(from: descriptor, upTo: Int(status.st_size) + 1) else { return nil }
        if bytes.count <= Int(status.st_size) { return (bytes, stamp) }
        while bytes.count <= maximumSize {
            guard let more = self.bytes(from: descriptor, upTo: 1 << 16) else { return nil }
            if more.isEmpty { return (bytes, stamp) }
            bytes += more
        }
        return nil
    }

    /// Up to `count` bytes read from `descriptor` into an array made for them, fewer only at
    /// the end of the file; nil when reading fails.
    public static func bytes(from descriptor: Int32, upTo count: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            while initialized < count {
                let read = Glibc.read(descriptor, buffer.baseAddress! + initialized, count - initialized)
                if read < 0 { if errno == EINTR { continue }; failed = true; return }
                if read == 0 { return }
                initialized += read
            }
        }
        return failed ? nil : bytes
    }

    /// Reads and decodes the text file at `url`; `path` names it in diagnostics.
    public static func read(_ url: URL, path: String) -> Result<Contents, Diagnostic> {
        readStamped(url, path: path).flatMap { read in
            SourceText.checked(read.bytes, path: path).map { Contents(bytes: read.bytes, source: $0, stamp: read.stamp) }
        }
    }

    /// The bytes of the file at `url` (a theme's image, say), with every rule of `read` but the decoding.
    public static func readBytes(_ url: URL, path: String) -> Result<[UInt8], Diagnostic> {
        readStamped(url, path: path).map(\.bytes)
    }

    private static func readStamped(_ url: URL, path: String) -> Result<(bytes: [UInt8], stamp: FileStamp), Diagnostic> {
        switch kind(atPath: url.path) {
        case .symbolicLink:
            return .failure(.error(.symbolicLink, at: SourceLocation(path: path),
                                   "symbolic links are not followed", hint: "replace the link with the file itself"))
        case .directory, .other:
            return .failure(.error(.notARegularFile, at: SourceLocation(path: path),
                                   "expected a regular file here"))
        case .missing:
            return .failure(.error(.unreadableFile, at: SourceLocation(path: path), "the file does not exist"))
        case .regular(let size) where size > maximumSize:
            return .failure(.error(.fileTooLarge, at: SourceLocation(path: path),
                                   "the file is \(size) bytes; the limit is 10 MiB"))
        case .regular:
            break
        }
        guard let read = readRegularFile(url.path) else {
            return .failure(.error(.unreadableFile, at: SourceLocation(path: path),
                                   "the file cannot be read (or was replaced by a link or a special file)"))
        }
        return .success(read)
    }
}
