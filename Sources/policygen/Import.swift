import ArgumentParser
import Config
import Content
import Diagnostics
import Foundation
import Import
import Build

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a policy page (plain text or HTML) into a content file.",
        discussion: """
        Reads a page scraped or saved from a website and writes content/POLICY/VERSION/LANG.md: \
        the title and the effective date in the front-matter, headings recovered from the \
        numbering and shape of lines, lists, paragraphs re-joined, web debris dropped. Several \
        files are read as the parts of one text, in order. Then it reports what it found and \
        dropped, and what `policygen check` says of the new file. Never overwrites without --force.
        """
    )

    enum HeadingNumbers: String, ExpressibleByArgument, CaseIterable {
        case keep, drop
    }

    @Argument(help: ArgumentHelp("The page: plain text (UTF-8) or HTML, told apart by its content.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The policy's folder in content/ (privacy).", valueName: "policy"))
    var policy: String

    @Option(help: ArgumentHelp("The language of the text, as policygen.yaml lists it (en, ja, pt-BR).", valueName: "lang"))
    var lang: String

    @Option(help: ArgumentHelp("The day the text takes effect (YYYY-MM-DD); default: the date the text states.",
                               valueName: "date"))
    var effective: String?

    @Option(help: ArgumentHelp("The version's folder; default: the effective date.", valueName: "version"))
    var version: String?

    @Option(help: ArgumentHelp("The title; default: the text's first heading-like line, <h1> or <title>.", valueName: "title"))
    var title: String?

    @Option(name: .customLong("heading-numbers"),
            help: ArgumentHelp("Keep section numbers in headings (\"## 5.2. Retention\") or drop them, for a theme that numbers sections.",
                               valueName: "keep|drop"))
    var headingNumbers: HeadingNumbers = .keep

    @Flag(help: "Replace the file if it exists.")
    var force = false

    @Option(help: ArgumentHelp("The site folder, holding policygen.yaml.", valueName: "dir"))
    var source: String = "."

    func validate() throws {
        if LanguageCode(rawValue: lang) == nil {
            throw ValidationError("--lang must be a language tag such as en, ja or pt-BR (got '\(lang)')")
        }
        if !Slug.isPolicySlug(policy) || Slug.reserved.contains(policy) {
            throw ValidationError("--policy must be a folder name of a-z, 0-9 and '-', such as privacy, and not a reserved name (got '\(policy)')")
        }
        if let version, !Slug.isVersionSlug(version) || Slug.reserved.contains(version) {
            throw ValidationError("--version must be a folder name of a-z, 0-9, '.', '_' and '-', such as v2 or 2024-01-01 (got '\(version)')")
        }
        if let effective, EffectiveDate(effective) == nil {
            throw ValidationError("--effective must be a date written YYYY-MM-DD (got '\(effective)')")
        }
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--title must not be empty")
        }
    }

    func run() throws {
        let site = URL(fileURLWithPath: source, isDirectory: true)
        let config = try siteConfig(site)

        var problems: [Diagnostic] = []
        var sources: [ImportSource] = []
        for file in files {
            switch ImportSource.read(URL(fileURLWithPath: file), shownAs: file) {
            case .success(let read): sources.append(read)
            case .failure(let problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else {
            DiagnosticPrinter.print(problems)
            throw ExitCode(1)
        }

        let request = PolicyImport.Request(
            policy: policy, language: lang, version: version, effective: effective.flatMap(EffectiveDate.init),
            title: title, keepsHeadingNumbers: headingNumbers == .keep,
            followsEarlierVersions: hasOtherVersions(site))
        let planned: PolicyImport
        switch PolicyImport.plan(sources, request) {
        case .success(let plan): planned = plan
        case .failure(let problem):
            DiagnosticPrinter.print([problem])
            throw ExitCode(1)
        }
        if case .failure(let problem) = planned.write(in: site, force: force) {
            DiagnosticPrinter.print([problem])
            throw ExitCode(1)
        }
        report(planned)
        DiagnosticPrinter.print(planned.warnings)
        check(planned, config: config, site: site)
    }

    /// The site's configuration, or nil when there is no policygen.yaml (importing into a folder
    /// that is not a site yet is allowed). A language the site does not list is wrong usage.
    private func siteConfig(_ site: URL) throws -> SiteConfig? {
        let file = site.appendingPathComponent(ConfigLoader.fileName)
        guard case .regular = InputFile.kind(atPath: file.path) else { return nil }
        var diagnostics: [Diagnostic] = []
        guard let config = ConfigLoader.load(from: site, diagnostics: &diagnostics), !diagnostics.hasErrors else {
            DiagnosticPrinter.print(diagnostics)
            throw ExitCode(1)
        }
        guard config.languages.contains(where: { $0.code.rawValue == lang }) else {
            let known = config.languages.map(\.code.rawValue).joined(separator: ", ")
            DiagnosticPrinter.printLine("policygen: '\(lang)' is not a language of the site; its languages are: \(known)")
            throw ExitCode(64)
        }
        if config.languages.contains(where: { $0.code.rawValue.lowercased() == policy }) {
            DiagnosticPrinter.printLine("policygen: '\(policy)' is a language code and cannot name a policy")
            throw ExitCode(64)
        }
        return config
    }

    private func hasOtherVersions(_ site: URL) -> Bool {
        let folder = site.appendingPathComponent(ContentLoader.folderName).appendingPathComponent(policy)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let target = version ?? effective
        return names.contains { name in
            guard name != target, !name.hasPrefix(".") else { return false }
            return InputFile.kind(atPath: folder.appendingPathComponent(name).path) == .directory
        }
    }

    private func report(_ planned: PolicyImport) {
        var lines = ["Wrote \(planned.path)"]
        lines += planned.sources.map { "  from \($0.path) (\($0.format.rawValue))" }
        lines.append("Title: \(planned.title)")
        if let stated = planned.statedDate {
            lines.append("Effective: \(planned.effective), stated on line \(stated.line ?? 0): \"\(stated.statement)\"")
        } else {
            lines.append("Effective: \(planned.effective) (--effective)")
        }
        if let other = planned.overriddenStatement {
            lines.append("  the text states \(other.date) on line \(other.line ?? 0): \"\(other.statement)\"")
        }
        lines += ImportReport(planned.document).lines
        print(lines.joined(separator: "\n"))
    }

    /// The findings of `policygen check` on the new file, after the report.
    private func check(_ planned: PolicyImport, config: SiteConfig?, site: URL) {
        guard config != nil else {
            print("Check: no \(ConfigLoader.fileName) in \(source), so the new file was not checked; run policygen check once the site is set up")
            return
        }
        let options = BuildOptions(source: site, output: site.appendingPathComponent("output", isDirectory: true),
                                   asOf: EffectiveDate.today(), includeDrafts: true)
        let found = SiteBuild.check(options).diagnostics.filter { $0.location.path == planned.path }
        func count(_ severity: Severity, _ noun: String) -> String {
            let number = found.count { $0.severity == severity }
            return "\(number) \(noun)\(number == 1 ? "" : "s")"
        }
        print("Check of \(planned.path): \(count(.error, "error")), \(count(.warning, "warning")), \(count(.info, "note"))")
        fflush(nil)  // the report before the diagnostics, when both go to one terminal
        DiagnosticPrinter.print(found)
    }
}
