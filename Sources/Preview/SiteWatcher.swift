import Foundation

/// Notices changes to the site's inputs by comparing snapshots at a fixed interval: polling
/// works the same on every file system and sees through editors' save-by-rename, which
/// confuses change notifications.
struct SiteWatcher: Sendable {
    let source: URL
    let interval: Duration

    func snapshot() -> SourceSnapshot { SourceSnapshot(of: source) }

    /// Waits until the inputs differ from `known`, then until they hold still for one
    /// interval, so that a burst of saves (an editor's, or `git checkout`'s) gives one
    /// build. Returns the settled snapshot; throws when the task is cancelled.
    func change(after known: SourceSnapshot) async throws -> SourceSnapshot {
        var current = known
        while current == known {
            try await Task.sleep(for: interval)
            current = snapshot()
        }
        while true {
            try await Task.sleep(for: interval)
            let next = snapshot()
            if next == current { return current }
            current = next
        }
    }
}
