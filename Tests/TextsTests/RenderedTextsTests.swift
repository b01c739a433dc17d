import BuildCache
import Config
import Content
import Diagnostics
import Dispatch
import Foundation
import Markdown
import Synchronization
import Testing
import TestSupport
@testable import Texts

/// Every text rendered once into the build's cache, on disk or in memory, and read back from
/// there the same whichever way it is asked for.
@Suite struct RenderedTextsTests {
    static let site = """
        -- policygen.yaml --
        title: Texts
        languages: [en, ja]
        default_language: en
        variables: {company: Example Co.}
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        effective: 2024-01-01
        ---
        ## Who we are {#who}

        {{ company }} keeps [the terms](@/terms#use).

        | a | b |
        |---|---|
        | 1 | 2 |
        -- content/privacy/v1/ja.md --
        ---
        title: プライバシー
        effective: 2024-01-01
        ---
        ## 私たちについて {#who}

        {{ company }}。
        -- content/terms/v1/en.md --
        ---
        title: Terms
        effective: 2024-01-01
        ---
        ## Use {#use}

        Text.[^1]

        [^1]: A note.
        """

    struct Loaded {
        var folder: URL
        var config: SiteConfig
        var content: SiteContent
        var keys: [RenderedTexts.Key: CacheKey]

        init() throws {
            folder = try SiteFixture(RenderedTextsTests.site).write()
            var diagnostics: [Diagnostic] = []
            config = try #require(ConfigLoader.load(from: folder, diagnostics: &diagnostics))
            content = ContentLoader.load(from: folder, config: config, diagnostics: &diagnostics)
                .insertingVariables(config, diagnostics: &diagnostics)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            keys = [:]
            for policy in content.policies {
                for version in policy.versions {
                    for (language, translation) in version.translations {
                        keys[RenderedTexts.Key(policy: policy.slug, version: version.id, language: language)] =
                            CachedTexts.key(of: translation, configuration: CacheKey.Builder("test").finish())
                    }
                }
            }
        }

        func translation(_ policy: String, _ language: String) -> Translation {
            content.policy(policy)!.versions[0].translations[LanguageCode(rawValue: language)!]!
        }

        /// What cmark-gfm makes of the text, rendered here.
        func expected(_ policy: String, _ language: String) -> RenderedDocument {
            MarkdownRenderer.render(MarkdownSource(translation(policy, language), config: config),
                                    options: MarkdownOptions(config)).document
        }

        func render(_ cache: CacheSession) -> RenderedTexts {
            var diagnostics: [Diagnostic] = []
            return CachedTexts.render(content, config: config, keys: keys, cache: cache, diagnostics: &diagnostics)
        }
    }

    static let texts = [("privacy", "en"), ("privacy", "ja"), ("terms", "en")]

    @Test(arguments: ["disk", "memory", "reading"])
    func everyTextReadBackIsTheTextRendered(_ store: String) throws {
        let site = try Loaded()
        defer { try? TemporaryDirectory.remove(site.folder) }
        let folder = CacheFolder(site: site.folder)
        #expect(folder.prepare())
        let cache: CacheSession = switch store {
        case "disk": .writing(folder)
        case "memory": .inMemory()
        default: .reading(folder)
        }
        let texts = site.render(cache)
        for (policy, language) in Self.texts {
            let code = LanguageCode(rawValue: language)!
            let expected = site.expected(policy, language)
            #expect(texts[policy, "v1", code] == expected, "\(policy) \(language)")
            let key = RenderedTexts.Key(policy: policy, version: "v1", language: code)
            #expect(texts.document(key, of: site.translation(policy, language)) == expected)
            let parts = texts.pageParts(key, of: site.translation(policy, language))
            #expect(parts.html == expected.linkedHTML)
            #expect(parts.tableOfContents == expected.tableOfContents)
        }
        #expect(texts.linkedPolicies[RenderedTexts.Key(policy: "privacy", version: "v1", language: .init(rawValue: "en")!)]
            == ["terms"])
        #expect(texts["privacy", "v2", LanguageCode(rawValue: "en")!] == nil, "no such text")
        #expect(texts["terms", "v1", LanguageCode(rawValue: "ja")!] == nil, "no such translation")
        // Only a build that writes the cache leaves entries on disk, published when it finishes.
        cache.finish()
        #expect(CacheFolder(site: site.folder).locations(of: .texts).count == (store == "disk" ? 3 : 0))
    }

    @Test func aTextWhoseEntryIsGoneIsRenderedAgain() throws {
        let site = try Loaded()
        defer { try? TemporaryDirectory.remove(site.folder) }
        let folder = CacheFolder(site: site.folder)
        #expect(folder.prepare())
        let texts = site.render(.writing(folder))
        // Another build of the same site prunes the entries while this one runs.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("packs"))
        let english = LanguageCode(rawValue: "en")!
        #expect(texts["terms", "v1", english] == site.expected("terms", "en"))
        #expect(texts.pageParts(RenderedTexts.Key(policy: "privacy", version: "v1", language: english),
                                of: site.translation("privacy", "en")).html == site.expected("privacy", "en").linkedHTML)
    }

    @Test func aTextTheSiteDoesNotHaveIsRenderedFromItsFile() throws {
        let site = try Loaded()
        defer { try? TemporaryDirectory.remove(site.folder) }
        var empty = site
        empty.content = SiteContent(policies: [])
        let texts = empty.render(.inMemory())
        let key = RenderedTexts.Key(policy: "terms", version: "v1", language: LanguageCode(rawValue: "en")!)
        #expect(texts["terms", "v1", LanguageCode(rawValue: "en")!] == nil)
        #expect(texts.document(key, of: site.translation("terms", "en")) == site.expected("terms", "en"))
    }

    @Test func aSecondBuildReadsTheTextsTheFirstWroteWithoutRenderingThem() throws {
        let site = try Loaded()
        defer { try? TemporaryDirectory.remove(site.folder) }
        let folder = CacheFolder(site: site.folder)
        #expect(folder.prepare())
        _ = site.render(.writing(folder))
        // An entry the second build finds is not rendered again: what is read is the entry's.
        let key = try #require(site.keys[RenderedTexts.Key(policy: "terms", version: "v1", language: .init(rawValue: "en")!)])
        let changed = RenderedDocument(html: "<p>From the cache.</p>\n", headings: [], tableOfContents: .init(entries: []))
        folder.write(.texts, key, TextEntry.encode(changed, []).bytes)
        let texts = site.render(.writing(folder))
        #expect(texts["terms", "v1", LanguageCode(rawValue: "en")!] == changed)
    }

    @Test func threadsAskingAtOnceGetTheSameDocument() throws {
        let site = try Loaded()
        defer { try? TemporaryDirectory.remove(site.folder) }
        let texts = site.render(.inMemory())
        let got = Mutex([RenderedDocument?](repeating: nil, count: 16))
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            let document = texts["privacy", "v1", LanguageCode(rawValue: "ja")!]
            got.withLock { $0[index] = document }
        }
        #expect(got.withLock { $0 } == [RenderedDocument?](repeating: site.expected("privacy", "ja"), count: 16))
    }
}
