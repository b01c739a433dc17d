import Foundation
import Synchronization
import Testing
import TestSupport

/// `policygen serve` as a user runs it: the binary, a free port, real requests, Ctrl-C.
@Suite struct ServeCommandTests {
    /// Privacy v1 (2024-01-01, "Everything.") and v2 (2025-01-01, "Less.").
    static let site = BuildCommandTests.site

    @Test func helpExplainsTheOptions() throws {
        let help = try PolicygenCommand.run(["serve", "--help"])
        #expect(help.status == 0)
        for option in ["--port", "--host", "--source", "--drafts", "--as-of", "--output"] {
            #expect(help.standardOutput.contains(option), "\(option) is not explained")
        }
        #expect(help.standardOutput.contains("127.0.0.1"))
    }

    @Test(arguments: [["--port", "70000"], ["--port", "-1"], ["--host", "example.com"], ["--as-of", "2024-02-30"],
                      ["--source", "/nonexistent/site"], ["--base-url", "ftp://example.com/"]])
    func wrongUsageExitsWith64(_ arguments: [String]) throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let source = arguments.contains("--source") ? [] : ["--source", folder.path]
        let result = try PolicygenCommand.run(["serve", "--port", "0"] + source + arguments)
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
        #expect(!result.standardError.isEmpty)
    }

    @Test func servesRebuildsOnChangeAndStopsCleanlyOnCtrlC() async throws {
        try await TemporaryDirectory.with(prefix: "policygen-serve-cli") { scratch in
            let site = scratch.appendingPathComponent("site")
            try SiteFixture(Self.site).write(into: site)
            let temporary = scratch.appendingPathComponent("tmp")
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            let serve = try ServeProcess(["serve", "--port", "0", "--source", site.path, "--as-of", "2024-06-01"],
                                         temporaryFolder: temporary)
            defer { serve.kill() }
            let port = try await serve.port()
            #expect(serve.standardOutput.contains("Built "))

            let page = try await LoopbackHTTP.request("/en/privacy/", port: port)
            #expect(page.status == 200)
            #expect(page.text.contains("Everything."), "v1, in effect on 2024-06-01")
            #expect(page.text.contains("/__policygen/reload.js"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).contains { $0.hasPrefix("policygen-serve-") },
                    "the private build is in the temporary folder")
            #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path), "output/ is not touched")

            let text = site.appendingPathComponent("content/privacy/v1/en.md")
            let original = try String(contentsOf: text, encoding: .utf8)
            try original.replacingOccurrences(of: "Everything.", with: "The changed text.").write(to: text, atomically: true, encoding: .utf8)
            #expect(try await eventually { try await LoopbackHTTP.request("/en/privacy/", port: port).text.contains("The changed text.") })

            try original.replacingOccurrences(of: "effective: 2024-01-01", with: "effective: 2024-01-32").write(to: text, atomically: true, encoding: .utf8)
            #expect(try await eventually { serve.standardError.contains("content/privacy/v1/en.md:3:12: error:") })
            #expect(serve.standardError.contains("still serving the last good build"))
            let broken = try await LoopbackHTTP.request("/en/privacy/", port: port)
            #expect(broken.text.contains("The changed text."), "the last good build")
            #expect(broken.text.contains("policygen-build-error"))

            serve.interrupt()
            #expect(try await serve.exitStatus() == 0)
            #expect(serve.standardOutput.hasSuffix("Stopped.\n"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "the private build is removed")
        }
    }

    @Test func listensOnLoopbackByDefaultAndReportsABusyPort() async throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let first = try ServeProcess(["serve", "--port", "0", "--source", folder.path])
        defer { first.kill() }
        let port = try await first.port()
        #expect(first.standardOutput.contains("Serving http://127.0.0.1:\(port)/ (Ctrl-C to stop)"))

        let second = try ServeProcess(["serve", "--port", String(port), "--source", folder.path])
        defer { second.kill() }
        #expect(try await second.exitStatus() == 1)
        #expect(second.standardError.contains("policygen: cannot listen"))
        first.interrupt()
        #expect(try await first.exitStatus() == 0)
    }

    /// Polls until `condition` holds; generous, since other suites can hold this process's
    /// threads for many seconds, and checked once more at the end for the same reason.
    private func eventually(timeout: Duration = .seconds(60), _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await condition()
    }
}

/// A running `policygen serve`, its output gathered as it comes.
private final class ServeProcess {
    /// What one pipe delivered so far; filled on the pipe's own thread.
    final class Gathered: Sendable {
        private let text = Mutex("")
        func append(_ data: Data) { text.withLock { $0 += String(decoding: data, as: UTF8.self) } }
        var value: String { text.withLock { $0 } }
    }

    private let process = Process()
    private let output = Gathered(), errors = Gathered()

    init(_ arguments: [String], temporaryFolder: URL? = nil) throws {
        process.executableURL = PolicygenCommand.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        if let temporaryFolder { environment["TMPDIR"] = temporaryFolder.path }
        process.environment = environment
        for (pipe, gathered) in [(Pipe(), output), (Pipe(), errors)] {
            pipe.fileHandleForReading.readabilityHandler = { gathered.append($0.availableData) }
            if gathered === output { process.standardOutput = pipe } else { process.standardError = pipe }
        }
        try process.run()
    }

    var standardOutput: String { output.value }
    var standardError: String { errors.value }

    /// The port of the `Serving http://…` line, once printed.
    func port(timeout: Duration = .seconds(60)) async throws -> Int {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let port = announcedPort { return port }
            guard process.isRunning, ContinuousClock.now < deadline else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        try await Task.sleep(for: .milliseconds(200))  // what it printed before it ended
        if let port = announcedPort { return port }
        throw LoopbackHTTP.Failure(description: "serve did not start: \(standardOutput) \(standardError)")
    }

    private var announcedPort: Int? {
        guard let line = standardOutput.split(separator: "\n").first(where: { $0.hasPrefix("Serving http://") }) else { return nil }
        return URL(string: String(line.dropFirst("Serving ".count).prefix { $0 != " " }))?.port
    }

    func interrupt() { process.interrupt() }

    func exitStatus(timeout: Duration = .seconds(60)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        guard !process.isRunning else { throw LoopbackHTTP.Failure(description: "serve did not stop") }
        // The last output may still be in the pipes.
        try await Task.sleep(for: .milliseconds(200))
        return process.terminationStatus
    }

    /// Whatever happened, no server outlives its test.
    func kill() {
        if process.isRunning { process.terminate() }
    }
}
