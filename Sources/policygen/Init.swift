import ArgumentParser
import Config
import Content
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site with a sample policy.",
        discussion: """
        Writes policygen.yaml (every key explained), content/privacy/ with a first version \
        effective today, and a .gitignore, into DIR (default: the current folder), which must \
        be empty or not exist yet (dot-files such as .git aside). The built-in theme serves the \
        site; --with-theme copies it into themes/default/ to edit. Then: policygen build.
        """
    )

    @Argument(help: ArgumentHelp("The folder of the new site.", valueName: "dir"))
    var folder: String = "."

    @Option(help: ArgumentHelp("The site's languages, the default one first (en,ja).", valueName: "codes"))
    var languages: String = "en"

    @Option(name: .customLong("base-url"),
            help: ArgumentHelp("The address the site will be published at.", valueName: "url"))
    var baseURL: String = "https://example.com/legal/"

    @Flag(name: .customLong("with-theme"), help: "Copy the built-in theme into themes/default/ to edit it.")
    var withTheme = false

    func validate() throws {
        let codes = languages.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for code in codes where LanguageCode(rawValue: code) == nil {
            throw ValidationError("--languages: '\(code)' is not a language code such as en, ja, zh-Hans or pt-BR")
        }
        if Set(codes).count != codes.count { throw ValidationError("--languages names a language twice") }
        if BaseURL.normalized(baseURL) == nil {
            throw ValidationError("--base-url must be an absolute http(s) URL without query or fragment (got '\(baseURL)')")
        }
    }

    func run() throws {
        let codes = languages.split(separator: ",").compactMap { LanguageCode(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        let site = StarterSite(languages: codes, baseURL: BaseURL.normalized(baseURL)!, effective: .today(), withTheme: withTheme)
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            let written = try site.write(to: url)
            for path in written where !path.hasPrefix("themes/") { print((folder as NSString).appendingPathComponent(path)) }
            if withTheme { print((folder as NSString).appendingPathComponent("themes/default/") + " (the built-in theme, to edit)") }
            print("Next: \(folder == "." ? "" : "cd \(folder) && ")policygen build")
        } catch StarterSite.Refusal.notEmpty {
            DiagnosticPrinter.printLine("policygen: \(folder) is not empty; init writes only into a new or empty folder")
            throw ExitCode(1)
        } catch StarterSite.Refusal.notAFolder {
            DiagnosticPrinter.printLine("policygen: \(folder) exists and is not a folder")
            throw ExitCode(1)
        }
    }
}
