@testable import Checks
import Testing

@Suite struct UntranslatedVersionCheckTests {
    @Test func eachVersionListsTheLanguagesItLacksOnItsDefaultLanguageFile() throws {
        let run = try CheckRun(siteConfig(languages: ["en", "ja", "ar"]) + "\n"
                               + contentFile("v1", "en", effective: "2024-01-01", body: "We keep data for a year.") + "\n"
                               + contentFile("v1", "ja", effective: "2024-01-01", body: "データは一年間保存します。") + "\n"
                               + contentFile("v2", "en", effective: "2025-01-01", frontMatter: "summary: Shorter.",
                                             body: "We keep data for a month."))
        #expect(run.locations(.untranslatedVersion) == [
            "content/privacy/v1/en.md:3:1",
            "content/privacy/v2/en.md:3:1",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.untranslatedVersion) == [
            "version v1 has no translation in ar",
            "version v2 has no translation in ja, ar",
        ])
        #expect(run.diagnostics.filter { $0.code == .untranslatedVersion }.allSatisfy { $0.severity == .info })
        #expect(run.diagnostics.first { $0.code == .untranslatedVersion }?.hint
                == "add content/privacy/v1/ar.md; until then those readers see the en text")
    }

    @Test func aFullyTranslatedVersionAndAOneLanguageSiteSayNothing() throws {
        let translated = try CheckRun(siteConfig() + "\n"
                                      + contentFile("v1", "en", effective: "2024-01-01", body: "We keep data for a year.") + "\n"
                                      + contentFile("v1", "ja", effective: "2024-01-01", body: "データは一年間保存します。"))
        #expect(translated.locations(.untranslatedVersion).isEmpty, Comment(rawValue: translated.report))
        let english = try CheckRun(englishSite("We keep data for a year."))
        #expect(english.diagnostics.isEmpty, Comment(rawValue: english.report))
    }

    @Test func folderIsThePlainReading() {
        let paths = ["content/privacy/v1/en.md", "en.md", "", "/", "//", "a/", "/a", "a//b/c.md", "/content/x/y.md/",
                     "content/política/v1/ja.md", "content/プライバシー/2024-01-01/ja.md", "a/b\\c/d.md", "a/ /b"]
        for path in paths {
            #expect(UntranslatedVersionCheck.folder(of: path) == path.split(separator: "/").dropLast().joined(separator: "/"),
                    "\(path)")
        }
    }
}
