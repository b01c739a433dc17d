import ArgumentParser
import Diagnostics
import Foundation
import Build

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the site without writing it.",
        discussion: """
        Runs every validation of `build` and the quality checks (placeholders, broken links, \
        repeated paragraphs, text in another script, translations out of step…), and reports \
        what it finds with a stable code for each (docs/diagnostics.md). Exit status 1 when an \
        error remains; --strict counts warnings as errors. Text goes to standard error; json and \
        github formats to standard output.
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("How to print: text, json (an array), or github (workflow annotations).",
                               valueName: "format"))
    var format: DiagnosticReport.Format = .text

    func run() throws {
        let outcome = SiteBuild.check(site.buildOptions)
        site.printTimings(outcome)
        switch format {
        case .text:
            if !outcome.diagnostics.isEmpty { DiagnosticPrinter.printLine(DiagnosticReport.text(outcome.diagnostics)) }
            DiagnosticPrinter.printLine(summary(outcome.diagnostics))
        case .json:
            print(DiagnosticReport.json(outcome.diagnostics))
        case .github:
            if !outcome.diagnostics.isEmpty { print(DiagnosticReport.github(outcome.diagnostics)) }
        }
        switch outcome.status {
        case .checked, .built: return
        case .failed: throw ExitCode(1)
        case .usageError: throw ExitCode(64)
        }
    }

    private func summary(_ diagnostics: [Diagnostic]) -> String {
        func count(_ severity: Severity, _ noun: String) -> String {
            let number = diagnostics.count { $0.severity == severity }
            return "\(number) \(noun)\(number == 1 ? "" : "s")"
        }
        return "policygen check: \(count(.error, "error")), \(count(.warning, "warning")), \(count(.info, "note"))."
    }
}

extension DiagnosticReport.Format: ExpressibleByArgument {}
