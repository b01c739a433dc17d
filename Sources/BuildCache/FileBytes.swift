import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing a whole file with the system calls alone. Foundation's `Data.write` flushes every
/// file to the disk (`fsync`), which for a build's thousands of pages and cache entries costs
/// more than the writing; a killed build is safe without it (nothing half-written is ever
/// published or read), and only a power failure could leave a file empty.
public enum FileBytes {
    /// Creates or truncates the file at `path` and writes `bytes` to it.
    public static func write(_ bytes: [UInt8], toPath path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw failure(path) }
                done += count
            }
        }
    }

    /// The error of the last system call, naming the file.
    public static func failure(_ path: String) -> any Error {
        let code = errno
        return NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [
            NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))",
        ])
    }
}
