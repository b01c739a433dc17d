import Content
import Foundation
@testable import Preview
import Build
import Synchronization
import Testing
import TestSupport

/// A preview server of a fixture site on a free loopback port, for one test: `with` (or
/// `start` and always `stop`, which removes the site too), ask it with `get`, edit the site
/// with `write`.
struct RunningPreview {
    /// Everything the server reported, in order.
    final class Events: Sendable {
        private let events = Mutex<[PreviewEvent]>([])
        private let failure = Mutex<String?>(nil)

        func append(_ event: PreviewEvent) { events.withLock { $0.append(event) } }
        func fail(_ error: any Error) { failure.withLock { $0 = "\(error)" } }
        var all: [PreviewEvent] { events.withLock { $0 } }
        var error: String? { failure.withLock { $0 } }

        var url: URL? {
            all.lazy.compactMap { if case .serving(let url) = $0 { url } else { nil } }.first
        }

        /// Builds reported so far, good or failed.
        var builds: Int {
            all.count { if case .serving = $0 { false } else { true } }
        }
    }

    let site: URL
    let server: PreviewServer
    let events: Events
    let task: Task<Void, Never>
    let url: URL
    var port: Int { url.port! }

    static func start(_ fixture: String, asOf: String = "2025-01-15", drafts: Bool = false,
                      recordFolder: URL? = nil, baseURL: String? = nil,
                      pollInterval: Duration = .milliseconds(100)) async throws -> RunningPreview {
        let site = try SiteFixture(fixture).write()
        let build = BuildOptions(source: site, output: recordFolder ?? site.appendingPathComponent("output"),
                                 asOf: EffectiveDate(asOf)!, includeDrafts: drafts, baseURL: baseURL)
        let server = PreviewServer(options: PreviewOptions(build: build, port: 0, pollInterval: pollInterval))
        let events = Events()
        let task = Task {
            do { try await server.run(report: events.append) } catch { events.fail(error) }
        }
        let listening = try await eventually("the server to listen") { events.url != nil || events.error != nil }
        guard listening, let url = events.url else {
            task.cancel()
            await task.value
            try? TemporaryDirectory.remove(site)
            throw LoopbackHTTP.Failure(description: "the preview did not start: \(events.error ?? "no address")")
        }
        return RunningPreview(site: site, server: server, events: events, task: task, url: url)
    }

    /// Runs `body` with a started preview, and stops it however `body` ends.
    static func with(_ fixture: String, asOf: String = "2025-01-15", drafts: Bool = false, recordFolder: URL? = nil,
                     baseURL: String? = nil, pollInterval: Duration = .milliseconds(100),
                     _ body: (RunningPreview) async throws -> Void) async throws {
        let preview = try await start(fixture, asOf: asOf, drafts: drafts, recordFolder: recordFolder, baseURL: baseURL,
                                      pollInterval: pollInterval)
        do {
            try await body(preview)
        } catch {
            await preview.stop()
            throw error
        }
        await preview.stop()
    }

    func get(_ target: String, method: String = "GET") async throws -> LoopbackHTTP.Response {
        try await LoopbackHTTP.request(target, method: method, port: port)
    }

    /// The address of a theme asset of the served build, whose name carries its hash
    /// (`style.css` is published as `style.69c376c7bb.css`); nil while there is none.
    func asset(_ name: String) -> String? {
        let stem = (name as NSString).deletingPathExtension, suffix = "." + (name as NSString).pathExtension
        guard let site = server.builds.current.site,
              let names = try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("assets").path) else { return nil }
        return names.first { $0.hasPrefix(stem + ".") && $0.hasSuffix(suffix) }.map { "/assets/" + $0 }
    }

    /// Replaces (or adds) files of the site, in the fixture's format.
    func write(_ files: String) throws {
        try SiteFixture(files).write(into: site)
    }

    /// Stops the server (its private folder goes with it) and removes the site.
    func stop() async {
        task.cancel()
        await task.value
        try? TemporaryDirectory.remove(site)
    }

    /// Polls `condition` until it holds or `timeout` passes; whether it held. The limit is
    /// generous because the servers share this process's few threads with every other suite,
    /// whose synchronous tests can hold them all for many seconds; a pass takes milliseconds.
    @discardableResult
    static func eventually(_ what: String, timeout: Duration = .seconds(120),
                           _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        // Once more: a thread may only now have come back to this task.
        if try await condition() { return true }
        Issue.record("timed out waiting for \(what)")
        return false
    }

    /// Waits until the page at `target` satisfies `condition`; the last answer.
    func eventually(_ target: String, _ what: String,
                    _ condition: @escaping (LoopbackHTTP.Response) -> Bool) async throws -> LoopbackHTTP.Response {
        var last = try await get(target)
        try await Self.eventually(what) {
            last = try await get(target)
            return condition(last)
        }
        return last
    }
}
