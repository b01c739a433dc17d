import Config
import Content
import Diagnostics
import Foundation
import Testing
import TestSupport

@Suite struct ContentLoaderTests {
    @Test func loadsPoliciesVersionsAndTranslations() throws {
        let site = try LoadedFixture.load("""
        -- content/terms/policy.yaml --
        order: 2
        -- content/privacy/policy.yaml --
        order: 1
        governing_language: en
        -- content/privacy/v2/en.md --
        \(document(effective: "2025-03-01", extra: "summary: Longer retention.\n"))
        -- content/privacy/v2/ja.md --
        \(document(title: "プライバシーポリシー", effective: "2025-03-01"))
        -- content/privacy/v1/en.md --
        \(document(effective: "2024-01-01"))
        -- content/terms/2024-02-01/en.md --
        \(document(title: "Terms", effective: "2024-02-01"))
        -- content/cookies/v1/en.md --
        \(document(title: "Cookies", effective: "2023-04-01"))
        """)
        defer { site.remove() }
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        let content = try #require(site.content)
        #expect(content.policies.map(\.slug) == ["privacy", "terms", "cookies"], "ordered first, then by slug")
        let privacy = try #require(content.policy("privacy"))
        #expect(privacy.versions.map(\.id) == ["v1", "v2"], "oldest first")
        let v2 = try #require(privacy.version("v2"))
        #expect(v2.translations.keys.map(\.rawValue).sorted() == ["en", "ja"])
        #expect(v2.translations[LanguageCode(rawValue: "ja")!]?.frontMatter.title == "プライバシーポリシー")
        #expect(v2.original.frontMatter.summary == "Longer retention.")
        #expect(v2.original.bodyFirstLine == 6)
        #expect(v2.original.body.hasPrefix("## Scope"))
        #expect(privacy.settings.governingLanguage?.rawValue == "en")
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let site = try LoadedFixture.load("-- content/privacy/v1/ja.md --\nx\n") { folder in
            let text = "\u{FEFF}---\r\ntitle: Privacy\r\neffective: 2024-01-01\r\n---\r\n## Scope\r\n\r\nText.\r\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("content/privacy/v1/en.md"))
            try FileManager.default.removeItem(at: folder.appendingPathComponent("content/privacy/v1/ja.md"))
        }
        defer { site.remove() }
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        let original = try #require(site.content?.policy("privacy")?.version("v1")?.original)
        #expect(original.frontMatter.title == "Privacy")
        #expect(original.body == "## Scope\n\nText.\n")
        #expect(original.bodyFirstLine == 5)
    }

