import Config
import Content
import Diagnostics
import Testing
import TestSupport

@Suite struct OutdatedTranslationCheckTests {
    private let english = contentFile("v1", "en", effective: "2024-01-01", body: "We keep data for a year.")

    /// The SHA-256 of the English file as the fixture writes it.
    private var englishHash: String {
        Fingerprint.sha256(Array(SiteFixture(english).files[0].contents.utf8))
    }

    private func run(translatedFrom: String?) throws -> CheckRun {
        try CheckRun(siteConfig() + "\n" + english + "\n"
                     + contentFile("v1", "ja", effective: "2024-01-01",
                                   frontMatter: translatedFrom.map { "translated_from: \($0)" } ?? "",
                                   body: "データは一年間保存します。"))
    }

    @Test func aTranslationOfAnotherTextIsReportedAtItsTranslatedFromValue() throws {
        let run = try run(translatedFrom: String(repeating: "0a", count: 32))
        #expect(run.locations(.outdatedTranslation) == ["content/privacy/v1/ja.md:4:18"], Comment(rawValue: run.report))
        let info = try #require(run.diagnostics.first { $0.code == .outdatedTranslation })
        #expect(info.severity == .info)
        #expect(info.hint == "bring the translation up to date with content/privacy/v1/en.md, "
                + "then write translated_from: \(englishHash)")
    }

    @Test func aTranslationOfTheCurrentTextIsFineInEitherCase() throws {
        let lower = try run(translatedFrom: englishHash)
        #expect(lower.locations(.outdatedTranslation).isEmpty, Comment(rawValue: lower.report))
        let upper = try run(translatedFrom: englishHash.uppercased())
        #expect(upper.locations(.outdatedTranslation).isEmpty, Comment(rawValue: upper.report))
    }

    @Test func aTranslationWithoutTranslatedFromIsNotJudged() throws {
        let run = try run(translatedFrom: nil)
        #expect(run.diagnostics.isEmpty, Comment(rawValue: run.report))
    }

    /// `policygen new` starts a version in the default language only, writing its front-matter
    /// key by key: a `translated_from` in the file it starts from does not follow.
    @Test func aNewVersionStartsWithoutTranslatedFrom() throws {
        let effective = try #require(EffectiveDate("2024-01-01"))
        let frontMatter = FrontMatter(title: "Privacy", effective: effective,
                                      effectiveLocation: SourceLocation(path: "content/privacy/v1/en.md", line: 3),
                                      summary: "First.", translatedFrom: String(repeating: "0a", count: 32))
        let english = try #require(LanguageCode(rawValue: "en"))
        let original = Translation(language: english, path: "content/privacy/v1/en.md", frontMatter: frontMatter,
                                   body: "We keep data for a year.\n", bodyFirstLine: 6, sha256: "")
        let policy = Policy(slug: "privacy", versions: [
            PolicyVersion(id: "v1", defaultLanguage: english, translations: [english: original]),
        ])
        let planned = try NewVersion.plan(from: policy, effective: try #require(EffectiveDate("2025-01-01")),
                                          defaultLanguage: english).get()
        #expect(planned.text.contains("effective: 2025-01-01"))
        #expect(!planned.text.contains("translated_from"), "\(planned.text)")
    }
}
