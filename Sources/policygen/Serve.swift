import ArgumentParser
import Diagnostics
import Foundation
import Preview

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site in a browser, rebuilt on every change.",
        discussion: """
        Builds the site into a private temporary folder (never into output/), serves it on \
        http://127.0.0.1:8080/, and rebuilds it whenever policygen.yaml, content/ or themes/ \
        change; open pages reload by themselves. A build with errors prints them here and shows \
        them over the pages, which stay those of the last good build. The options of build \
        apply; --output names the published site, whose record keeps the history lock as for \
        build, and is only read. Ctrl-C stops the server and removes the private folder.
        """
    )

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "n"))
    var port: Int = 8080

    @Option(help: ArgumentHelp("The address to listen on: an IP address or localhost. Anything but loopback makes the preview visible to other computers.",
                               valueName: "address"))
    var host: String = "127.0.0.1"

    /// `--output` names the published site, whose record keeps the history lock; serve only reads it.
    @OptionGroup var site: SiteOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535 (got \(port))") }
        guard PreviewOptions.isValidHost(host) else {
            throw ValidationError("--host must be an IP address such as 127.0.0.1 or ::1, or localhost (got '\(host)')")
        }
    }

    func run() async throws {
        let build = site.buildOptions
        guard case .directory = InputFile.kind(atPath: build.source.path) else {
            DiagnosticPrinter.printLine("policygen: the site folder \(site.source) does not exist; pass --source DIR, the folder holding policygen.yaml")
            throw ExitCode(64)
        }
        let server = PreviewServer(options: PreviewOptions(build: build, host: host, port: UInt16(port)))
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run(report: Self.report) }
                group.addTask { await StopSignal.wait() }
                // The first to end is Ctrl-C, or the server failing to start.
                try await group.next()
                group.cancelAll()
            }
        } catch PreviewServer.Failure.wrongUsage(let diagnostics) {
            DiagnosticPrinter.print(diagnostics)
            throw ExitCode(64)
        } catch let failure as PreviewServer.Failure {
            DiagnosticPrinter.printLine("policygen: \(failure)")
            throw ExitCode(1)
        }
        Self.say("Stopped.")
    }

    /// Errors and warnings on standard error as `build` prints them; the rest on standard
    /// output, written at once so that a program reading the pipe sees the address.
    @Sendable private static func report(_ event: PreviewEvent) {
        switch event {
        case .built(let pages, let milliseconds, let diagnostics):
            DiagnosticPrinter.print(diagnostics.filter { $0.severity != .info })
            say("Built \(pages) pages in \(milliseconds) ms.")
        case .failed(let diagnostics, let servingLastGoodSite):
            DiagnosticPrinter.print(diagnostics.filter { $0.severity != .info })
            let count = diagnostics.count { $0.severity == .error }
            DiagnosticPrinter.printLine("policygen: \(count) error\(count == 1 ? "" : "s"); "
                + (servingLastGoodSite ? "still serving the last good build." : "the pages show them until they are fixed."))
        case .serving(let url):
            say("Serving \(url.absoluteString) (Ctrl-C to stop)")
        }
    }

    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
