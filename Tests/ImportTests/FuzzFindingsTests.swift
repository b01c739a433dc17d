import Content
import Diagnostics
import Foundation
import Import
import Testing

/// What the fuzz target of import found (docs/fuzzing.md), each input kept in `Fixtures/fuzz/`:
/// the file an import plans must be one the build loads.
@Suite struct FuzzFindingsTests {
    static let folder = GoldenImportTests.fixtures.appendingPathComponent("fuzz")

    /// The input read as `format` and planned in English, and the planned file as the load
    /// stage reads it: checked text, then front-matter.
    private func loaded(_ name: String, as format: ImportSource.Format) throws -> (PolicyImport, FrontMatterParser.Parsed?, [Diagnostic]) {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let source = try ImportSource.read(bytes, shownAs: name, as: format).get()
        let planned = try PolicyImport.plan([source], PolicyImport.Request(policy: "privacy", language: "en")).get()
        var diagnostics: [Diagnostic] = []
        switch SourceText.checked(Array(planned.text.utf8), path: planned.path) {
        case .failure(let problem):
            return (planned, nil, [problem])
        case .success(let checked):
            return (planned, FrontMatterParser.parse(checked, path: planned.path, diagnostics: &diagnostics), diagnostics)
        }
    }

    /// Found as `crash-a32213f0…`: a page's C1 characters (Windows-1252 quotes read as Latin-1)
    /// and `&#127;` were written into the file, which the build then refused (PG002).
    @Test(arguments: [("c1-quotes.html", ImportSource.Format.html), ("c1-quotes.txt", .plainText)])
    func controlCharactersOfAPageAreLeftOut(_ name: String, _ format: ImportSource.Format) throws {
        let (planned, parsed, diagnostics) = try loaded(name, as: format)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.description))")
        let body = try #require(parsed).body
        #expect(!body.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        // The words on either side of each character are kept.
        #expect(body.contains("Lindqvist Ferries AB (we, us) runs the crossings"))
        #expect(body.contains("Eckerö and decides"))
        #expect(planned.effective == EffectiveDate("2025-03-03"))
    }

    /// The input libFuzzer found, minimised by hand: bytes that are not UTF-8 on a page whose
    /// `<meta charset>` comes after text, which libxml2 then reads as Latin-1: C1 characters.
    @Test func minimisedInputLoads() throws {
        let (_, parsed, diagnostics) = try loaded("import-c1-minimised.html", as: .html)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.description))")
        #expect(parsed != nil)
    }
}
