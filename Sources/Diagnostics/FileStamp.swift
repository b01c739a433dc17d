#if canImport(Glibc)
import Glibc
#endif

/// What a file's `stat` says of its identity and last change, as git's index keeps it: size,
/// modification and status-change times (ns), inode and device. Two equal stamps are taken for
/// the same bytes unless the file was rewritten with its size kept, its times set back and its
/// inode kept, within one tick of the clock (docs/incremental-builds.md, "Trusting file stamps").
public struct FileStamp: Sendable, Hashable {
    public var size: Int
    public var modified: Int
    public var changed: Int
    public var inode: UInt64
    public var device: UInt64

    public init(size: Int, modified: Int, changed: Int, inode: UInt64, device: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
    }

    init(_ status: stat) {
        self.init(size: Int(status.st_size),
                  modified: Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec),
                  changed: Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec),
                  inode: UInt64(status.st_ino), device: UInt64(status.st_dev))
    }

    /// The time files are stamped with now, in ns: the kernel stamps a file's times from its
    /// coarse clock, so a file changed after this moment has times at or after it.
    public static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }

    /// Whether the file was last changed before `time`: a stamp taken after `time` can only be
    /// trusted then (git's "racily clean" entries: a change within the same tick as the stamp
    /// was taken would leave it as it was).
    public func settled(before time: Int) -> Bool {
        modified < time && changed < time
    }
}
