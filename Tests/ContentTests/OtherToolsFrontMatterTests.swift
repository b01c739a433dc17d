import Config
@testable import Content
import Diagnostics
import Testing

/// Files converted from Jekyll and Hugo keep their front-matter: old addresses become aliases,
/// other tools' keys are ignored, `extra:` keeps values for a theme, and a typo is still an error.
@Suite struct OtherToolsFrontMatterTests {
    static let jekyll = """
        -- content/privacy/2020-11-16/en.md --
        ---
        layout: policy
        title: Privacy Policy
        permalink: /privacy/
        redirect_from:
          - /privacy-policy/
          - /legal/privacy.html
          - /legal/Privacy%20Notice/
        last_modified_at: 2020-11-16
        categories: [legal]
        tags: [gdpr, ccpa]
        ---
        ## Who we are
        """

    static let hugo = """
        -- content/terms/2021-03-01/en.md --
        ---
        title: Terms of Service
        date: 2021-03-01T09:00:00+01:00
        aliases: [/tos/, tos.htm]
        topics: [legal]
        versions: ["3"]
        weight: 20
        slug: terms-of-service
        extra:
          owner: Legal team
          reviewed: true
          regions: [EU, UK]
          contact:
            email: legal@example.com
            phone: ~
        ---
        ## Scope
        """

    @Test func aJekyllFileBuildsWithItsRedirectsAndNotesOnTheKeysNotRead() throws {
        let site = try LoadedFixture.load(Self.jekyll)
        defer { site.remove() }
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics)")
        let text = try #require(site.content?.policy("privacy")?.version("2020-11-16")?.original)
        #expect(text.frontMatter.effective.description == "2020-11-16")
        #expect(text.frontMatter.aliases.map(\.filePath)
            == ["privacy-policy/index.html", "legal/privacy.html", "legal/Privacy Notice/index.html"])
        #expect(text.frontMatter.aliases.first?.location
            == SourceLocation(path: "content/privacy/2020-11-16/en.md", line: 6, column: 5))
        let notes = site.diagnostics.filter { $0.severity == .info }
        #expect(notes.map(\.code) == [.otherToolsKey, .otherToolsKey])
        #expect(notes.map(\.location.line) == [4, 9], "permalink and last_modified_at, not layout, categories or tags")
        #expect(notes.first?.message.contains("aliases:") == true)
    }

    @Test func aHugoFileBuildsWithItsAliasesAndExtra() throws {
        let site = try LoadedFixture.load(Self.hugo)
        defer { site.remove() }
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics)")
        let front = try #require(site.content?.policy("terms")?.version("2021-03-01")?.original.frontMatter)
        #expect(front.aliases.map(\.filePath) == ["tos/index.html", "tos.htm"])
        #expect(front.extra == [
            .init(key: "owner", value: .text("Legal team")),
            .init(key: "reviewed", value: .flag(true)),
            .init(key: "regions", value: .list([.text("EU"), .text("UK")])),
            .init(key: "contact", value: .map([.init(key: "email", value: .text("legal@example.com"))])),
        ])
        #expect(Set(site.diagnostics.filter { $0.severity == .info }.map(\.location.line)) == [3, 8], "date and slug")
    }

    @Test func anUnknownKeyIsStillAnErrorThatSuggestsTheKnownOne() throws {
        let site = try LoadedFixture.load("""
            -- content/terms/2021-03-01/en.md --
            ---
            title: Terms
            alias: [/tos/]
            published: false
            ---
            Text.
            """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.unknownKey, .unknownKey])
        #expect(site.errors.first?.message == "unknown key 'alias' in the front-matter (did you mean 'aliases'?)")
        #expect(site.errors.first?.location == SourceLocation(path: "content/terms/2021-03-01/en.md", line: 3, column: 1))
    }

    @Test(arguments: [
        ("../../etc", "leaves the site folder"),
        ("/legal/../../../etc/passwd", "leaves the site folder"),
        ("/%2e%2e/%2E%2E/etc/", "leaves the site folder"),
        ("./privacy/", "leaves the site folder"),
        ("https://old.example.com/privacy/", "another site"),
        ("//old.example.com/privacy/", "another site"),
        ("/privacy/?lang=en", "query or a fragment"),
        ("/privacy/#top", "query or a fragment"),
        ("/.htaccess", "hidden name"),
        ("/legal\\privacy/", "backslash"),
        ("/privacy%00.html", "control character"),
        ("/privacy%zz/", "malformed %-escape"),
        ("/", "home page"),
    ])
    func anAliasThatCannotBeAnAddressOfTheSiteIsAnErrorWhereItIsWritten(_ alias: String, _ reason: String) throws {
        let quoted = "'" + alias.replacingOccurrences(of: "'", with: "''") + "'"
        let site = try LoadedFixture.load("""
            -- content/terms/2021-03-01/en.md --
            ---
            title: Terms
            aliases:
              - /tos/
              - \(quoted)
            ---
            Text.
            """)
        defer { site.remove() }
        #expect(site.content == nil)
        #expect(site.errors.map(\.code) == [.invalidAlias])
        #expect(site.errors.first?.location == SourceLocation(path: "content/terms/2021-03-01/en.md", line: 5, column: 5))
        #expect(site.errors.first?.message.contains(reason) == true, "\(site.errors)")
    }

    @Test func aSingleAddressAnEmptyListAndBothSpellingsAreAccepted() throws {
        let site = try LoadedFixture.load("""
            -- content/terms/2021-03-01/en.md --
            ---
            title: Terms
            aliases: /tos/
            redirect_from: [/tos/, /conditions]
            ---
            Text.
            -- content/terms/2022-03-01/en.md --
            ---
            title: Terms
            aliases: []
            redirect_from:
            ---
            Text.
            """)
        defer { site.remove() }
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        #expect(site.content?.policy("terms")?.version("2021-03-01")?.original.frontMatter.aliases.map(\.filePath)
            == ["tos/index.html", "conditions/index.html"])
        #expect(site.content?.policy("terms")?.version("2022-03-01")?.original.frontMatter.aliases.isEmpty == true)
    }

    @Test func extraMustBeAMapOfPublishableValues() throws {
        let site = try LoadedFixture.load("""
            -- content/terms/2021-03-01/en.md --
            ---
            title: Terms
            extra: [a, b]
            ---
            Text.
            -- content/terms/2022-03-01/en.md --
            ---
            title: Terms
            extra:
              note: "bell \\a"
            ---
            Text.
            """)
        defer { site.remove() }
        #expect(site.errors.map(\.code).sorted() == [.controlCharacter, .invalidValue].sorted())
        #expect(site.errors.contains { $0.location == SourceLocation(path: "content/terms/2021-03-01/en.md", line: 3, column: 8) })
    }
}

