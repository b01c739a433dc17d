import Diagnostics
import Foundation
import Build
import Synchronization

/// The preview's own builds: each into a new folder of a private workspace (never the site's
/// `output/`, so that drafts shown in the preview cannot be published by accident), then
/// served in place of the last. A failed build changes nothing but the error shown.
final class PreviewBuilds: Sendable {
    /// The private folder holding the builds; removed when `serve` stops.
    let workspace: URL
    private let state: Mutex<PreviewState>

    init(workspace: URL, session: String) {
        self.workspace = workspace
        state = Mutex(PreviewState(session: session))
    }

    var current: PreviewState { state.withLock { $0 } }

    /// Builds the site once and serves the result if it is good. `options.output` is
    /// replaced: every build gets a folder of its own in the workspace.
    func build(_ options: BuildOptions) async -> BuildOutcome {
        var options = options
        let number = state.withLock { $0.builds } + 1
        options.output = workspace.appendingPathComponent("site-\(number)", isDirectory: true)
        let outcome = await Self.runOnOwnThread(options)
        let retired: URL? = state.withLock { state in
            state.builds = number
            guard case .built = outcome.status else {
                state.failure = outcome.diagnostics.filter { $0.severity != .info }
                return nil
            }
            state.failure = nil
            let retired = state.previousSite
            (state.previousSite, state.site) = (state.site, options.output)
            return retired
        }
        if let retired { try? FileManager.default.removeItem(at: retired) }
        return outcome
    }

    /// A build is long CPU work with blocking file I/O: it runs on a thread of its own rather
    /// than hold one of the few threads that answer requests.
    private static func runOnOwnThread(_ options: BuildOptions) async -> BuildOutcome {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: SiteBuild.run(options)) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
