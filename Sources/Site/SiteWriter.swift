import Diff
import Dispatch
import Foundation
import Synchronization

/// The Writer stage: every planned file made and written into the staging folder on every
/// core. Compare pages that show one redline (a language without both texts shows the
/// default language's) are one unit of work, so the redline is made once and dropped after.
struct SiteWriter {
    let renderer: SiteRenderer
    let assets: ThemeAssets
    let staging: StagingFolder

    /// Writes everything; the first error stops the rest and is thrown.
    func writeAll() throws {
        let plan = renderer.plan
        let units = workUnits(plan)
        // Folders first, in one thread: files are then written without racing to create them.
        let folders = Set(plan.map { ($0.path as NSString).deletingLastPathComponent }
            + assets.files.map { ("assets/" + $0.path as NSString).deletingLastPathComponent })
        for folder in folders.sorted() where !folder.isEmpty {
            try FileManager.default.createDirectory(at: staging.url.appendingPathComponent(folder),
                                                    withIntermediateDirectories: true)
        }
        let failure = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: units.count) { index in
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                let unit = units[index]
                let redline = unit.comparison.flatMap(renderer.comparisons.redline)
                for file in unit.files {
                    try staging.writeFile(renderer.render(file, redline: redline), to: file.path)
                }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        for asset in assets.files {
            try staging.writeFile(asset.bytes, to: "assets/\(asset.path)")
        }
    }

    struct WorkUnit {
        var comparison: Comparisons.Key?
        var files: [PlannedFile]
    }

    /// Compare pages grouped by the redline they show, heaviest first; every other file alone.
    func workUnits(_ plan: [PlannedFile]) -> [WorkUnit] {
        var groups: [Comparisons.Key: Int] = [:]
        var units: [WorkUnit] = []
        for file in plan {
            if case .page(let page) = file, let key = renderer.comparisonKey(of: page) {
                if let index = groups[key] {
                    units[index].files.append(file)
                } else {
                    groups[key] = units.count
                    units.append(WorkUnit(comparison: key, files: [file]))
                }
            } else {
                units.append(WorkUnit(comparison: nil, files: [file]))
            }
        }
        return units.filter { $0.comparison != nil } + units.filter { $0.comparison == nil }
    }
}
