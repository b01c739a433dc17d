import CFuzzerDriver
import Config
import Content
import Diagnostics
import Glibc

// One input read three ways, as the load stage reads the three YAML files of a site: a text's
// front-matter (and the body split from it), policygen.yaml, and a policy's policy.yaml.

enum Site {
    /// The site a policy.yaml is read against: two languages, so governing_language has a choice.
    static let config: SiteConfig = {
        var ignored: [Diagnostic] = []
        return ConfigLoader.parse("title: Fuzz\nlanguages: [en, ja]\n", diagnostics: &ignored)!
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var diagnostics: [Diagnostic] = []
    if case .success(let checked) = SourceText.checked(bytes, path: "content/privacy/2024-01-01/en.md") {
        _ = FrontMatterParser.parse(checked, path: "content/privacy/2024-01-01/en.md",
                                    folderDate: EffectiveDate("2024-01-01"), diagnostics: &diagnostics)
        _ = FrontMatterParser.parse(checked, path: "content/privacy/v1/en.md", diagnostics: &diagnostics)
    }
    if case .success(let text) = SourceText.decode(bytes, path: "policygen.yaml") {
        _ = ConfigLoader.parse(text, diagnostics: &diagnostics)
        _ = PolicySettingsReader.parse(text, path: "content/privacy/policy.yaml", config: Site.config, &diagnostics)
    }
    // Every diagnostic is printed by a build: its description must be computable.
    for diagnostic in diagnostics { _ = diagnostic.description }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
