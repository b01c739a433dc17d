import ArgumentParser
import Diagnostics
import Foundation
import Build

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder.",
        discussion: """
        Reads policygen.yaml and content/, checks everything (as `policygen check` does), and \
        writes the site. Errors stop the build, warnings are printed. On any error nothing is \
        written and the previous output stays as it was; a good build replaces it whole.
        """
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let outcome = SiteBuild.run(site.buildOptions)
        // The translation report (information) is check's; a build shows what needs action.
        DiagnosticPrinter.print(outcome.diagnostics.filter { $0.severity != .info })
        site.printTimings(outcome)
        switch outcome.status {
        case .built(let pages):
            print("Wrote \(pages) pages to \(site.shownOutput) in \(outcome.timings.wallMilliseconds) ms.")
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
