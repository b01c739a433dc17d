import BuildCache
import CFolderExchange
import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folder the site is written to. A build is staged in a temporary folder beside it and
/// swapped in only when complete, so a failed build leaves the previous site whole and no stale
/// file survives a good one. policygen marks the folders it writes with `.policygen-output`
/// and refuses to replace any other non-empty folder.
public struct OutputFolder: Sendable {
    public static let marker = ".policygen-output"
    public let url: URL

    /// Checks `output` against the rules; a diagnostic (a usage error) when it breaks one.
    /// Not `/`, not the site folder or one of its ancestors, not content/ or themes/ or inside them,
    /// not a file, not a non-empty folder policygen did not write.
    public static func checked(_ output: URL, source: URL) -> Result<OutputFolder, Diagnostic> {
        let target = resolved(output)
        let site = resolved(source)
        func refuse(_ message: String) -> Result<OutputFolder, Diagnostic> {
            .failure(.error(.unsafeOutput, at: SourceLocation(path: output.path), message,
                            hint: "choose a folder of its own, such as output/ in the site folder"))
        }
        if target.path == "/" { return refuse("the output folder cannot be /") }
        if isSame(target, site) || isInside(site, target) {
            return refuse("the output folder cannot be the site folder or one of its parents")
        }
        for protected in ["content", "themes"] {
            let folder = site.appendingPathComponent(protected)
            if isSame(target, folder) || isInside(target, folder) {
                return refuse("the output folder cannot be \(protected)/ or inside it")
            }
        }
        switch InputFile.kind(atPath: target.path) {
        case .missing:
            break
        case .directory:
            let names = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
            if !names.isEmpty && !names.contains(marker) {
                return refuse("\(output.path) is not empty and was not written by policygen; it will not be replaced")
            }
        default:
            return refuse("\(output.path) exists and is not a folder")
        }
        return .success(OutputFolder(url: target))
    }

    /// Takes the output's lock: a second build into the same folder while one runs is refused.
    /// The lock is the kernel's (flock), so a killed build never leaves it stuck. Taken only
    /// once the site is ready to be written, since it creates the output's parent folders.
    public func lock() -> Result<OutputLock, Diagnostic> {
        let parent = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let path = parent.appendingPathComponent(".\(url.lastPathComponent).lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            return .failure(.error(.writeFailed, at: SourceLocation(path: path), "cannot create the lock file"))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return .failure(.error(.outputBusy, at: SourceLocation(path: url.path),
                                   "another policygen build is writing to this folder",
                                   hint: "wait for it to finish"))
        }
        return .success(OutputLock(descriptor: descriptor))
    }

    /// Starts a staged build beside the output folder, clearing what an interrupted build left.
    /// `recycled`: a site an earlier build replaced, whose folders the new one reuses (a site
    /// has a folder per page, and making thousands of folders costs more than the pages);
    /// the writer then replaces or removes every file in it.
    public func stage(recycling recycled: URL? = nil) throws -> StagingFolder {
        recoverInterruptedSwap()
        let staging = sibling("tmp-\(getpid())")
        try? FileManager.default.removeItem(at: staging)
        var isRecycled = false
        if let recycled {
            isRecycled = rename(recycled.path, staging.path) == 0
            if !isRecycled { try? FileManager.default.removeItem(at: recycled) }
        }
        if !isRecycled {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        }
        let marker = staging.appendingPathComponent(Self.marker)
        try? FileManager.default.removeItem(at: marker)
        try Data("Written by policygen. This folder is replaced whole on every build.\n".utf8).write(to: marker)
        return StagingFolder(url: staging, destination: url, aside: sibling("old-\(getpid())"), isRecycled: isRecycled)
    }

    /// `.output.tmp-123` next to `output/`: the same file system, so the swap is a rename.
    private func sibling(_ suffix: String) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(suffix)")
    }

    /// A build killed between its two renames leaves the previous site aside: put it back.
    /// Leftover staging folders of killed builds are removed. Only policygen's own names
    /// (`.output.tmp-<pid>`, `.output.old-<pid>`) are touched, never a user's `.output.env`.
    private func recoverInterruptedSwap() {
        let parent = url.deletingLastPathComponent()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        for name in names {
            guard let kind = leftoverKind(name) else { continue }
            let leftover = parent.appendingPathComponent(name)
            if kind == "old", case .missing = InputFile.kind(atPath: url.path) {
                try? FileManager.default.moveItem(at: leftover, to: url)
            } else {
                try? FileManager.default.removeItem(at: leftover)
            }
        }
    }

    /// "tmp" or "old" when `name` is exactly a staging or set-aside folder of this output.
    private func leftoverKind(_ name: String) -> String? {
        let prefix = ".\(url.lastPathComponent)."
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        for kind in ["tmp", "old"] where rest.hasPrefix(kind + "-") {
            let pid = rest.dropFirst(kind.count + 1)
            if !pid.isEmpty && pid.allSatisfy({ $0.isASCII && $0.isNumber }) { return kind }
        }
        return nil
    }

    static func resolved(_ url: URL) -> URL {
        // Resolve symbolic links of the part that exists, so `a/../b` and links compare truly.
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while case .missing = InputFile.kind(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var result = existing.resolvingSymlinksInPath()
        for component in rest { result.appendPathComponent(component) }
        return result.standardizedFileURL
    }

    static func isSame(_ a: URL, _ b: URL) -> Bool { a.path == b.path }

    /// Whether `inner` lies strictly inside `outer`.
    static func isInside(_ inner: URL, _ outer: URL) -> Bool {
        let outerPath = outer.path.hasSuffix("/") ? outer.path : outer.path + "/"
        return inner.path.hasPrefix(outerPath)
    }
}

