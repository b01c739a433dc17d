import BuildCache
import Foundation
import Synchronization

/// Writes a site into its output folder, whole or not at all. `begin` stages it beside the
/// output (in a site an earlier build replaced, recycled for its folders, when there is one);
/// `link` and `write` put each file in, from any thread; `commit` swaps the staged site in at
/// once and records in the cache which key made each file, so that the next build links the
/// files whose keys are unchanged instead of making them again; `discard` leaves the output as
/// it was.
public struct OutputWriter: Sendable {
    public let output: OutputFolder
    private let staging: StagingFolder
    private let cache: CacheSession
    private let recycling: SiteRecycling
    /// The files of the current output and the keys that made them; nil: make every file.
    private let previous: PageManifest?
    /// Its bytes, kept for the site once it is discarded.
    private let previousBytes: [UInt8]?
    /// The folders there already, or made by `begin`; a file's own folder is made when the file
    /// is written or linked.
    private let folders: Set<String>
    /// The recycled site's files, with their inodes where its manifest told them, else 0 (`SiteContents`).
    private let recycledInodes: [String: Int]
    private let written: Written

    /// The manifest of the new site, filled from every thread.
    private final class Written: Sendable {
        let entries = Mutex([String: PageManifest.Entry]())
    }

    /// Stages a site of the files at `paths` (relative to the output). Folders that hold
    /// folders are made now, in one thread; every other one (a page's own folder, most of the
    /// thousands) by the thread that first puts a file in it, beside the rendering.
    public static func begin(_ output: OutputFolder, paths: [String], cache: CacheSession,
                             recycling: SiteRecycling) throws -> OutputWriter {
        let setAside = recycling.contentsOfSetAside(cache: cache)
        var staging = try output.stage(recycling: recycling.take())
        if staging.isRecycled {
            staging.replacedFiles = recycling.discarded?.folderForReplacedFiles().map { OpenFolder($0.path) }
        }
        let previousBytes = cache.read(.pages, PageManifest.key(output: output.url.path))
        let previous = previousBytes.flatMap { PageManifest($0, output: output.url.path) }
        let found = staging.isRecycled ? setAside ?? SiteContents() : SiteContents()
        let allFolders = withParents(Set(paths.map(folder(of:))))
        let kept = staging.removeAllBut(files: Set(paths + [OutputFolder.marker]), folders: allFolders, found: found)
        let parents = withParents(Set(allFolders.map(folder(of:))))
        do {
            try staging.makeFolders(parents.subtracting(kept).sorted())
        } catch {
            staging.discard()
            throw error
        }
        return OutputWriter(output: output, staging: staging, cache: cache, recycling: recycling, previous: previous,
                            previousBytes: previous == nil ? nil : previousBytes, folders: parents.union(kept),
                            recycledInodes: found.inodes, written: Written())
    }

    /// Puts the output's file at `path` into the staged site when `key` made it and it is as
    /// that build left it; false when the file must be made (and written).
    public func link(_ path: String, key: CacheKey) throws -> Bool {
        guard let before = previous?[path], before.key == key,
              let current = staging.outputStamp(path), current == before.file else { return false }
        try makeFolder(of: path)
        if let there = recycledInodes[path] {
            // A recycled folder often holds this very file already: an unchanged file is one
            // file linked into every site since it was written. Then there is nothing to do.
            if there == current.inode {
                record(path, key: key, stamp: current)
                return true
            }
            // Another file (or one whose inode the manifest did not tell: replaced all the same).
            staging.clear(path)
        }
        guard staging.linkFromOutput(path) else { return false }
        record(path, key: key, stamp: current)
        return true
    }

    /// Writes a file of the site; `key`: what made it, for the next build (nil: made again every
    /// time, as theme assets are).
    public func write(_ bytes: [UInt8], to path: String, key: CacheKey?) throws {
        try makeFolder(of: path)
        staging.clear(path)
        try staging.writeFile(bytes, to: path)
        if let stamp = staging.stagedStamp(path) { record(path, key: key, stamp: stamp) }
    }

    /// Swaps the staged site in, then keeps the manifest of what made each file, and the
    /// previous site's manifest as that of the folder it was discarded into, for the build
    /// that recycles it.
    public func commit() throws {
        var manifest = PageManifest(output: staging.destinationPath, entries: written.entries.withLock { $0 })
        manifest.committedAt = staging.fileSystemNow()
        let discardedAt = try staging.commit(discardingInto: recycling.discarded)
        cache.write(.pages, PageManifest.key(output: output.url.path), manifest.encoded())
        let discardedKey = discardedAt.map { PageManifest.key(output: $0) }
        if let discardedKey, let previousBytes { cache.write(.pages, discardedKey, previousBytes) }
        if let folder = cache.folder { PageManifest.removeOrphans(in: folder, keeping: discardedKey) }
    }

    /// Removes the staged site; the output is untouched.
    public func discard() {
        staging.discard()
    }

    private func record(_ path: String, key: CacheKey?, stamp: FileStamp) {
        written.entries.withLock { $0[path] = PageManifest.Entry(key: key, file: stamp) }
    }

    private func makeFolder(of path: String) throws {
        let folder = Self.folder(of: path)
        // Another thread may have made it already.
        if !folders.contains(folder) { try staging.makeFolders([folder]) }
    }

    /// The folder `path` is in (`en/privacy` of `en/privacy/index.html`); "" for the top.
    static func folder(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    /// Every folder of `folders` and every folder above one.
    static func withParents(_ folders: Set<String>) -> Set<String> {
        var all = Set<String>()
        for folder in folders {
            var current = Substring(folder)
            while !current.isEmpty, all.insert(String(current)).inserted {
                current = current.lastIndex(of: "/").map { current[..<$0] } ?? ""
            }
        }
        return all
    }
}
