import Content
import Diagnostics
import Foundation
import Build
import BuildCache
import Testing
import TestSupport

/// An incremental build (with `.policygen-cache/` and the previous output) writes the same
/// site, byte for byte, and reports the same findings, as a build without the cache, after
/// every kind of edit; and it reuses what the edit did not touch.
@Suite struct IncrementalBuildTests {
    static let site = """
    -- policygen.yaml --
    title: Incremental Co.
    base_url: https://legal.example.com/
    default_language: en
    languages:
      - code: en
        name: English
      - code: de
        name: Deutsch
    -- content/privacy/policy.yaml --
    order: 1
    -- content/privacy/v1/en.md --
    ---
    title: Privacy Policy
    effective: 2024-01-01
    ---
    ## What we collect

    Your name, and nothing else.

    ## Your rights

    See the [liability section](@/terms#liability).
    -- content/privacy/v1/de.md --
    ---
    title: Datenschutzerklärung
    effective: 2024-01-01
    ---
    ## Was wir erheben

    Ihren Namen, sonst nichts.

    ## Ihre Rechte

    Siehe [Haftung](@/terms#liability).
    -- content/privacy/v2/en.md --
    ---
    title: Privacy Policy
    effective: 2024-06-01
    summary: Email addresses too.
    ---
    ## What we collect

    Your name and your email address.

    ## Your rights

    See the [liability section](@/terms#liability).
    -- content/privacy/v3/en.md --
    ---
    title: Privacy Policy
    effective: 2025-09-01
    summary: Phone numbers too.
    ---
    ## What we collect

    Your name, your email address and your phone number.

    ## Your rights

    See the [liability section](@/terms#liability).
    -- content/terms/v1/en.md --
    ---
    title: Terms of Service
    effective: 2023-05-01
    ---
    ## Using the service

    Be kind.

    ## Liability {#liability}

    Limited, as the law allows.
    -- content/cookies/v1/en.md --
    ---
    title: Cookie Policy
    effective: 2023-05-01
    ---
    ## Cookies we set

    One, to remember your language.
    """

    /// What an edit does to the site folder.
    typealias Edit = @Sendable (URL) throws -> Void