    @Test func unknownFrontMatterKey() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        efective: 2024-01-01
        ---
        Text.
        """)
        defer { site.remove() }
        #expect(site.content == nil)
        let unknown = try #require(site.errors.first { $0.code == .unknownKey })
        #expect(unknown.location == SourceLocation(path: "content/privacy/v1/en.md", line: 3, column: 1))
        #expect(unknown.message.contains("did you mean 'effective'"))
        let missing = try #require(site.errors.first { $0.code == .missingKey })
        #expect(missing.message.contains("'effective'"))
        #expect(missing.location.path == "content/privacy/v1/en.md")
    }

    @Test func malformedYAMLInFrontMatterIsReportedAtItsFileLine() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        effective: 2024-01-01
        summary: [unclosed
        ---
        Text.
        """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.yamlSyntax])
        let line = try #require(site.errors.first?.location.line)
        #expect((4...5).contains(line), "the problem is on file line 4 or where libyaml notices it, not a YAML-relative line: \(line)")
        #expect(site.errors.first?.location.path == "content/privacy/v1/en.md")
    }

    @Test(arguments: ["\\e[31mred\\e[0m", "bell\\x07", "next\\u0085line", "non\\uFFFEcharacter", "cr\\r"])
    func controlCharactersWrittenAsYAMLEscapesAreRefused(_ escaped: String) throws {
        let site = try LoadedFixture.load("-- content/privacy/v1/en.md --\n---\ntitle: \"Privacy \(escaped)\"\neffective: 2024-01-01\n---\nText.\n")
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.controlCharacter])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/v1/en.md", line: 2, column: 8))
    }

    @Test func tabsAndLineBreaksInValuesAreFine() throws {
        let site = try LoadedFixture.load("-- content/privacy/v1/en.md --\n---\ntitle: \"Privacy\\tPolicy\"\nsummary: \"one\\ntwo\"\neffective: 2024-01-01\n---\nText.\n")
        defer { site.remove() }
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
    }

    @Test func missingTitle() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        ---
        effective: 2024-01-01
        ---
        Text.
        """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.missingKey])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/v1/en.md", line: 2, column: 1))
        #expect(site.errors.first?.message.contains("'title'") == true)
    }

    @Test(arguments: ["2024-13-01", "2023-02-29", "2024-1-5", "1899-12-31", "01/02/2024", "2024-01-01T10:00:00"])
    func effectiveThatIsNotARealDate(_ date: String) throws {
        let site = try LoadedFixture.load("-- content/privacy/v1/en.md --\n" + document(effective: date))
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.invalidDate])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/v1/en.md", line: 3, column: 12))
    }

    @Test func quotedDatesAndLeapDaysAreFine() throws {
        let site = try LoadedFixture.load("-- content/privacy/v1/en.md --\n" + document(effective: "\"2024-02-29\""))
        defer { site.remove() }
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        #expect(site.content?.policy("privacy")?.versions.first?.effective.description == "2024-02-29")
    }

    @Test func languageNotInTheConfiguration() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        \(document())
        -- content/privacy/v1/fr.md --
        \(document())
        -- content/privacy/v1/JA.md --
        \(document())
        """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.unknownLanguage, .unknownLanguage])
        let paths = site.errors.map(\.location.path)
        #expect(paths.contains("content/privacy/v1/fr.md") && paths.contains("content/privacy/v1/JA.md"))
        #expect(site.errors.contains { $0.message.contains("spelled 'ja'") })
    }

    @Test(arguments: ["Privacy", "privacy_policy", "-privacy", "ja", "assets", "versions",
                      String(repeating: "a", count: 65)])
    func policySlugThatBreaksTheRules(_ slug: String) throws {
        let site = try LoadedFixture.load("-- content/\(slug)/v1/en.md --\n" + document())
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.invalidSlug])
        #expect(site.errors.first?.location == SourceLocation(path: "content/\(slug)"))
    }

    @Test(arguments: ["V1", "v1..2", "page.html", "data.json", "feed.xml", "compare", ".hidden-is-ignored"])
    func versionSlugThatBreaksTheRules(_ slug: String) throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        \(document(effective: "2023-01-01"))
        -- content/privacy/\(slug)/en.md --
        \(document())
        """)
        defer { site.remove() }
        if slug.hasPrefix(".") {
            #expect(site.diagnostics.isEmpty, "dot-folders are skipped")
        } else {
            #expect(site.errors.map(\.code) == [.invalidSlug])
            #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/\(slug)"))
        }
    }

    @Test(arguments: ["2024-01-01", "v2.1", "v_2", "2024-01-01-fix"])
    func versionSlugsThatAreFine(_ slug: String) throws {
        let site = try LoadedFixture.load("-- content/privacy/\(slug)/en.md --\n" + document())
        defer { site.remove() }
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
    }

    @Test func versionWithoutItsDefaultLanguageFile() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        \(document(effective: "2023-01-01"))
        -- content/privacy/v2/ja.md --
        \(document())
        """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.missingDefaultLanguage])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/v2"))
    }

    @Test func twoVersionsWithOneEffectiveDate() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        \(document())
        -- content/privacy/v2/en.md --
        \(document())
        """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.duplicateEffectiveDate])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/v2/en.md", line: 3, column: 1),
                "reported on the later folder, at its effective key")
    }

    @Test func translationWithAnotherEffectiveDate() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        \(document(effective: "2024-01-01"))
        -- content/privacy/v1/ja.md --
        \(document(title: "プライバシー", effective: "2024-01-02"))
        """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.effectiveDateMismatch])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/v1/ja.md", line: 3, column: 1))
    }

    @Test func fileThatIsNotUTF8() throws {
        let site = try LoadedFixture.load("-- content/privacy/v1/en.md --\nx\n") { folder in
            var bytes = Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\neffective: 2024-01-01\n---\n".utf8)
            bytes += []
            try Data(bytes).write(to: folder.appendingPathComponent("content/privacy/v1/en.md"))
        }
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.notUTF8])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/v1/en.md", line: 2, column: 11))
    }

    @Test func controlCharactersAreRejected() throws {
        let site = try LoadedFixture.load("-- content/privacy/v1/en.md --\nx\n") { folder in
            let text = document() + "Null\u{0}here\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("content/privacy/v1/en.md"))
        }
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.controlCharacter])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/v1/en.md", line: 8, column: 5))
    }

    @Test func fileOverTheSizeLimit() throws {
        let site = try LoadedFixture.load("-- content/privacy/v1/en.md --\nx\n") { folder in
            let text = document() + String(repeating: "word ", count: 2_200_000)
            try Data(text.utf8).write(to: folder.appendingPathComponent("content/privacy/v1/en.md"))
        }
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.fileTooLarge])
    }

    @Test func frontMatterMissingOrUnclosed() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        # Privacy
        -- content/terms/v1/en.md --
        ---
        title: Terms
        effective: 2024-01-01
        Body without a closing line.
        """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.missingFrontMatter, .missingFrontMatter])
        #expect(site.errors.allSatisfy { $0.location.line == 1 && $0.location.column == 1 })
    }

    @Test(arguments: ["---", "---\n", "---\n---", "", "\n"])
    func degenerateFilesAreReportedNotFatal(_ text: String) throws {
        let site = try LoadedFixture.load("-- content/privacy/v1/en.md --\nx\n") { folder in
            try Data(text.utf8).write(to: folder.appendingPathComponent("content/privacy/v1/en.md"))
        }
        defer { site.remove() }
        #expect(site.content == nil)
        #expect(!site.errors.isEmpty)
        #expect(site.errors.allSatisfy { $0.location.path == "content/privacy/v1/en.md" })
    }

    @Test func yamlAnchorsAndDuplicateKeysInFrontMatter() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        ---
        title: &t Privacy
        effective: 2024-01-01
        description: *t
        ---
        -- content/terms/v1/en.md --
        ---
        title: Terms
        effective: 2024-01-01
        title: Terms again
        ---
        """)
        defer { site.remove() }
        #expect(Set(site.errors.map(\.code)) == [.yamlAnchor, .yamlDuplicateKey])
        #expect(site.errors.first { $0.code == .yamlAnchor }?.location.line == 2)
    }

    @Test func governingLanguageMustCoverEveryVersion() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/policy.yaml --
        governing_language: ja
        -- content/privacy/v1/en.md --
        \(document(effective: "2023-01-01"))
        -- content/privacy/v2/en.md --
        \(document())
        -- content/privacy/v2/ja.md --
        \(document())
        """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.invalidGoverningLanguage])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/policy.yaml", line: 1, column: 21))
        #expect(site.errors.first?.message.contains("v1") == true)
    }

    @Test func unknownKeyInPolicySettings() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/policy.yaml --
        ordr: 1
        -- content/privacy/v1/en.md --
        \(document())
        """)
        defer { site.remove() }
        #expect(site.errors.map(\.code) == [.unknownKey])
        #expect(site.errors.first?.location == SourceLocation(path: "content/privacy/policy.yaml", line: 1, column: 1))
    }

    @Test func everyProblemOfEveryFileIsReportedInOneRun() throws {
        let site = try LoadedFixture.load("""
        -- content/privacy/v1/en.md --
        \(document(effective: "2024-13-01"))
        -- content/privacy/v2/en.md --
        ---
        efective: 2024-05-01
        ---
        -- content/terms/v1/fr.md --
        \(document())
        -- content/Bad/v1/en.md --
        \(document())
        """)
        defer { site.remove() }
        #expect(site.content == nil)
        let codes = site.errors.map(\.code)
        for code in [DiagnosticCode.invalidDate, .unknownKey, .missingKey, .unknownLanguage, .invalidSlug] {
            #expect(codes.contains(code), "\(code) missing from \(codes)")
        }
    }
}
