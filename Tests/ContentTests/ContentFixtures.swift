import Config
import Content
import Diagnostics
import Foundation
import TestSupport

/// Loads the content of a fixture site written with `SiteFixture`.
struct LoadedFixture {
    /// The content as loaded, or nil when the loader reported an error (it is then not publishable).
    var content: SiteContent?
    var diagnostics: [Diagnostic]
    var folder: URL

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    static let config = """
    -- policygen.yaml --
    title: Test Policies
    default_language: en
    languages: [en, ja, ar]

    """

    /// `files` is the `-- path --` text of the content; the config above is added unless given.
    static func load(_ files: String, prepare: (URL) throws -> Void = { _ in }) throws -> LoadedFixture {
        let text = files.contains("-- policygen.yaml --") ? files : config + files
        let folder = try SiteFixture(text).write()
        try prepare(folder)
        var diagnostics: [Diagnostic] = []
        guard let siteConfig = ConfigLoader.load(from: folder, diagnostics: &diagnostics) else {
            throw FixtureConfigError(description: "the fixture's policygen.yaml is invalid: \(diagnostics)")
        }
        let content = ContentLoader.load(from: folder, config: siteConfig, diagnostics: &diagnostics)
        return LoadedFixture(content: diagnostics.hasErrors ? nil : content, diagnostics: diagnostics, folder: folder)
    }

    func remove() { try? TemporaryDirectory.remove(folder) }
}

struct FixtureConfigError: Error, CustomStringConvertible {
    var description: String
}

/// A content file with front-matter.
func document(title: String = "Privacy Policy", effective: String = "2024-01-01", extra: String = "",
              body: String = "## Scope\n\nThis policy covers the app.\n") -> String {
    "---\ntitle: \(title)\neffective: \(effective)\n\(extra)---\n\(body)"
}
