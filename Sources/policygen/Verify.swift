import ArgumentParser
import Diagnostics
import Foundation
import Record
import Verify

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a published site against the record, policygen.lock.",
        discussion: """
        Reads policygen.lock from the site folder, then the published site: an output folder \
        (offline), or its address (http:// or https://, such as https://example.com/legal/). Every \
        version and language on record must be listed in versions.json and have its page, with \
        the recorded effective date and published-text SHA-256, and each page's text must be the \
        HTML it was built with; nothing unrecorded may be published; the record's chain must hold.

        Exit status: 0 the site matches the record, 1 it does not (each difference is listed), \
        64 wrong usage.
        """
    )

    @Argument(help: ArgumentHelp("The published site: a folder (default: output/ in the site folder) or an http(s) address.",
                                 valueName: "url-or-dir"))
    var site: String?

    @Option(help: ArgumentHelp("The site folder, holding policygen.lock.", valueName: "dir"))
    var source: String = "."

    @Option(help: ArgumentHelp("Seconds to wait for each HTTP request.", valueName: "seconds"))
    var timeout: Double = 15

    @Flag(help: "Print every version checked, with its date and fingerprint.")
    var verbose = false

    func validate() throws {
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be between 0 and 600 seconds") }
    }

    func run() async throws {
        let sourceURL = URL(fileURLWithPath: source, isDirectory: true)
        let argument = site ?? sourceURL.appendingPathComponent("output").path
        guard let published = PublishedSite.named(argument, timeout: timeout) else {
            DiagnosticPrinter.printLine("policygen: '\(argument)' is not an http(s) address of a site")
            throw ExitCode(64)
        }
        let record: SiteRecord
        switch SiteRecord.read(site: sourceURL) {
        case nil:
            DiagnosticPrinter.print([.error(.recordBroken, at: SourceLocation(path: SiteRecord.fileName),
                                            "there is no record to verify against in \(source)",
                                            hint: "run policygen build, which writes policygen.lock, or pass --source DIR")])
            throw ExitCode(1)
        case .failure(let problem)?:
            DiagnosticPrinter.print([problem])
            throw ExitCode(1)
        case .success(let read)?:
            record = read
        }
        if case .folder(let folder) = published, InputFile.kind(atPath: folder.path) != .directory {
            DiagnosticPrinter.printLine("policygen: \(folder.path) is not a folder")
            throw ExitCode(64)
        }
        let report = await SiteVerification.run(record, against: published)
        if verbose {
            for checked in report.checked { print("ok \(checked)") }
        }
        for difference in report.differences {
            DiagnosticPrinter.print([.error(.publishedDiffers, at: SourceLocation(path: difference.place), difference.message)])
        }
        if report.differences.isEmpty {
            print("\(published.shown) matches the record: \(report.checked.count) published texts checked.")
        } else {
            let count = report.differences.count
            DiagnosticPrinter.printLine("policygen: \(published.shown) differs from the record in \(count) place\(count == 1 ? "" : "s") "
                                            + "(\(report.checked.count) published texts match).")
            throw ExitCode(1)
        }
    }
}
