import BuildCache
import Diff
import Dispatch
import Foundation
import Output
import Pages
import Synchronization
#if canImport(Glibc)
import Glibc
import Texts
#endif

/// The Writer stage: every planned file made and written into the staging folder on every
/// core. Compare pages that show one redline (a language without both texts shows the
/// default language's) are one unit of work, so the redline is made once and dropped after.
/// A file whose key is the one that made the file now in the output is linked from there
/// instead: an incremental build writes only what changed, and still swaps in a whole site.
struct SiteWriter {
    let renderer: SiteRenderer
    let assets: ThemeAssets
    let staging: StagingFolder
    /// The files of the current output and the keys that made them; nil: make every file.
    let reusable: PageManifest?
    let keys: BuildKeys

    /// Writes everything; the first error stops the rest and is thrown. Returns the manifest
    /// of the new site.
    func writeAll() throws -> PageManifest {
        let plan = renderer.plan
        let units = workUnits(plan)
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
        let links = linkedPolicies()
        let stagingPath = staging.path
        let outputPath = staging.destinationPath
        let failure = Mutex<(any Error)?>(nil)
        let written = Mutex([String: PageManifest.Entry]())
        DispatchQueue.concurrentPerform(iterations: units.count) { index in
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                let unit = units[index]
                let fileKeys = unit.files.map { keys.file($0, linkedPolicies: { links[$0] ?? [] }) }
                var redline: Redline?
                var entries: [(String, PageManifest.Entry)] = []
                for (file, key) in zip(unit.files, fileKeys) {
                    try makeFolder(of: file.path)
                    if let stamp = reuse(file.path, key: key, output: outputPath) {
                        entries.append((file.path, PageManifest.Entry(key: key, file: stamp)))
                        continue
                    }
                    staging.clear(file.path)
                    if redline == nil, let comparison = unit.comparison {
                        redline = renderer.comparisons.redline(comparison)
                    }
                    try staging.writeFile(renderer.render(file, redline: redline), to: file.path)
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

    /// For each policy, the policies its texts link to with `@/`.
    private func linkedPolicies() -> [String: Set<String>] {
        var links: [String: Set<String>] = [:]
        for policy in renderer.inputs.content.policies {
            links[policy.slug] = CachedChecks.linkedPolicies(of: policy, in: renderer.texts)
        }
        return links
    }

    struct WorkUnit {
        var comparison: Comparisons.Key?
        var files: [PlannedFile]
    }

    /// Compare pages grouped by the redline they show, every other file alone. A policy's
    /// units in a language stay together, its compare pages first: the texts their redlines
    /// read are then still kept when its document pages ask for them, rather than read again.
    func workUnits(_ plan: [PlannedFile]) -> [WorkUnit] {
        var groups: [Comparisons.Key: Int] = [:]
        var units: [WorkUnit] = []
        var segments: [String: Int] = [:]
        var segmentOfUnit: [Int] = []
        for file in plan {
            let name = file.path.split(separator: "/").prefix(2).joined(separator: "/")
            let segment = segments[name] ?? segments.count
            segments[name] = segment
            if case .page(let page) = file, let key = renderer.comparisonKey(of: page) {
                if let index = groups[key] {
                    units[index].files.append(file)
                    continue
                }
                groups[key] = units.count
                units.append(WorkUnit(comparison: key, files: [file]))
            } else {
                units.append(WorkUnit(comparison: nil, files: [file]))
            }
            segmentOfUnit.append(segment)
        }
        let order = units.indices.sorted {
            (segmentOfUnit[$0], units[$0].comparison == nil ? 1 : 0, $0) < (segmentOfUnit[$1], units[$1].comparison == nil ? 1 : 0, $1)
        }
        return order.map { units[$0] }
    }
}
