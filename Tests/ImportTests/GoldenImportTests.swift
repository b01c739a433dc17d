import Content
import Foundation
import Import
import Testing

/// Each fixture page, imported whole and compared with its reviewed Markdown in `Fixtures/`.
/// To accept a deliberate change: `POLICYGEN_UPDATE_GOLDEN=1 swift test --filter GoldenImportTests`,
/// then review the diff.
@Suite struct GoldenImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The fixture's import, as `policygen import FILE --policy privacy --lang L` plans it.
    static func imported(_ name: String, language: String = "en", keepsNumbers: Bool = true) throws -> PolicyImport {
        let source = try ImportSource.read(fixtures.appendingPathComponent(name), shownAs: name).get()
        let request = PolicyImport.Request(policy: "privacy", language: language, keepsHeadingNumbers: keepsNumbers)
        return try PolicyImport.plan([source], request).get()
    }

    @Test(arguments: [
        ("numbered.txt", "en"), ("ideographic.txt", "en"), ("articles.txt", "en"), ("japanese.txt", "ja"),
        ("titlecase.txt", "en"), ("page.html", "en"),
    ])
    func importMatchesItsGoldenFile(_ name: String, _ language: String) throws {
        let actual = try Self.imported(name, language: language).text
        let golden = Self.fixtures.appendingPathComponent((name as NSString).deletingPathExtension + ".md")
        if ProcessInfo.processInfo.environment["POLICYGEN_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from Fixtures/\(golden.lastPathComponent)")
    }
}
