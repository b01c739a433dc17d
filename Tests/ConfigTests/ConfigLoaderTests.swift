import Config
import Diagnostics
import Foundation
import Testing
import TestSupport

@Suite struct ConfigLoaderTests {
    private func parse(_ yaml: String) -> (SiteConfig?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let config = ConfigLoader.parse(yaml, diagnostics: &diagnostics)
        return (config, diagnostics)
    }

    /// The single diagnostic of `yaml`, which must be an error.
    private func failure(_ yaml: String) -> Diagnostic? {
        let (_, diagnostics) = parse(yaml)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        return diagnostics.first
    }

    @Test func readsAFullConfiguration() throws {
        let (config, diagnostics) = parse("""
        title:
          en: Example Policies
          ja: 例のポリシー
        base_url: https://example.com/legal
        default_language: en
        languages:
          - code: en
            name: English
          - code: ja
            name: 日本語
          - code: ar
          - code: he
            dir: ltr
        theme: default
        toc_depth: 4
        unsafe_html: true
        notice_days: 30
        variables:
          company:
            name: Example Co.
          response_days: 15
        language_variables:
          ja:
            company:
              name: 例株式会社
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let site = try #require(config)
        #expect(site.baseURL == "https://example.com/legal/")
        #expect(site.languages.map(\.code.rawValue) == ["en", "ja", "ar", "he"])
        #expect(site.language(LanguageCode(rawValue: "ar")!)?.direction == .rightToLeft)
        #expect(site.language(LanguageCode(rawValue: "he")!)?.direction == .leftToRight, "explicit dir wins")
        #expect(site.language(LanguageCode(rawValue: "ar")!)?.name == "العربية", "named in its own script by default")
        #expect(site.title.text(for: LanguageCode(rawValue: "ja")!) == "例のポリシー")
        #expect(site.title.text(for: LanguageCode(rawValue: "ar")!) == "Example Policies", "falls back to the default")
        #expect(site.tocDepth == 4 && site.unsafeHTML && site.noticeDays == 30)
        #expect(site.themeLocation == SourceLocation(path: "policygen.yaml", line: 14, column: 8))
        let merged = site.variables.merging(site.languageVariables[LanguageCode(rawValue: "ja")!]!)
        #expect(merged.value(at: ["company", "name"]) == .text("例株式会社"))
        #expect(merged.value(at: ["response_days"]) == .text("15"))
    }

    @Test func defaultsWhenOptionalKeysAreAbsent() throws {
        let (config, diagnostics) = parse("title: T\nlanguages: [en]\n")
        #expect(diagnostics.isEmpty)
        let site = try #require(config)
        #expect(site.defaultLanguage.rawValue == "en" && site.tocDepth == 3 && !site.unsafeHTML && site.theme == "default")
        #expect(site.baseURL == nil)
    }

    @Test func htmlIsSafeByDefaultAndUnsafeHTMLIsTrusted() throws {
        #expect(try #require(parse("title: T\nlanguages: [en]\n").0).html == .safe)
        for (written, mode) in [("html: none", HTMLMode.none), ("html: trusted", .trusted), ("html: safe", .safe),
                                ("unsafe_html: true", .trusted), ("unsafe_html: false", .safe),
                                ("html: trusted\nunsafe_html: true", .trusted), ("html: none\nunsafe_html: false", .none)] {
            let (config, diagnostics) = parse("title: T\nlanguages: [en]\n\(written)\n")
            #expect(diagnostics.isEmpty, "\(written)")
            #expect(config?.html == mode, "\(written)")
        }
    }

    @Test func anUnknownHTMLModeOrAContradictionIsAnError() throws {
        let unknown = try #require(failure("title: T\nlanguages: [en]\nhtml: sanitized\n"))
        #expect(unknown.message == "'html' must be safe, none or trusted")
        #expect(unknown.location == SourceLocation(path: "policygen.yaml", line: 3, column: 7))
        let contradiction = try #require(failure("title: T\nlanguages: [en]\nhtml: safe\nunsafe_html: true\n"))
        #expect(contradiction.message == "unsafe_html: true contradicts html: safe")
    }

    @Test func unknownKeyIsReportedWithASuggestion() throws {
        let problem = try #require(failure("title: T\nlanguages: [en]\ntoc_dept: 3\n"))
        #expect(problem.code == .unknownKey)
        #expect(problem.location == SourceLocation(path: "policygen.yaml", line: 3, column: 1))
        #expect(problem.message.contains("did you mean 'toc_depth'"))
    }

    @Test func missingTitle() throws {
        let problem = try #require(failure("languages: [en]\n"))
        #expect(problem.code == .missingKey)
        #expect(problem.message.contains("'title'"))
    }

    @Test func languageCodeThatIsNotBCP47() throws {
        let problem = try #require(failure("title: T\nlanguages:\n  - code: en_US\n"))
        #expect(problem.code == .invalidLanguageCode)
        #expect(problem.location == SourceLocation(path: "policygen.yaml", line: 3, column: 11))
    }

    @Test(arguments: ["en", "zh-Hans", "pt-BR", "es-419", "sr-Latn-RS", "de-CH-1996"])
    func wellFormedLanguageTags(_ tag: String) {
        #expect(LanguageCode(rawValue: tag) != nil)
    }

    @Test(arguments: ["en_US", "../x", "e", "english", "en-", "", "x-default", "zh-Hans-", "en-١٢٣", "en-x-private"])
    func malformedLanguageTags(_ tag: String) {
        #expect(LanguageCode(rawValue: tag) == nil)
    }

    @Test(arguments: [("ar", TextDirection.rightToLeft), ("he", .rightToLeft), ("fa", .rightToLeft),
                      ("ur", .rightToLeft), ("en", .leftToRight), ("ja", .leftToRight),
                      ("az-Arab", .rightToLeft), ("ku-Latn", .leftToRight), ("zh-Hant", .leftToRight)])
    func directionFromTheTag(_ tag: String, _ direction: TextDirection) {
        #expect(LanguageCode(rawValue: tag)?.naturalDirection == direction)
    }

    @Test func defaultLanguageMustBeListed() throws {
        let problem = try #require(failure("title: T\ndefault_language: fr\nlanguages: [en]\n"))
        #expect(problem.code == .unknownLanguage)
        #expect(problem.location == SourceLocation(path: "policygen.yaml", line: 2, column: 19))
    }

    @Test func languageListedTwice() throws {
        let problem = try #require(failure("title: T\ndefault_language: en\nlanguages: [en, ja, EN]\n"))
        #expect(problem.code == .invalidLanguageList)
    }

    @Test(arguments: ["ftp://example.com/", "https://example.com/?a=1", "https://example.com/#x", "/legal/", "example.com",
                      "https://e.com/\"><x", "https://e.com/a b/", "https://exämple.com/"])
    func baseURLMustBeAbsoluteHTTP(_ url: String) throws {
        let problem = try #require(failure("title: T\nlanguages: [en]\nbase_url: '\(url)'\n"))
        #expect(problem.code == .invalidBaseURL)
        #expect(problem.location.line == 3)
    }

    @Test(arguments: ["../elsewhere", "My Theme", "/etc"])
    func themeIsANameNotAPath(_ theme: String) throws {
        let problem = try #require(failure("title: T\nlanguages: [en]\ntheme: \"\(theme)\"\n"))
        #expect(problem.code == .invalidThemeName)
    }

    @Test func tocDepthOutOfRange() throws {
        let problem = try #require(failure("title: T\nlanguages: [en]\ntoc_depth: 9\n"))
        #expect(problem.code == .invalidValue)
        #expect(problem.location == SourceLocation(path: "policygen.yaml", line: 3, column: 12))
    }

    @Test func titleMapNeedsTheDefaultLanguage() throws {
        let problem = try #require(failure("title:\n  ja: T\nlanguages: [en, ja]\ndefault_language: en\n"))
        #expect(problem.code == .missingKey)
    }

    @Test func variablesHoldNoPlainLists() throws {
        let problem = try #require(failure("title: T\nlanguages: [en]\nvariables:\n  offices: [London, Tokyo]\n"))
        #expect(problem.code == .invalidValue)
        #expect(problem.location == SourceLocation(path: "policygen.yaml", line: 4, column: 12))
        #expect(problem.message.contains("a list holds the dated values of one variable"))
    }

    @Test func aDatedVariableHasTheValueInForceOnTheDay() throws {
        let (config, diagnostics) = parse("""
        title: T
        default_language: en
        languages: [en, ja]
        variables:
          company:
            name:
              - value: Kestrel Harbour Ltd.
              - value: Kestrel Harbour Holdings plc
                from: 2026-01-01
              - value: KH plc
                from: 2027-03-15
            email: privacy@kestrel.example
        language_variables:
          ja:
            company:
              name:
                - value: ケストレル株式会社
                - value: ケストレル・ホールディングス
                  from: 2026-01-01
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let site = try #require(config)
        func name(_ language: String, _ day: String) -> VariableTree.Lookup {
            site.variables(for: LanguageCode(rawValue: language)!, on: day).lookup(["company", "name"])
        }
        #expect(name("en", "2025-12-31") == .value("Kestrel Harbour Ltd."))
        #expect(name("en", "2026-01-01") == .value("Kestrel Harbour Holdings plc"), "from its day on")
        #expect(name("en", "2027-03-14") == .value("Kestrel Harbour Holdings plc"))
        #expect(name("en", "2030-01-01") == .value("KH plc"))
        #expect(name("ja", "2024-06-01") == .value("ケストレル株式会社"))
        #expect(name("ja", "2026-06-01") == .value("ケストレル・ホールディングス"))
        #expect(site.variables(for: LanguageCode(rawValue: "ja")!, on: "2020-01-01").lookup(["company", "email"])
                    == .value("privacy@kestrel.example"), "the rest merged as before")
        #expect(site.variables(for: LanguageCode(rawValue: "en")!).lookup(["company", "name"]) == .value("KH plc"),
                "undated, a dated variable reads as its latest value")
    }

    @Test(arguments: [
        // The first value has a date.
        ("    - value: A\n      from: 2024-01-01\n    - value: B\n      from: 2025-01-01\n", 6, 13, "takes no 'from'"),
        // A later value has none.
        ("    - value: A\n    - value: B\n", 6, 7, "needs 'from: YYYY-MM-DD'"),
        // Not a day.
        ("    - value: A\n    - value: B\n      from: 2025-02-30\n", 7, 7, "needs 'from: YYYY-MM-DD'"),
        // Out of order.
        ("    - value: A\n    - value: B\n      from: 2025-01-01\n    - value: C\n      from: 2024-01-01\n", 9, 13,
         "must be in date order: 2024-01-01 is not after 2025-01-01"),
        // A key that is neither.
        ("    - value: A\n    - value: B\n      since: 2025-01-01\n", 7, 7, "unknown key 'since'"),
    ])
    func aDatedVariableIsWrittenInOrderFromItsFirstValue(_ list: String, _ line: Int, _ column: Int, _ words: String) throws {
        let problem = try #require(failure("title: T\nlanguages: [en]\nvariables:\n  name:\n" + list))
        #expect(problem.code == .unknownKey || problem.code == .invalidValue)
        #expect(problem.location == SourceLocation(path: "policygen.yaml", line: line, column: column), "\(problem)")
        #expect(problem.message.contains(words), "\(problem.message)")
    }

    @Test func everyProblemIsReportedInOneRun() {
        let (config, diagnostics) = parse("""
        titel: T
        languages: [en, en_GB]
        toc_depth: 1
        unsafe_html: yes
        """)
        #expect(config != nil, "the languages are usable, so the rest of the site can still be checked")
        #expect(Set(diagnostics.map(\.code)) == [.unknownKey, .missingKey, .invalidLanguageCode, .invalidValue])
        #expect(diagnostics.count == 5, "\(diagnostics)")
    }

    @Test func missingFile() throws {
        let folder = try TemporaryDirectory.make(prefix: "config")
        defer { try? TemporaryDirectory.remove(folder) }
        var diagnostics: [Diagnostic] = []
        #expect(ConfigLoader.load(from: folder, diagnostics: &diagnostics) == nil)
        #expect(diagnostics.map(\.code) == [.missingConfig])
    }
}
