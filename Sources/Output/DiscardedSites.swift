import BuildCache
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `.policygen-cache/discarded/`: previous sites replaced by a build. The newest is kept whole
/// for the next build to recycle; the rest (older sites, the files a build replaced in the
/// site it recycled) are removed by the next successful build once its site is swapped in, so
/// that no removal competes with a build's own work for the cores.
public struct DiscardedSites: Sendable {
    public let url: URL

    public init(cache: CacheFolder) {
        url = cache.url.appendingPathComponent("discarded")
    }

    /// Moves `folder` in; its path there, or nil when it cannot be (another file system): the
    /// caller removes it.
    public func take(_ folder: URL) -> String? {
        guard (try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)) != nil else {
            return nil
        }
        let target = url.appendingPathComponent("\(getpid())-\(UInt64.random(in: 0 ... .max))")
        return rename(folder.path, target.path) == 0 ? target.path : nil
    }

    /// Takes one discarded site out, to be recycled as the next staging folder: where it is now,
    /// and the path it was discarded at (which its manifest names); nil when there is none.
    public func takeOne() -> (reserved: URL, discardedAt: String)? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }
        for name in names.sorted() {
            let reserved = url.appendingPathComponent(".recycling-\(getpid())-\(UInt64.random(in: 0 ... .max))")
            let discarded = url.appendingPathComponent(name).path
            if rename(discarded, reserved.path) == 0 { return (reserved, discarded) }
        }
        return nil
    }

    /// Puts back a site `takeOne` took out and no build used (it is still there), for the next
    /// build to recycle or remove.
    public func giveBack(_ taken: URL) {
        guard FileManager.default.fileExists(atPath: taken.path) else { return }
        _ = rename(taken.path, url.appendingPathComponent("\(getpid())-\(UInt64.random(in: 0 ... .max))").path)
    }

    /// A new folder for the files a build replaces in the site it recycles, removed with the
    /// discarded sites; nil when it cannot be made. Hidden, so that it is never recycled.
    public func folderForReplacedFiles() -> URL? {
        let folder = url.appendingPathComponent(".replaced-\(getpid())-\(UInt64.random(in: 0 ... .max))")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else {
            return nil
        }
        return folder
    }

    /// What is there now but `taken` (the site `takeOne` took out): what a build that started
    /// now removes once its own site is in place, with what a killed build left reserved.
    public func present(except taken: URL?) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0 != taken?.lastPathComponent }
    }

    /// Removes `names` (as `present` listed them), each a discarded site or folder of replaced files.
    public func remove(_ names: [String]) {
        for name in names {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }
    }
}
