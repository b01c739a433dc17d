import Diagnostics
import FlyingFox
import Foundation
import Build

/// `policygen serve`: builds the site into a private folder, serves it over HTTP, and
/// rebuilds it whenever its inputs change, until the task running it is cancelled.
public final class PreviewServer: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case invalidHost(String)
        case cannotListen(String)
        /// The options make every build impossible (a malformed base URL), as they stop `build`.
        case wrongUsage([Diagnostic])

        public var description: String {
            switch self {
            case .invalidHost(let host): "'\(host)' is not an IP address (such as 127.0.0.1 or ::1) or localhost"
            case .cannotListen(let reason): "cannot listen: \(reason)"
            case .wrongUsage(let diagnostics): DiagnosticReport.text(diagnostics)
            }
        }
    }

    public let options: PreviewOptions
    let builds: PreviewBuilds

    public init(options: PreviewOptions) {
        self.options = options
        let session = String(UInt64.random(in: .min ... .max), radix: 36)
        let workspace = FileManager.default.temporaryDirectory
            .appendingPathComponent("policygen-serve-\(session)", isDirectory: true)
        builds = PreviewBuilds(workspace: workspace, session: session)
    }

    /// Listens, builds, tells `report` the address, then rebuilds on every change. Returns
    /// only by throwing: `Failure` when it cannot start, `CancellationError` once cancelled.
    /// The private folder of the builds is removed on the way out.
    public func run(report: @escaping @Sendable (PreviewEvent) -> Void) async throws {
        guard let address = ListeningAddress(host: options.host, port: options.port) else {
            throw Failure.invalidHost(options.host)
        }
        try FileManager.default.createDirectory(at: builds.workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: builds.workspace) }
        let http = HTTPServer(address: address.socketAddress, timeout: 60, logger: .disabled,
                              handler: PreviewHandler(responder: PreviewResponder(builds: builds)))

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await http.run() }
            // No time limit: on a busy machine listening can take long, and a failure to
            // listen ends `run` with its reason.
            group.addTask { while await !http.isListening { try await Task.sleep(for: .milliseconds(10)) } }
            do {
                try await group.next()
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                throw Failure.cannotListen("\(options.host) port \(options.port): \(error.localizedDescription)")
            }
            guard let listening = await http.listeningAddress, let url = ListeningAddress.url(of: listening) else {
                // It stopped as soon as it started: its own error says why.
                do { try await group.next() } catch { throw Failure.cannotListen("\(error)") }
                throw Failure.cannotListen("the server stopped at once")
            }

            let build = buildOptions(servedAt: url)
            let watcher = SiteWatcher(source: build.source, interval: options.pollInterval)
            let first = watcher.snapshot()
            let (event, status) = await self.build(build)
            if status == .usageError, case .failed(let diagnostics, _) = event { throw Failure.wrongUsage(diagnostics) }
            report(event)
            // Stopped during the first build: nothing is served any more.
            try Task.checkCancellation()
            report(.serving(url))
            group.addTask {
                var known = first
                while true {
                    known = try await watcher.change(after: known)
                    report(await self.build(build).event)
                }
            }
            try await group.next()
        }
    }

    /// The builds go to the workspace and read the record (the lock, or the published site's
    /// versions.json). Unless told
    /// otherwise, the pages link to the preview (canonical links, feeds, the 404 page's
    /// root-absolute links), as the published site links to `base_url`; an IPv6 address
    /// cannot stand in `base_url`, so the site's own is kept then.
    private func buildOptions(servedAt url: URL) -> BuildOptions {
        var build = options.build
        build.recordFolder = build.recordFolder ?? build.output
        // A preview is not a publication: policygen.lock is read, never written.
        build.writesRecord = false
        build.output = builds.workspace
        if build.baseURL == nil, url.host?.contains(":") == false { build.baseURL = url.absoluteString }
        return build
    }

    private func build(_ options: BuildOptions) async -> (event: PreviewEvent, status: BuildOutcome.Status) {
        let outcome = await builds.build(options)
        let milliseconds = outcome.timings.wallMilliseconds
        guard case .built(let pages) = outcome.status else {
            return (.failed(diagnostics: outcome.diagnostics, servingLastGoodSite: builds.current.site != nil), outcome.status)
        }
        return (.built(pages: pages, milliseconds: milliseconds, diagnostics: outcome.diagnostics), outcome.status)
    }
}
