import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system calls a pack is read and written with: whole ranges at an offset (`pread`,
/// `pwrite`), from any thread at once, and the lock a writing build holds on its pack.
enum PackFile {
    /// `count` bytes at `offset`, nil when the file is shorter or reading fails.
    static func read(_ descriptor: Int32, at offset: UInt64, count: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            while initialized < count {
                let done = pread(descriptor, buffer.baseAddress! + initialized, count - initialized,
                                 off_t(offset) + off_t(initialized))
                if done < 0 && errno == EINTR { continue }
                guard done > 0 else { failed = true; return }
                initialized += done
            }
        }
        return failed ? nil : bytes
    }

    /// Writes all of `bytes` at `offset`; false when the disk refuses some of it.
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: UInt64) -> Bool {
        var done = 0
        while done < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }

    /// The size of the open file, nil when it cannot be told.
    static func size(_ descriptor: Int32) -> UInt64? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= 0 else { return nil }
        return UInt64(status.st_size)
    }

    /// The whole small file at `path` (an index), nil when it cannot be read.
    static func contents(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let size = size(descriptor), size < 1 << 31 else { return nil }
        return read(descriptor, at: 0, count: Int(size))
    }

    /// Whether the pack at `path` is held by no build (its writer's lock is released when it
    /// publishes the pack, or dies): a pack without an index and without a writer is a killed
    /// build's, and can go. One written in the last minute is left alone: its writer may be
    /// between making it and locking it.
    static func isAbandoned(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mtim.tv_sec < time(nil) - 60 else { return false }
        return flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// A new pack's name: its time first, so that names sort by age, then what makes two
    /// builds' names differ.
    static func newName() -> String {
        let now = Date().timeIntervalSince1970
        return String(format: "%011llx-%d-%016llx", UInt64(now * 1000), getpid(), UInt64.random(in: 0 ... .max))
    }
}
