@testable import Build
@testable import Content
import Diagnostics
import Foundation
import Testing
import TestSupport

/// Every key of the front-matter and of policy.yaml is part of the key every page shares:
/// editing any of them makes the pages again. The keys hash the files' YAML as written, so a
/// key added later needs nothing more; this test, which changes each key the parsers accept,
/// fails for a key it has no change for.
@Suite struct MetadataKeyTests {
    static let site = """
        -- policygen.yaml --
        title: Keys
        base_url: https://legal.example.com/
        default_language: en
        languages: [en, de]
        -- content/privacy/policy.yaml --
        order: 1
        governing_language: en
        notice_days: 30
        checks: { PG205: info }
        retired: 2030-01-01
        replaced_by: terms
        -- content/terms/v1/en.md --
        ---
        title: Terms
        effective: 2024-01-01
        ---
        Text.
        -- content/cookies/v1/en.md --
        ---
        title: Cookies
        effective: 2024-01-01
        ---
        Text.
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        effective: 2024-01-01
        summary: First.
        description: What we keep.
        draft: false
        material: true
        ignore: [PG205]
        aliases: [/old-privacy/]
        redirect_from: [/privacy.html]
        extra:
          owner: Legal
        ---
        Text.
        -- content/privacy/v1/de.md --
        ---
        title: Datenschutz
        effective: 2024-01-01
        translated_from: \(String(repeating: "a", count: 64))
        ---
        Text.
        """

    /// A change of each key, in the file that has it.
    static let frontMatterEdits: [String: (path: String, old: String, new: String)] = [
        "title": ("content/privacy/v1/en.md", "title: Privacy", "title: Privacy Policy"),
        "effective": ("content/privacy/v1/en.md", "effective: 2024-01-01", "effective: \"2024-01-01\""),
        "summary": ("content/privacy/v1/en.md", "summary: First.", "summary: The first."),
        "description": ("content/privacy/v1/en.md", "description: What we keep.", "description: What we keep, and why."),
        "draft": ("content/privacy/v1/en.md", "draft: false", "draft: true"),
        "material": ("content/privacy/v1/en.md", "material: true", "material: false"),
        "translated_from": ("content/privacy/v1/de.md", "translated_from: a", "translated_from: b"),
        "ignore": ("content/privacy/v1/en.md", "ignore: [PG205]", "ignore: [PG205, PG206]"),
        "aliases": ("content/privacy/v1/en.md", "aliases: [/old-privacy/]", "aliases: [/older-privacy/]"),
        "redirect_from": ("content/privacy/v1/en.md", "redirect_from: [/privacy.html]", "redirect_from: [/privacy.htm]"),
        "extra": ("content/privacy/v1/en.md", "owner: Legal", "owner: Legal team"),
    ]

    static let policyEdits: [String: (old: String, new: String)] = [
        "order": ("order: 1", "order: 2"),
        "governing_language": ("governing_language: en", "governing_language: de"),
        "notice_days": ("notice_days: 30", "notice_days: 31"),
        "checks": ("checks: { PG205: info }", "checks: { PG205: off }"),
        "retired": ("retired: 2030-01-01", "retired: 2030-01-02"),
        "replaced_by": ("replaced_by: terms", "replaced_by: cookies"),
    ]

    /// The key all pages share, for the site in `folder`.
    static func siteKey(_ folder: URL) throws -> String {
        var diagnostics: [Diagnostic] = []
        let inputs = try #require(SiteInputs.load(source: folder, baseURL: nil, diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return BuildKeys(inputs: inputs, asOf: EffectiveDate("2025-01-01")!, firstPublished: [:], includesComparisons: true)
            .site.hex
    }

    static func edited(_ path: String, _ old: String, _ new: String) throws -> String {
        let folder = try SiteFixture(site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let file = folder.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "the fixture has '\(old)' in \(path)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        return try siteKey(folder)
    }

    @Test func editingAnyFrontMatterKeyChangesThePagesKey() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let original = try Self.siteKey(folder)
        #expect(try Self.siteKey(folder) == original, "the same site, the same key")
        for key in FrontMatter.keys {
            let edit = try #require(Self.frontMatterEdits[key], "give this test a change of the front-matter key '\(key)'")
            #expect(try Self.edited(edit.path, edit.old, edit.new) != original, "\(key)")
        }
    }

    @Test func editingAnyPolicySettingChangesThePagesKey() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        let original = try Self.siteKey(folder)
        for key in PolicySettingsReader.keys {
            let edit = try #require(Self.policyEdits[key], "give this test a change of the policy.yaml key '\(key)'")
            #expect(try Self.edited("content/privacy/policy.yaml", edit.old, edit.new) != original, "\(key)")
        }
    }

    @Test func aBodyEditLeavesThePagesKeyAlone() throws {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        #expect(try Self.edited("content/privacy/v1/en.md", "Text.", "Other text.") == Self.siteKey(folder))
    }
}
