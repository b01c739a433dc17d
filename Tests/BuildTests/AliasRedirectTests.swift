import Build
import Content
import Diagnostics
import Foundation
import Testing
import TestSupport

/// Old addresses (`aliases:`, `redirect_from:`) are answered by redirect pages in the built
/// site; one that names a page of the site, or two pages, is an error and nothing is written.
@Suite struct AliasRedirectTests {
    static let site = """
        -- policygen.yaml --
        title: Kestrel Harbour
        base_url: https://legal.example.com/
        default_language: en
        languages: [en, ja]
        theme: custom
        -- themes/custom/templates/document.mustache --
        {{< layout}}{{$main}}<h1>{{title}}</h1>
        <p id="owner">{{extra.owner}}</p>
        {{#extra.reviewed}}<p id="reviewed">reviewed</p>{{/extra.reviewed}}
        <ul id="regions">{{#extra.regions}}<li>{{.}}</li>{{/extra.regions}}</ul>
        <p id="email">{{extra.contact.email}}</p>
        <p id="missing">{{extra.nothing}}</p>
        {{{body}}}{{/main}}{{/layout}}
        -- content/privacy/2020-11-16/en.md --
        ---
        layout: policy
        title: Privacy Policy
        permalink: /privacy/
        redirect_from:
          - /privacy-policy/
          - /legal/privacy-2020.html
        last_modified_at: 2020-11-16
        tags: [gdpr]
        ---
        ## Who we are
        -- content/privacy/2024-01-01/en.md --
        ---
        layout: policy
        title: Privacy Policy
        summary: A named owner.
        redirect_from:
          - /privacy-policy/
        extra:
          owner: Data <Protection> Office
          reviewed: true
          regions: [EU, UK]
          contact:
            email: dpo@example.com
        ---
        ## Who we are

        The Data Protection Office answers for this policy.
        -- content/privacy/2024-01-01/ja.md --
        ---
        title: プライバシーポリシー
        aliases: [/ja/privacy-old/]
        ---
        ## 私たちについて
        -- content/terms/2021-03-01/en.md --
        ---
        title: Terms of Service
        date: 2021-03-01
        aliases: [/tos/, /terms.html, "/legal/Terms%20of%20Use/"]
        topics: [legal]
        versions: ["3"]
        weight: 20
        ---
        ## Scope
        """

    @Test func eachOldAddressGetsARedirectPageToThePageItNamed() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-01-15")
        #expect(outcome.diagnostics.filter { $0.severity != .info }.isEmpty, "\(outcome.diagnostics)")

        // Listed in both versions: one redirect, to the newest, the current one.
        try expectRedirect(site, "privacy-policy/index.html", to: "../en/privacy/",
                           canonical: "https://legal.example.com/en/privacy/", title: "Privacy Policy", lang: "en")
        // Listed only in the older version: to its permanent page.
        try expectRedirect(site, "legal/privacy-2020.html", to: "../en/privacy/versions/2020-11-16/",
                           canonical: "https://legal.example.com/en/privacy/versions/2020-11-16/", title: "Privacy Policy", lang: "en")
        // A translation's alias leads to the page in its language.
        try expectRedirect(site, "ja/privacy-old/index.html", to: "../privacy/",
                           canonical: "https://legal.example.com/ja/privacy/", title: "プライバシーポリシー", lang: "ja")
        try expectRedirect(site, "tos/index.html", to: "../en/terms/",
                           canonical: "https://legal.example.com/en/terms/", title: "Terms of Service", lang: "en")
        try expectRedirect(site, "terms.html", to: "en/terms/",
                           canonical: "https://legal.example.com/en/terms/", title: "Terms of Service", lang: "en")
        try expectRedirect(site, "legal/Terms of Use/index.html", to: "../../en/terms/",
                           canonical: "https://legal.example.com/en/terms/", title: "Terms of Service", lang: "en")