/// Held for the length of a build; released on `release()` or when the process ends.
public final class OutputLock: Sendable {
    private let descriptor: Int32
    init(descriptor: Int32) { self.descriptor = descriptor }
    deinit { close(descriptor) }
}

/// The temporary folder a build writes into before it replaces the output.
public struct StagingFolder: Sendable {
    public let url: URL
    let destination: URL
    let aside: URL
    /// Whether it holds an earlier site's files, each to be replaced or removed.
    public var isRecycled = false
    /// The paths of `url` and `destination`, which each of a site's thousands of files is
    /// named under: `URL.path` works its answer out on every call.
    public let path: String, destinationPath: String
    /// The folder the earlier site's files this build replaces are moved into, to be deleted
    /// off the build's path; nil: they are deleted at once.
    var replacedFiles: OpenFolder?
    /// The staging folder and the output, open: a site's thousands of files are named relative
    /// to them.
    let stagingFolder: OpenFolder, outputFolder: OpenFolder

    init(url: URL, destination: URL, aside: URL, isRecycled: Bool) {
        self.url = url
        self.destination = destination
        self.aside = aside
        self.isRecycled = isRecycled
        self.path = url.path
        self.destinationPath = destination.path
        stagingFolder = OpenFolder(path)
        outputFolder = OpenFolder(destinationPath)
    }

    /// Replaces the output with the staged folder. Where the kernel can exchange two folders
    /// in one step, it does, so that a build killed at any instant (even `kill -9`) leaves
    /// either the previous site or the new one at the output's name, never a gap; the
    /// previous site, now under the staging name, is then moved into `discarded` to be
    /// removed off the build's critical path (or removed here when it cannot be moved there,
    /// or by the next build, if this one is killed first). Elsewhere, two renames, recovered by
    /// the next build.
    /// Returns where the previous site was moved in `discarded`, if it was.
    @discardableResult
    public func commit(discardingInto discarded: DiscardedSites? = nil) throws -> String? {
        let manager = FileManager.default
        if case .missing = InputFile.kind(atPath: destination.path) {
            try manager.moveItem(at: url, to: destination)
            return nil
        }
        if policygen_exchange_paths(url.path, destination.path) == 0 {
            return discard(url, into: discarded)
        }
        let failure = errno
        guard failure == ENOSYS || failure == EINVAL else {
            throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
        }
        try manager.moveItem(at: destination, to: aside)
        do {
            try manager.moveItem(at: url, to: destination)
        } catch {
            try? manager.moveItem(at: aside, to: destination)
            throw error
        }
        return discard(aside, into: discarded)
    }

    private func discard(_ previous: URL, into discarded: DiscardedSites?) -> String? {
        if let kept = discarded?.take(previous) { return kept }
        try? FileManager.default.removeItem(at: previous)
        return nil
    }

    /// Removes the staged folder; the output is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: url)
    }
}
