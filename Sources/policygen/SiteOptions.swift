import ArgumentParser
import Content
import Foundation
import Build

/// The options `build` and `check` share: which site, as of which day, how strictly.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The site folder, holding policygen.yaml.", valueName: "dir"))
    var source: String = "."

    @Option(help: ArgumentHelp("The output folder (default: output/ in the site folder); check reads the published record there.",
                               valueName: "dir"))
    var output: String?

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Build as if today were this day (YYYY-MM-DD); decides which version is current.",
                               valueName: "date"))
    var asOf: String?

    @Flag(help: "Include versions and translations marked `draft: true`.")
    var drafts = false

    @Flag(name: .customLong("allow-history-edit"),
          help: "Publish even if the text of a version already in effect changed (a warning instead of an error); the record gains a correction.")
    var allowHistoryEdit = false

    @Flag(help: "Fail if the build would change policygen.lock, the published record (for CI).")
    var locked = false

    @Option(name: .customLong("base-url"),
            help: ArgumentHelp("The address the site is published at; overrides base_url.", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .customLong("no-compare"),
          help: "Leave out the compare pages and every link to them: a quicker build for previews, not for publishing.")
    var noCompare = false

    @Flag(name: .customLong("no-cache"),
          help: "Neither read nor write .policygen-cache/: render every text and page again.")
    var noCache = false

    @Flag(help: "Print the time each stage took (also with POLICYGEN_TIMINGS=1).")
    var profile = false

    /// Prints where the time went, to standard error, when asked for.
    func printTimings(_ outcome: BuildOutcome) {
        guard profile || ProcessInfo.processInfo.environment["POLICYGEN_TIMINGS"] == "1",
              !outcome.timings.stages.isEmpty else { return }
        DiagnosticPrinter.printLine(outcome.timings.report)
    }

    func validate() throws {
        if let asOf, EffectiveDate(asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, such as 2025-01-31 (got '\(asOf)')")
        }
    }

    /// The output folder as the user would write it, for messages.
    var shownOutput: String {
        output ?? (source == "." ? "output" : (source as NSString).appendingPathComponent("output"))
    }

    var buildOptions: BuildOptions {
        let sourceURL = URL(fileURLWithPath: source, isDirectory: true)
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? sourceURL.appendingPathComponent("output", isDirectory: true)
        var options = BuildOptions(source: sourceURL, output: outputURL, asOf: asOf.flatMap(EffectiveDate.init) ?? .today(),
                                   includeDrafts: drafts, baseURL: baseURL, allowHistoryEdit: allowHistoryEdit, strict: strict)
        options.includesComparisons = !noCompare
        options.usesCache = !noCache
        options.locked = locked
        return options
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
