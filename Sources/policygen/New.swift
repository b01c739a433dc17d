import ArgumentParser
import Config
import Content
import Diagnostics
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new version of a policy from its latest version.",
        discussion: """
        Copies the latest version (by effective date, upcoming ones included, drafts left out) \
        into a new folder, in the default language only: translations are made anew from the \
        new text. The folder is named after the previous one (v3 after v2) or by the effective \
        date. Fill in the summary, edit the text, then build. Never overwrites anything.
        """
    )

    @Argument(help: "The policy, as its folder in content/ is named (privacy).")
    var policy: String

    @Option(help: ArgumentHelp("The day the new version takes effect (YYYY-MM-DD); default: 30 days from today.",
                               valueName: "date"))
    var effective: String?

    @Option(help: ArgumentHelp("The site folder, holding policygen.yaml.", valueName: "dir"))
    var source: String = "."

    func validate() throws {
        if let effective, EffectiveDate(effective) == nil {
            throw ValidationError("--effective must be a date written YYYY-MM-DD (got '\(effective)')")
        }
    }

    func run() throws {
        let site = URL(fileURLWithPath: source, isDirectory: true)
        var diagnostics: [Diagnostic] = []
        guard let config = ConfigLoader.load(from: site, diagnostics: &diagnostics) else {
            DiagnosticPrinter.print(diagnostics)
            throw ExitCode(1)
        }
        let content = ContentLoader.load(from: site, config: config, diagnostics: &diagnostics)
        DiagnosticPrinter.print(diagnostics)
        guard !diagnostics.hasErrors else { throw ExitCode(1) }
        guard let target = content.policy(policy) else {
            let known = content.policies.map(\.slug).joined(separator: ", ")
            DiagnosticPrinter.printLine("policygen: there is no policy '\(policy)'; the policies are: \(known)")
            throw ExitCode(64)
        }
        let date = effective.flatMap(EffectiveDate.init) ?? EffectiveDate.today().adding(days: 30)!
        let result = NewVersion.plan(from: target, effective: date, defaultLanguage: config.defaultLanguage)
            .flatMap { planned in planned.write(in: site).map { planned } }
        switch result {
        case .success(let created):
            print(created.path)
        case .failure(.noPublishedVersion):
            DiagnosticPrinter.printLine("policygen: \(policy) has no version that is not a draft to start from")
            throw ExitCode(1)
        case .failure(.effectiveDateTaken(let version)):
            DiagnosticPrinter.printLine("policygen: version '\(version)' of \(policy) already takes effect on \(date); choose another --effective")
            throw ExitCode(1)
        case .failure(.writeFailed(let path, let reason)):
            DiagnosticPrinter.printLine("policygen: cannot write \(path): \(reason)")
            throw ExitCode(1)
        case .failure(.exists(let path)):
            DiagnosticPrinter.printLine("policygen: \((path as NSString).deletingLastPathComponent)/ already exists; nothing was written")
            throw ExitCode(1)
        }
    }
}
