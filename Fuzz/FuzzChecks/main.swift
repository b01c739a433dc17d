import CFuzzerDriver
import Checks
import Config
import Content
import Diagnostics
import Glibc
import Texts

// The quality checks (PG2xx) on a site of one policy made of the input: up to three texts
// separated by NUL bytes, v1 in English, v2 in English and v2 in Japanese, so that the checks
// across versions and translations run too. A text that starts with `---` keeps its own
// front-matter (ignore:, translated_from:, summary:); otherwise it gets a plain one.

enum Site {
    static let config: SiteConfig = {
        var ignored: [Diagnostic] = []
        return ConfigLoader.parse("""
            title: Fuzz
            base_url: https://example.com/legal/
            main_site: https://www.example.com/
            languages: [en, ja]
            variables:
              company:
                name: Example Ltd.
                email: privacy@example.com
            language_variables:
              ja:
                company:
                  name: 株式会社エグザンプル
            """, diagnostics: &ignored)!
    }()
    static let texts: [(version: String, language: String, effective: String)] = [
        ("v1", "en", "2024-01-01"), ("v2", "en", "2025-01-01"), ("v2", "ja", "2025-01-01"),
    ]
}

func translation(_ bytes: ArraySlice<UInt8>, version: String, language: String, effective: String,
                 _ diagnostics: inout [Diagnostic]) -> Translation? {
    let path = "content/privacy/\(version)/\(language).md"
    guard case .success(let checked) = SourceText.checked(Array(bytes), path: path),
          let code = LanguageCode(rawValue: language), let date = EffectiveDate(effective) else { return nil }
    let sha256 = Fingerprint.sha256(Array(bytes))
    if bytes.starts(with: "---\n".utf8),
       let parsed = FrontMatterParser.parse(checked, path: path, diagnostics: &diagnostics) {
        return Translation(language: code, path: path, frontMatter: parsed.frontMatter, body: parsed.body,
                           bodyFirstLine: parsed.bodyFirstLine, sha256: sha256)
    }
    let frontMatter = FrontMatter(title: "Privacy", effective: date, effectiveLocation: SourceLocation(path: path, line: 3, column: 1))
    return Translation(language: code, path: path, frontMatter: frontMatter, body: checked.text(), bodyFirstLine: 5,
                       sha256: sha256)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var diagnostics: [Diagnostic] = []
    var versions: [PolicyVersion] = []
    for (part, text) in zip(bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false), Site.texts) {
        guard let translation = translation(part, version: text.version, language: text.language,
                                            effective: text.effective, &diagnostics) else { continue }
        if let index = versions.firstIndex(where: { $0.id == text.version }) {
            versions[index].translations[translation.language] = translation
        } else if text.language == "en" {
            versions.append(PolicyVersion(id: text.version, defaultLanguage: translation.language,
                                          translations: [translation.language: translation]))
        }
    }
    guard !versions.isEmpty else { return 0 }
    let content = SiteContent(policies: [Policy(slug: "privacy", versions: versions)])
        .insertingVariables(Site.config, diagnostics: &diagnostics)
        .fingerprintingPublishedTexts(Site.config)
    let rendered = RenderedTexts.render(content, config: Site.config, diagnostics: &diagnostics)
    let pages = SitePages { $0.first == "privacy" || $0.first == "en" }
    diagnostics += QualityChecks.run(CheckedSite(config: Site.config, content: content, rendered: rendered, pages: pages),
                                     settings: CheckSettings(strict: size % 2 == 0))
    for diagnostic in diagnostics { _ = diagnostic.description }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
