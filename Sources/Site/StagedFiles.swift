import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The staging folder's files, made with the system calls themselves: a site has thousands
/// of files and folders, and Foundation's URL and FileManager cost more than the writing.
extension StagingFolder {
    /// Makes `folders` (relative, each listed after its parent, as sorting them does).
    func makeFolders(_ folders: [String]) throws {
        let root = url.path
        for folder in folders where !folder.isEmpty {
            guard mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST else { throw Self.failure(root + "/" + folder) }
        }
    }

    /// Writes one file of the site (`en/privacy/index.html`) into a folder that exists already.
    func writeFile(_ bytes: [UInt8], to relativePath: String) throws {
        let path = url.path + "/" + relativePath
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure(path) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw Self.failure(path) }
                done += count
            }
        }
    }

    /// Links the output's file at `relativePath` to the same place in the staging folder:
    /// the unchanged file joins the new site without being written again.
    func linkFromOutput(_ relativePath: String) -> Bool {
        link(destination.path + "/" + relativePath, url.path + "/" + relativePath) == 0
    }

    private static func failure(_ path: String) -> any Error {
        let code = errno
        return NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [
            NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))",
        ])
    }
}
