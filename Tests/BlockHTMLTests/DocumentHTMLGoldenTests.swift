import Config
import Foundation
import Markdown
import Testing

/// Each fixture's body rendered in each `html:` mode, compared byte for byte with the HTML in
/// `Fixtures/`, which cmark-gfm's own renderer (with our task boxes and alignment classes
/// patched in) wrote before the writer replaced it. After an intended change, regenerate with
/// `POLICYGEN_UPDATE_GOLDEN=1 swift test --filter DocumentHTMLGoldenTests` and review the diff.
@Suite struct DocumentHTMLGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let fixtures = ["tables", "lists", "footnotes", "cjk", "inline-html", "hostile"]

    @Test(arguments: fixtures, [HTMLMode.safe, .trusted, .none])
    func documentMatchesItsGoldenHTML(_ fixture: String, _ mode: HTMLMode) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(fixture + ".md"), encoding: .utf8)
        let html = MarkdownRenderer.render(MarkdownSource(text: text, path: fixture + ".md"),
                                           options: MarkdownOptions(html: mode)).document.html
        let golden = Self.folder.appendingPathComponent("\(fixture).\(mode).html")
        if ProcessInfo.processInfo.environment["POLICYGEN_UPDATE_GOLDEN"] == "1" {
            try html.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(html == expected, "\(fixture).md with html: \(mode)")
    }
}
