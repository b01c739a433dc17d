import BuildCache
import Dispatch
import Foundation
import Output
import Pages
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The Writer stage: every planned file made and written into the staging folder on every
/// core, job by job (`PageJob`: files that read the same texts, made one after another).
/// A file whose key is the one that made the file now in the output is linked from there
/// instead: an incremental build writes only what changed, and still swaps in a whole site.
struct SiteWriter {
    let renderer: SiteRenderer
    let assets: ThemeAssets
    let staging: StagingFolder
    /// The files of the current output and the keys that made them; nil: make every file.
    let reusable: PageManifest?
    let keys: BuildKeys
    /// For each policy, the policies its texts link to with `@/`.
    let links: [String: Set<String>]

    /// Writes everything; the first error stops the rest and is thrown. Returns the manifest
    /// of the new site.
    func writeAll() throws -> PageManifest {
        let plan = renderer.plan
        let jobs = renderer.jobs()
        let folders = Set(plan.map { Self.folder(of: $0.path) } + assets.files.map { Self.folder(of: "assets/" + $0.path) })
        let allFolders = Self.withParents(folders)
        let kept = staging.removeAllBut(files: Set(plan.map(\.path) + assets.files.map { "assets/" + $0.path } + [OutputFolder.marker]),
                                        folders: allFolders)
        // Folders that hold folders are made first, in one thread. Every other one (a page's
        // own folder, most of the thousands) is made by the thread that first puts a file in
        // it, beside the rendering on every core; another thread may have made it already.
        let parents = Self.withParents(Set(allFolders.map(Self.folder(of:))))
        try staging.makeFolders(parents.subtracting(kept).sorted())
        let made = parents.union(kept)
        @Sendable func makeFolder(of path: String) throws {
            let folder = Self.folder(of: path)
            if !made.contains(folder) { try staging.makeFolders([folder]) }
        }
        let links = links
        let stagingPath = staging.path
        let outputPath = staging.destinationPath
        let failure = Mutex<(any Error)?>(nil)
        let written = Mutex([String: PageManifest.Entry]())
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                var entries: [(String, PageManifest.Entry)] = []
                try renderer.make(jobs[index]) { file, render in
                    let key = keys.file(file, linkedPolicies: { links[$0] ?? [] })
                    try makeFolder(of: file.path)
                    if let stamp = reuse(file.path, key: key, output: outputPath) {
                        entries.append((file.path, PageManifest.Entry(key: key, file: stamp)))
                        return
                    }
                    staging.clear(file.path)
                    try staging.writeFile(render(), to: file.path)
                    if let stamp = FileStamp(path: stagingPath + "/" + file.path) {
                        entries.append((file.path, PageManifest.Entry(key: key, file: stamp)))
                    }
                }
                written.withLock { for (path, entry) in entries { $0[path] = entry } }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        for asset in assets.files {
            try makeFolder(of: "assets/\(asset.path)")
            staging.clear("assets/\(asset.path)")
            try staging.writeFile(asset.bytes, to: "assets/\(asset.path)")
        }
        var manifest = PageManifest(output: staging.destinationPath)
        for (path, entry) in written.withLock({ $0 }) { manifest[path] = entry }
        return manifest
    }

    /// Puts the output's file at `path` into the staging folder when `key` made it and it is
    /// as that build left it, and returns its stamp; nil when the file must be made.
    private func reuse(_ path: String, key: CacheKey, output: String) -> FileStamp? {
        guard let previous = reusable?[path], previous.key == key,
              let current = FileStamp(path: output + "/" + path), current == previous.file else { return nil }
        // A recycled folder often holds this very file already: an unchanged file is one file
        // linked into every site since it was written. Then there is nothing to do.
        if staging.isRecycled, FileStamp(path: staging.path + "/" + path)?.inode == current.inode { return current }
        staging.clear(path)
        return staging.linkFromOutput(path) ? current : nil
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
