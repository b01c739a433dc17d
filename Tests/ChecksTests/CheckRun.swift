import Checks
import Config
import Content
import Diagnostics
import Foundation
import Markdown
import TestSupport
import Texts

/// Loads a fixture site (`-- path --` sections) and runs the quality checks on it, as
/// `policygen check` does after loading: what loading itself reports comes first.
struct CheckRun {
    var diagnostics: [Diagnostic]

    /// `settings` and `pages` as a build gives them; `locked` names files the history lock
    /// keeps (paths relative to the site).
    init(_ fixture: String, locked: Set<String> = [], strict: Bool = false, pages: SitePages? = nil) throws {
        let folder = try SiteFixture(fixture).write()
        defer { try? TemporaryDirectory.remove(folder) }
        var diagnostics: [Diagnostic] = []
        guard let config = ConfigLoader.load(from: folder, diagnostics: &diagnostics) else {
            self.diagnostics = diagnostics
            return
        }
        let content = ContentLoader.load(from: folder, config: config, diagnostics: &diagnostics)
            .insertingVariables(config, diagnostics: &diagnostics)
        let rendered = RenderedTexts.render(content, config: config, diagnostics: &diagnostics)
        diagnostics += QualityChecks.run(CheckedSite(config: config, content: content, rendered: rendered, pages: pages),
                                         settings: CheckSettings(lockedPaths: locked, strict: strict))
        self.diagnostics = diagnostics.sortedForReport()
    }

    /// The diagnostics with `code`, as `path:line:col`.
    func locations(_ code: DiagnosticCode) -> [String] {
        diagnostics.filter { $0.code == code }.map(\.location.description)
    }

    func messages(_ code: DiagnosticCode) -> [String] {
        diagnostics.filter { $0.code == code }.map(\.message)
    }

    func severities(_ code: DiagnosticCode) -> [Severity] {
        diagnostics.filter { $0.code == code }.map(\.severity)
    }

    /// Every diagnostic, for a failing expectation's comment.
    var report: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A one-language site whose privacy policy's `v1/en.md` has `body` (its first line is line 5
/// of the file) and `frontMatter` lines after `effective:`.
func englishSite(_ body: String, frontMatter: String = "", config: String = "") -> String {
    oneLanguageSite("en", body, frontMatter: frontMatter, config: config)
}

/// A site in `language` alone whose privacy policy's `v1/<language>.md` has `body` from line 5
/// (after `frontMatter` lines, if any).
func oneLanguageSite(_ language: String, _ body: String, frontMatter: String = "", config: String = "") -> String {
    """
    -- policygen.yaml --
    title: Test
    base_url: https://example.com/
    languages: [\(language)]
    \(config)
    -- content/privacy/v1/\(language).md --
    ---
    title: Privacy
    effective: 2024-01-01\(frontMatter.isEmpty ? "" : "\n" + frontMatter)
    ---
    \(body)
    """
}
