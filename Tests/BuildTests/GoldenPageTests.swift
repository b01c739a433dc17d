import Foundation
import Testing
import TestSupport

/// Whole pages compared byte for byte with reviewed copies in `Golden/`.
/// After an intended change, regenerate them with
/// `POLICYGEN_UPDATE_GOLDEN=1 swift test --filter GoldenPageTests` and review the diff.
@Suite struct GoldenPageTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: [
        ("en/privacy/versions/v2/index.html", "privacy-v2-en.html"),
        ("ar/privacy/index.html", "privacy-current-ar.html"),
        ("ja/index.html", "language-home-ja.html"),
        ("index.html", "home.html"),
    ])
    func pageMatchesItsGoldenFile(_ page: String, _ golden: String) throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-15")
        let actual = try site.text(page)
        let goldenFile = Self.goldenFolder.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["POLICYGEN_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: goldenFile, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: goldenFile, encoding: .utf8)
        #expect(actual == expected, "\(page) differs from Golden/\(golden)")
    }
}
