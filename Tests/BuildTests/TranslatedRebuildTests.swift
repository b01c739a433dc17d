import Foundation
import Build
import Testing
import TestSupport

/// A policy with every version in a language: an edit of one language's text rewrites only
/// that language's files of the policy and of the policies linking to it, and the result
/// equals a clean build.
@Suite struct TranslatedRebuildTests {
    static let site = """
    -- policygen.yaml --
    title: Two Languages Ltd
    base_url: https://legal.example.com/
    default_language: en
    languages:
      - code: en
        name: English
      - code: de
        name: Deutsch
    -- content/terms/v1/en.md --
    ---
    title: Terms
    effective: 2024-01-01
    ---
    ## Liability {#liability}

    Limited.
    -- content/terms/v1/de.md --
    ---
    title: Bedingungen
    effective: 2024-01-01
    ---
    ## Haftung {#liability}

    Begrenzt.
    -- content/terms/v2/en.md --
    ---
    title: Terms
    effective: 2024-09-01
    ---
    ## Liability {#liability}

    Limited, as the law allows.
    -- content/terms/v2/de.md --
    ---
    title: Bedingungen
    effective: 2024-09-01
    ---
    ## Haftung {#liability}

    Begrenzt, soweit das Gesetz es erlaubt.
    -- content/privacy/v1/en.md --
    ---
    title: Privacy
    effective: 2024-01-01
    ---
    ## Rights

    See [liability](@/terms#liability).
    -- content/privacy/v1/de.md --
    ---
    title: Datenschutz
    effective: 2024-01-01
    ---
    ## Rechte

    Siehe [Haftung](@/terms#liability).
    """

    @Test(arguments: [("en", "de", "content/terms/v2/en.md", "as the law allows", "as the law allows, and no further"),
                      ("de", "en", "content/terms/v2/de.md", "soweit das Gesetz", "nur soweit das Gesetz")])
    func aTextEditRewritesOnlyItsLanguage(edited: String, other: String, path: String, old: String, new: String) throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-01-01").status == .built(pages: 20))
        let before = BuiltTree.inodes(site.output)
        let file = site.folder.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        #expect(site.build(asOf: "2025-01-01", allowHistoryEdit: true).status == .built(pages: 20))
        let after = BuiltTree.inodes(site.output)
        let rewritten = Set(after.keys.filter { before[$0] != after[$0] })

        #expect(rewritten.contains("\(edited)/terms/index.html"))
        #expect(rewritten.contains("\(edited)/terms/compare/v1...v2/index.html"))
        #expect(rewritten.contains("\(edited)/terms/versions.json"), "it holds each text's SHA-256")
        #expect(rewritten.contains("\(edited)/privacy/index.html"), "it links to the edited policy")
        #expect(rewritten.filter { $0.hasPrefix("\(other)/") } == [], "the other language's files are linked")
        for path in ["sitemap.xml", "index.html", "\(edited)/index.html", "\(edited)/terms/feed.xml"] {
            #expect(before[path] != nil && !rewritten.contains(path), "\(path) shows no text but was written again")
        }

        let clean = try BuiltTree.cleanBuild(of: site, asOf: "2025-01-01")
        BuiltTree.expectSame(site.output, clean.output, "after an edit of the \(edited) text")
    }

    @Test func aVersionWithoutTheLanguageKeysThePolicyByEveryText() throws {
        // Without v3/de.md the German pages of v3 show the English text, and the German
        // comparison of v2 and v3 compares the English ones.
        let site = try FixtureSite(Self.site + """

        -- content/terms/v3/en.md --
        ---
        title: Terms
        effective: 2024-12-01
        ---
        ## Liability {#liability}

        Limited, as the law allows, and only so.
        """)
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-01")
        let before = BuiltTree.inodes(site.output)
        let file = site.folder.appendingPathComponent("content/terms/v3/en.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "and only so", with: "and no further").write(to: file, atomically: true, encoding: .utf8)
        _ = site.build(asOf: "2025-01-01", allowHistoryEdit: true)
        let after = BuiltTree.inodes(site.output)
        #expect(before["de/terms/index.html"] != after["de/terms/index.html"], "the German page shows the English text")
        #expect(before["de/terms/compare/v2...v3/index.html"] != after["de/terms/compare/v2...v3/index.html"])
        let clean = try BuiltTree.cleanBuild(of: site, asOf: "2025-01-01")
        BuiltTree.expectSame(site.output, clean.output, "after an edit of a text shown in place of a missing one")
    }
}