        // Listed nowhere else: not in the sitemap, not on the pages.
        let sitemap = try site.text("sitemap.xml")
        #expect(!sitemap.contains("privacy-policy") && !sitemap.contains("tos/") && !sitemap.contains("terms.html"))
        #expect(!(try site.text("en/privacy/index.html")).contains("privacy-policy"))
        // Nothing else made of the old keys.
        #expect(!site.exists("privacy/index.html"), "permalink is not an alias")
    }

    @Test func aThemeReadsExtraAsTypedValues() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-01-15")
        let page = try site.page("en/privacy/index.html")
        #expect(try page.first("//p[@id='owner']")?.text == "Data <Protection> Office")
        #expect(!(try site.text("en/privacy/index.html")).contains("<Protection>"), "escaped like every text")
        #expect(try page.first("//p[@id='reviewed']") != nil)
        #expect(try page.strings("//ul[@id='regions']/li") == ["EU", "UK"])
        #expect(try page.first("//p[@id='email']")?.text == "dpo@example.com")
        #expect(try page.first("//p[@id='missing']")?.text == "")
        // The older version has no extra: its page shows none of it.
        let older = try site.page("en/privacy/versions/2020-11-16/index.html")
        #expect(try older.first("//p[@id='owner']")?.text == "")
        #expect(try older.first("//p[@id='reviewed']") == nil)
    }

    @Test func checkNotesTheKeysItDoesNotRead() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        let outcome = SiteBuild.check(BuildOptions(source: site.folder, output: site.output, asOf: EffectiveDate("2025-01-15")!))
        let notes = outcome.diagnostics.filter { $0.code == .otherToolsKey }
        #expect(notes.map(\.location.description).sorted() == [
            "content/privacy/2020-11-16/en.md:4:1", "content/privacy/2020-11-16/en.md:8:1", "content/terms/2021-03-01/en.md:3:1",
        ])
        #expect(notes.allSatisfy { $0.severity == .info })
    }

    @Test(arguments: [
        ("/en/privacy/", "en/privacy/index.html"),
        ("/en/privacy/versions/2020-11-16", "en/privacy/versions/2020-11-16/index.html"),
        ("/ja/", "ja/index.html"),
        ("/sitemap.xml/", "sitemap.xml/index.html"),
        ("/404.html", "404.html"),
        ("/index.html", "index.html"),
        ("/en/privacy/versions.json/", "en/privacy/versions.json/index.html"),
        // The same file where case is ignored (a Mac's disk, some hosts).
        ("/EN/Privacy/", "EN/Privacy/index.html"),
    ])
    func anAliasThatIsAnAddressOfTheSiteIsAnErrorAndNothingIsWritten(_ alias: String, _ file: String) throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-01-15").status != .failed)
        let before = site.snapshot()
        let path = site.folder.appendingPathComponent("content/terms/2021-03-01/en.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "aliases: [/tos/,", with: "aliases: [\"\(alias)\", /tos/,")
            .write(to: path, atomically: true, encoding: .utf8)

        // Editing a published text is a history edit (PG120): allowed here, to see the alias's error alone.
        let outcome = site.build(asOf: "2025-01-15", allowHistoryEdit: true)
        #expect(outcome.status == .failed)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.aliasConflict], "\(errors)")
        #expect(errors.first?.location.description == "content/terms/2021-03-01/en.md:4:11")
        #expect(errors.first?.message.contains(file) == true, "\(errors)")
        #expect(site.snapshot() == before, "the previous output stays whole")
        // check reports it too, writing nothing.
        let checked = SiteBuild.check(BuildOptions(source: site.folder, output: site.output, asOf: EffectiveDate("2025-01-15")!))
        #expect(checked.diagnostics.contains { $0.code == .aliasConflict })
    }

    @Test func anAliasTwoPoliciesOrTwoLanguagesClaimIsAnError() throws {
        let site = try FixtureSite(Self.site.replacingOccurrences(of: "aliases: [/ja/privacy-old/]", with: "aliases: [/tos/]"))
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-01-15")
        #expect(outcome.status == .failed)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.aliasConflict])
        #expect(errors.first?.message.contains("also written for another page") == true, "\(errors)")
        #expect(!site.exists("index.html"))
    }

    @Test func twoAliasesWhereOneIsAFolderOfTheOtherAreAnError() throws {
        let site = try FixtureSite(Self.site.replacingOccurrences(of: "aliases: [/ja/privacy-old/]", with: "aliases: [/tos/old.html/]")
            .replacingOccurrences(of: "aliases: [/tos/,", with: "aliases: [/tos/old.html, /tos/,"))
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-01-15")
        #expect(outcome.status == .failed)
        #expect(outcome.diagnostics.filter { $0.severity == .error }.map(\.location.description) == ["content/terms/2021-03-01/en.md:4:11"],
                "\(outcome.diagnostics)")
    }

    @Test func anAliasOutsideTheSiteStopsTheBuildAtItsLine() throws {
        let site = try FixtureSite(Self.site.replacingOccurrences(of: "aliases: [/tos/,", with: "aliases: [../../etc/cron.d/x, /tos/,"))
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-01-15")
        #expect(outcome.status == .failed)
        #expect(outcome.diagnostics.filter { $0.severity == .error }.map(\.description)
            == ["content/terms/2021-03-01/en.md:4:11: error: the alias '../../etc/cron.d/x' leaves the site folder or names it twice ('.', '..') [PG122]"])
        #expect(!FileManager.default.fileExists(atPath: site.folder.deletingLastPathComponent().appendingPathComponent("etc").path))
        #expect(!site.exists("index.html"))
    }

    private func expectRedirect(_ site: FixtureSite, _ path: String, to target: String, canonical: String, title: String,
                                lang: String) throws {
        let page = try site.page(path)
        #expect(try page.first("//html")?.attributes["lang"] == lang, "\(path)")
        #expect(try page.first("//meta[@http-equiv='refresh']")?.attributes["content"] == "0; url=\(target)", "\(path)")
        #expect(try page.first("//link[@rel='canonical']")?.attributes["href"] == canonical, "\(path)")
        #expect(try page.first("//meta[@name='robots']")?.attributes["content"] == "noindex", "\(path)")
        let link = try #require(try page.first("//body//a"), "\(path)")
        #expect(link.attributes["href"] == target && link.text == title, "\(path)")
        #expect(try page.first("//title")?.text == title)
        // The link leads to a page of the site.
        let landed = URL(fileURLWithPath: site.output.appendingPathComponent(path).deletingLastPathComponent().path + "/" + target)
            .appendingPathComponent("index.html").standardizedFileURL
        #expect(FileManager.default.fileExists(atPath: landed.path), "\(path) → \(landed.path)")
    }
}
