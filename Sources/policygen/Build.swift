import ArgumentParser
import Diagnostics
import Foundation
import Build

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder.",
        discussion: """
        Reads policygen.yaml and content/, checks everything (as `policygen check` does), and \
        writes the site. Errors stop the build and are printed in full; warnings are counted by \
        kind (--verbose prints each; `policygen check` lists them). On any error nothing is \
        written and the previous output stays as it was; a good build replaces it whole.
        """
    )

    @OptionGroup var site: SiteOptions

    @Flag(help: "Print every warning; without it, a build prints errors in full and a count of each kind of warning.")
    var verbose = false

    func run() throws {
        var options = site.buildOptions
        options.endsProcess = true
        let outcome = SiteBuild.run(options)
        // The translation report (information) is check's; a build shows what needs action.
        let shown = outcome.diagnostics.filter { $0.severity != .info }
        if verbose {
            DiagnosticPrinter.print(shown)
        } else if !shown.isEmpty {
            DiagnosticPrinter.printLine(DiagnosticReport.summarized(shown))
        }
        site.printTimings(outcome)
        switch outcome.status {
        case .built(let pages):
            let unchanged = outcome.unchangedPages
            print("Wrote \(pages) pages to \(site.shownOutput) in \(outcome.timings.wallMilliseconds) ms "
                + "(\(pages - unchanged) made, \(unchanged) unchanged).")
            if let nextRebuild = outcome.nextRebuild {
                // A scheduled job reads this line to know when the site must be built again.
                print("next rebuild: \(nextRebuild)")
            }
        case .failed, .checked:
            let count = outcome.diagnostics.filter { $0.severity == .error }.count
            DiagnosticPrinter.printLine("policygen: \(count) error\(count == 1 ? "" : "s"); nothing was written.")
            throw ExitCode(1)
        case .usageError:
            throw ExitCode(64)
        }
    }
}
