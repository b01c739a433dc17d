import ArgumentParser
import Diff
import Foundation
import Compare
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a policy.",
        discussion: """
        Compares OLD with NEW, in that order, in one language: word changes inside paragraphs, \
        blocks inserted, deleted and moved, and a summary of the sections touched. Drafts count. \
        In a terminal the changes are coloured (unless NO_COLOR is set); elsewhere they are \
        marked [-deleted-]{+inserted+}.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal, html, json, markdown
    }

    @Argument(help: "The policy, as its folder in content/ is named (privacy).")
    var policy: String

    @Argument(help: "The version to compare from (v1).")
    var old: String

    @Argument(help: "The version to compare to (v2).")
    var new: String

    @Option(help: ArgumentHelp("The language of the texts; default: the site's default language.", valueName: "lang"))
    var lang: String?

    @Option(help: ArgumentHelp("How to show the changes; html is a standalone page.",
                               valueName: "format"))
    var format: Format = .terminal

    @Flag(name: .customLong("exit-code"), help: "Exit with status 1 when the versions differ, 0 when they read the same.")
    var exitCode = false

    @Option(help: ArgumentHelp("The site folder, holding policygen.yaml.", valueName: "dir"))
    var source: String = "."

    func run() throws {
        let site = URL(fileURLWithPath: source, isDirectory: true)
        let comparison: VersionComparison
        switch VersionComparison.load(source: site, policy: policy, old: old, new: new, language: lang) {
        case .failure(let failure):
            if case .contentErrors(let diagnostics) = failure { DiagnosticPrinter.print(diagnostics) }
            DiagnosticPrinter.printLine("policygen: " + failure.message)
            throw ExitCode(failure.isUsageError ? 64 : 1)
        case .success(let loaded):
            comparison = loaded
        }
        if let note = comparison.languageNote { DiagnosticPrinter.printLine("policygen: note: " + note) }

        let output = switch format {
        case .terminal:
            TerminalRedline(colour: TerminalRedline.usesColour(outputIsTerminal: isatty(STDOUT_FILENO) == 1,
                                                               environment: ProcessInfo.processInfo.environment))
                .render(comparison.redline, subject: comparison.subject)
        case .html:
            comparison.htmlPage()
        case .json:
            RedlineReport(comparison.redline, subject: comparison.subject).json()
        case .markdown:
            MarkdownRedline().render(comparison.redline, subject: comparison.subject)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if exitCode, !comparison.readsTheSame { throw ExitCode(1) }
    }
}
