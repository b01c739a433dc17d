import ArgumentParser
import Content
import Diagnostics
import Foundation
import Site

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder.",
        discussion: """
        Reads policygen.yaml and content/, checks everything, and writes the site. On any error \
        nothing is written and the previous output stays as it was; a good build replaces it whole.
        """
    )

    @Option(help: ArgumentHelp("The site folder, holding policygen.yaml.", valueName: "dir"))
    var source: String = "."

    @Option(help: ArgumentHelp("Where to write the site (default: output/ in the site folder).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Build as if today were this day (YYYY-MM-DD); decides which version is current.",
                               valueName: "date"))
    var asOf: String?

    @Flag(help: "Include versions and translations marked `draft: true`.")
    var drafts = false

    @Flag(name: .customLong("allow-history-edit"),
          help: "Publish even if the text of a version already in effect changed (a warning instead of an error).")
    var allowHistoryEdit = false

    @Option(name: .customLong("base-url"),
            help: ArgumentHelp("The address the site is published at; overrides base_url.", valueName: "url"))
    var baseURL: String?

    func validate() throws {
        if let asOf, EffectiveDate(asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, such as 2025-01-31 (got '\(asOf)')")
        }
    }

    func run() throws {
        let started = ContinuousClock.now
        let sourceURL = URL(fileURLWithPath: source, isDirectory: true)
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? sourceURL.appendingPathComponent("output", isDirectory: true)
        let options = BuildOptions(
            source: sourceURL, output: outputURL, asOf: asOf.flatMap(EffectiveDate.init) ?? .today(),
            includeDrafts: drafts, baseURL: baseURL, allowHistoryEdit: allowHistoryEdit)

        let outcome = SiteBuild.run(options)
        DiagnosticPrinter.print(outcome.diagnostics)
        switch outcome.status {
        case .built(let pages):
            let elapsed = ContinuousClock.now - started
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            let shownOutput = output ?? (source == "." ? "output" : (source as NSString).appendingPathComponent("output"))
            print("Wrote \(pages) pages to \(shownOutput) in \(milliseconds) ms.")
            if let nextRebuild = outcome.nextRebuild {
                // A scheduled job reads this line to know when the site must be built again.
                print("next rebuild: \(nextRebuild)")
            }
        case .failed:
            let count = outcome.diagnostics.filter { $0.severity == .error }.count
            DiagnosticPrinter.printLine("policygen: \(count) error\(count == 1 ? "" : "s"); nothing was written.")
            throw ExitCode(1)
        case .usageError:
            throw ExitCode(64)
        }
    }
}

extension EffectiveDate {
    /// Today in UTC: the default build date.
    static func today() -> EffectiveDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return EffectiveDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
