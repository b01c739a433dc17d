import Diagnostics
import Foundation

/// What the preview serves at one moment: the last site that built, and the errors of the
/// latest build when it failed.
struct PreviewState: Sendable {
    /// A random name for this run of `serve`, so that pages left open across a restart reload.
    let session: String
    /// Builds finished since the start, good or failed.
    var builds = 0
    /// The last good build's folder; nil until a build succeeds.
    var site: URL?
    /// The good build before it, kept until the next one so that no request under way loses
    /// its folder.
    var previousSite: URL?
    /// The latest build's diagnostics when it failed.
    var failure: [Diagnostic]?

    init(session: String) {
        self.session = session
    }

    /// What the reload script compares: it changes with every finished build.
    var buildToken: String { "\(session)-\(builds)" }
}