    static func replace(_ path: String, _ old: String, _ new: String) -> Edit {
        { folder in
            let file = folder.appendingPathComponent(path)
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(old), "the fixture has '\(old)' in \(path)")
            try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        }
    }

    static func write(_ path: String, _ text: String) -> Edit {
        { folder in
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    static func remove(_ path: String) -> Edit {
        { folder in try FileManager.default.removeItem(at: folder.appendingPathComponent(path)) }
    }

    static let edits: [(String, Edit)] = [
        ("a body", replace("content/privacy/v2/en.md", "your email address.", "your email address, kept a year.")),
        ("a translation's body", replace("content/privacy/v1/de.md", "sonst nichts", "und sonst nichts")),
        ("a linked heading, which breaks a link of another policy",
         replace("content/terms/v1/en.md", "## Liability {#liability}", "## Liability {#limits}")),
        ("front-matter", replace("content/privacy/v2/en.md", "summary: Email addresses too.", "summary: Emails too.")),
        ("policygen.yaml", replace("policygen.yaml", "title: Incremental Co.", "title: Incremental GmbH")),
        ("policy.yaml", replace("content/privacy/policy.yaml", "order: 1", "order: 3")),
        ("a template", write("themes/default/templates/home.mustache", "<!DOCTYPE html><title>{{site_title}}</title><p>Home</p>\n")),
        ("interface strings", write("themes/default/i18n/de.yaml", "contents: Übersicht\n")),
        ("a stylesheet", write("themes/default/assets/style.css", "body { color: black; }\n")),
        ("a new version", write("content/cookies/v2/en.md", """
            ---
            title: Cookie Policy
            effective: 2026-03-01
            summary: A second cookie.
            ---
            ## Cookies we set

            Two: your language, and your consent.

            """)),
        ("a new translation", write("content/terms/v1/de.md", """
            ---
            title: Nutzungsbedingungen
            effective: 2023-05-01
            ---
            ## Nutzung

            Seien Sie freundlich.

            ## Haftung {#liability}

            Begrenzt.

            """)),
        ("a deleted upcoming version", remove("content/privacy/v3")),
        ("a deleted translation", remove("content/privacy/v1/de.md")),
    ]

    @Test(arguments: edits.indices)
    func anIncrementalBuildAfterAnEditEqualsACleanOne(_ index: Int) throws {
        let (name, edit) = Self.edits[index]
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-03-01").status == .built(pages: 30), "\(name): the first build")
        // A second build replaces the first site, whose folders the third one then recycles.
        #expect(site.build(asOf: "2025-03-01").status == .built(pages: 30), "\(name): the second build")
        try edit(site.folder)
        // The clean build first: it reads the published record from the output as the first
        // build left it, as the incremental build does. Edits of versions in effect need the
        // flag (the history lock); it changes nothing else.
        let clean = try BuiltTree.cleanBuild(of: site, asOf: "2025-03-01")
        let incremental = site.build(asOf: "2025-03-01", allowHistoryEdit: true)
        #expect(incremental.status == clean.outcome.status, "\(name): \(clean.outcome.diagnostics)")
        #expect(incremental.diagnostics == clean.outcome.diagnostics, "\(name)")
        if case .built = incremental.status { BuiltTree.expectSame(site.output, clean.output, name) }
    }

    @Test func everyEditInTurnEachBuildEqualsACleanOne() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-03-01")
        for (name, edit) in Self.edits where !name.contains("breaks a link") {
            try edit(site.folder)
            let clean = try BuiltTree.cleanBuild(of: site, asOf: "2025-03-01")
            let incremental = site.build(asOf: "2025-03-01", allowHistoryEdit: true)
            #expect(incremental.diagnostics == clean.outcome.diagnostics, "\(name)")
            BuiltTree.expectSame(site.output, clean.output, "after '\(name)' and the edits before it")
        }
    }

    @Test func aNewBuildDateEqualsACleanBuild() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-03-01")
        // v3 takes effect: the current page, feeds and versions.json change.
        let clean = try BuiltTree.cleanBuild(of: site, asOf: "2025-09-01")
        let incremental = site.build(asOf: "2025-09-01")
        #expect(incremental.diagnostics == clean.outcome.diagnostics)
        BuiltTree.expectSame(site.output, clean.output, "a new build date")
    }

    @Test func aBodyEditRewritesOnlyThePagesOfItsPolicy() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-03-01")
        let before = BuiltTree.inodes(site.output)
        try Self.replace("content/privacy/v2/en.md", "your email address.", "your email address, kept a year.")(site.folder)
        #expect(site.build(asOf: "2025-03-01", allowHistoryEdit: true).status == .built(pages: 30))
        let after = BuiltTree.inodes(site.output)
        let rewritten = Set(after.keys.filter { before[$0] != after[$0] })
        // The edited version's pages and its comparisons are new files; the sitemap and the
        // feeds, which show no text, are not.
        #expect(rewritten.contains("en/privacy/versions/v2/index.html"))
        #expect(rewritten.contains("en/privacy/compare/v1...v2/index.html"))
        for path in ["sitemap.xml", "en/feed.xml", "en/privacy/feed.xml"] {
            #expect(before[path] != nil && !rewritten.contains(path), "\(path) was written again")
        }
        // Pages of the other policies are the previous files, linked, not written again.
        for path in ["en/terms/index.html", "de/cookies/index.html", "en/cookies/versions.json", "de/terms/feed.xml"] {
            #expect(before[path] != nil && before[path] == after[path], "\(path) was written again")
        }
        #expect(rewritten.filter { $0.contains("/terms/") || $0.contains("/cookies/") } == [])
    }

    @Test func aChangedOutputFileIsMadeAgainNotReused() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-03-01")
        let page = site.output.appendingPathComponent("en/terms/index.html")
        let original = try Data(contentsOf: page)
        try Data("tampered".utf8).write(to: page)
        _ = site.build(asOf: "2025-03-01")
        #expect(try Data(contentsOf: page) == original)
    }

    @Test func aDamagedCacheEntryIsADifferentInputNotAWrongOutput() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-03-01")
        let cache = site.folder.appendingPathComponent(".policygen-cache")
        for kind in ["packs", "pages"] {
            let folder = cache.appendingPathComponent(kind)
            // Every file cut short: the packs' data and indexes alike.
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                let file = folder.appendingPathComponent(name)
                let bytes = try Data(contentsOf: file)
                try bytes.prefix(bytes.count / 2).write(to: file)
            }
        }
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("index.html"))
        let clean = try BuiltTree.cleanBuild(of: site, asOf: "2025-03-01")
        let again = site.build(asOf: "2025-03-01")
        #expect(again.diagnostics == clean.outcome.diagnostics)
        BuiltTree.expectSame(site.output, clean.output, "a damaged cache")
    }

    @Test func noCacheNeitherReadsNorWritesTheCache() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        var options = BuildOptions(source: site.folder, output: site.output, asOf: EffectiveDate("2025-03-01")!)
        options.usesCache = false
        #expect(SiteBuild.run(options).status == .built(pages: 30))
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent(".policygen-cache").path))
        #expect(site.build(asOf: "2025-03-01").status == .built(pages: 30))
        #expect(CacheFolder(site: site.folder).locations(of: .texts).count == 6, "one entry per text")
    }

    @Test func editedTextsLeaveNoEntryBehind() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-03-01")
        for round in 1 ... 3 {
            try Self.replace("content/cookies/v1/en.md", "One, to", "One (\(round)), to")(site.folder)
            try Self.replace("content/cookies/v1/en.md", "One (\(round)), to", "One, to")(site.folder)
            try Self.replace("content/cookies/v1/en.md", "language", "language \(round)")(site.folder)
            #expect(site.build(asOf: "2025-03-01", allowHistoryEdit: true).status == .built(pages: 30))
        }
        for kind in [CacheKind.texts, .checks] {
            let entries = CacheFolder(site: site.folder).locations(of: kind)
            #expect(entries.count == 6, "\(kind): \(entries.count) entries for 6 texts")
        }
    }

    @Test func aFailedBuildLeavesTheReplacedSiteForTheNextBuild() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-03-01")
        _ = site.build(asOf: "2025-03-01")
        let discarded = site.folder.appendingPathComponent(".policygen-cache/discarded")
        try Self.replace("content/cookies/v1/en.md", "effective: 2023-05-01", "effective: 2023-13-01")(site.folder)
        #expect(site.build(asOf: "2025-03-01").status == .failed)
        // What it took to recycle is given back, not left under its reserved name.
        let left = try FileManager.default.contentsOfDirectory(atPath: discarded.path)
        #expect(!left.contains { $0.hasPrefix(".recycling-") }, "\(left)")
        try Self.replace("content/cookies/v1/en.md", "effective: 2023-13-01", "effective: 2023-05-01")(site.folder)
        try Self.replace("content/cookies/v1/en.md", "One, to", "Just one, to")(site.folder)
        let clean = try BuiltTree.cleanBuild(of: site, asOf: "2025-03-01")
        #expect(site.build(asOf: "2025-03-01", allowHistoryEdit: true).status == .built(pages: 30))
        BuiltTree.expectSame(site.output, clean.output, "after a failed build")
    }

    @Test func theReplacedSiteIsKeptWholeAndOlderOnesAreRemoved() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        let discarded = site.folder.appendingPathComponent(".policygen-cache/discarded")
        func sites() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: discarded.path).filter { !$0.hasPrefix(".") }
        }
        _ = site.build(asOf: "2025-03-01")
        for round in 1 ... 3 {
            let before = site.snapshot()
            try Self.replace("content/cookies/v1/en.md", "language", "language \(round)")(site.folder)
            #expect(site.build(asOf: "2025-03-01", allowHistoryEdit: true).status == .built(pages: 30))
            // The site this build replaced, every file of it, for the next build to recycle.
            let kept = try sites()
            #expect(kept.count == 1, "round \(round): \(kept)")
            if let name = kept.first {
                let files = BuiltTree.files(discarded.appendingPathComponent(name))
                    .filter { $0.key != ".policygen-output" }
                #expect(files == before.filter { $0.key != ".policygen-output" }, "round \(round): the replaced site whole")
            }
            // What earlier builds discarded is gone: at most this build's replaced files remain.
            let hidden = try FileManager.default.contentsOfDirectory(atPath: discarded.path).filter { $0.hasPrefix(".") }
            #expect(hidden.count <= 1, "round \(round): \(hidden)")
        }
    }

    @Test func aManifestGoesWithItsOutputFolder() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        let other = site.folder.appendingPathComponent("preview")
        _ = site.build(asOf: "2025-03-01")
        _ = site.build(asOf: "2025-03-01", output: other)
        let manifests = site.folder.appendingPathComponent(".policygen-cache/pages")
        #expect(try FileManager.default.contentsOfDirectory(atPath: manifests.path).count == 2)
        try FileManager.default.removeItem(at: other)
        _ = site.build(asOf: "2025-03-01")
        // The preview's is gone; the output's stays, and the site the build replaced has the
        // manifest of the build that made it, for the build that recycles it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: manifests.path).count == 2)
    }
}