/// `policygen new` carries the page's old addresses and theme values to the version it starts:
/// they belong to the page, and an address must follow it to its newest text.
@Suite struct NewVersionCarriesThePageTests {
    @Test func aliasesAndExtraReadBackTheSameInTheNewVersion() throws {
        let site = try LoadedFixture.load("""
            -- content/terms/2021-03-01/en.md --
            ---
            title: Terms of Service
            redirect_from: [/tos/, "/legal/terms \\"2021\\".html"]
            aliases: /conditions/
            extra:
              owner: "Legal: \\"contracts\\" team"
              note: "two\\nlines\\tand a tab"
              reviewed: true
              quoted: "true"
              number: 3
              regions: [EU, {name: UK, since: 2021}]
              empty: []
            ---
            ## Scope
            """)
        defer { site.remove() }
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics)")
        let policy = try #require(site.content?.policy("terms"))
        let new = try NewVersion.plan(from: policy, effective: EffectiveDate("2022-01-01")!,
                                      defaultLanguage: LanguageCode(rawValue: "en")!).get()
        try new.write(in: site.folder).get()

        var diagnostics: [Diagnostic] = []
        let config = try #require(ConfigLoader.load(from: site.folder, diagnostics: &diagnostics))
        let reloaded = ContentLoader.load(from: site.folder, config: config, diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics)\n\(new.text)")
        let basis = policy.versions[0].original.frontMatter
        let started = try #require(reloaded.policy("terms")?.version(new.id)?.original.frontMatter)
        #expect(started.aliases.map(\.filePath) == basis.aliases.map(\.filePath))
        #expect(started.extra == basis.extra, "\(new.text)")
        #expect(basis.extra.count == 7)
    }
}
