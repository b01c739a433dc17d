import Config
import Diagnostics
import Localization
import Testing

@Suite struct InterfaceStringsTests {
    private static let en = LanguageCode(rawValue: "en")!
    private static let ja = LanguageCode(rawValue: "ja")!
    private static let path = "themes/default/i18n/en.yaml"

    private func parse(_ yaml: String, language: LanguageCode = en) -> (InterfaceStrings?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let strings = InterfaceStrings.parse(yaml, path: Self.path, language: language, diagnostics: &diagnostics)
        return (strings, diagnostics)
    }

    private func table(_ values: [String: String], language: LanguageCode = en) -> InterfaceStrings {
        InterfaceStrings(language: language, values: values)
    }

    // MARK: parse

    @Test func aFlatMapIsRead() throws {
        let (parsed, diagnostics) = parse("""
            # Interface strings. `{name}` marks a value policygen fills in.
            contents: Contents
            what_changed: "What changed:"
            effective_on: "Effective {date}"
            quoted: 'It''s <here> & now'
            number: 2
            multi: >-
              folded
              text
            """)
        #expect(diagnostics.isEmpty)
        let strings = try #require(parsed)
        #expect(strings.language == Self.en)
        #expect(strings.values == [
            "contents": "Contents",
            "what_changed": "What changed:",
            "effective_on": "Effective {date}",
            "quoted": "It's <here> & now",
            "number": "2",
            "multi": "folded text",
        ])
    }

    @Test func anEmptyFileHasNoStrings() throws {
        let (parsed, diagnostics) = parse("# nothing yet\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(parsed).values.isEmpty)
    }

    @Test func aNestedMappingIsReportedAtItsKey() throws {
        let (parsed, diagnostics) = parse("""
            contents: Contents
            status:
              current: In effect
            versions: Versions
            """)
        let problem = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(problem.code == .invalidValue)
        #expect(problem.severity == .error)
        #expect(problem.location == SourceLocation(path: Self.path, line: 2, column: 1))
        #expect(parsed?.values["status"] == nil)
        #expect(parsed?.values["current"] == nil, "nothing is read from inside the nested mapping")
    }

    /// The documentation of `parse` says "nil (with diagnostics) when the file is malformed".
    /// (Before 72fae39 a bad entry was reported, then skipped, and the other entries returned.)
    @Test func aNestedMappingMakesTheFileUnusable() {
        let (parsed, diagnostics) = parse("contents: Contents\nstatus:\n  current: In effect\n")
        #expect(diagnostics.hasErrors)
        #expect(parsed == nil, "an error was reported, yet strings were returned: \(parsed?.values ?? [:])")
    }

    @Test func aListValueIsRejected() throws {
        let (_, diagnostics) = parse("languages:\n  - en\n  - ja\n")
        #expect(diagnostics.map(\.code) == [.invalidValue])
        #expect(diagnostics.first?.location.line == 1)
    }

    @Test func aListAtTheTopIsRejected() throws {
        let (parsed, diagnostics) = parse("- contents\n- versions\n")
        #expect(parsed == nil)
        #expect(diagnostics.map(\.code) == [.invalidValue])
    }

    @Test func aPlainTextFileIsRejected() throws {
        let (parsed, diagnostics) = parse("Contents\n")
        #expect(parsed == nil)
        #expect(diagnostics.map(\.code) == [.invalidValue])
    }

    @Test func anchorsAreRejectedByStrictYAML() throws {
        let (parsed, diagnostics) = parse("""
            contents: &c Contents
            toc: *c
            """)
        #expect(parsed == nil)
        #expect(diagnostics.map(\.code) == [.yamlAnchor])
        #expect(diagnostics.first?.location.path == Self.path)
        #expect(diagnostics.first?.location.line == 1)
    }

    @Test func duplicateKeysAreRejected() throws {
        let (parsed, diagnostics) = parse("contents: A\ncontents: B\n")
        #expect(parsed == nil)
        #expect(diagnostics.map(\.code) == [.yamlDuplicateKey])
    }

    @Test func malformedYAMLIsRejected() throws {
        let (parsed, diagnostics) = parse("contents: [unclosed\nversions: Versions\n")
        #expect(parsed == nil)
        #expect(diagnostics.map(\.code) == [.yamlSyntax])
        #expect(diagnostics.first?.location.path == Self.path)
    }

    @Test func customTagsAreRejected() throws {
        let (parsed, diagnostics) = parse("contents: !text Contents\n")
        #expect(parsed == nil)
        #expect(diagnostics.map(\.code) == [.yamlTag])
    }

    // MARK: Lookup and fallback

    @Test func anUnknownKeyReadsAsItself() {
        let strings = table(["contents": "Contents"])
        #expect(strings["contents"] == "Contents")
        #expect(strings["no_such_key"] == "no_such_key")
    }

    @Test func fillingReturnsExactlyTheKeysTakenFromTheFallback() {
        let own = table(["contents": "目次", "versions": "版"], language: Self.ja)
        let fallback = table(["contents": "Contents", "versions": "Versions",
                                "version": "Version", "all_languages": "All languages"])
        let (filled, missing) = own.filled(from: fallback)
        #expect(missing == ["all_languages", "version"], "sorted, and only the gaps")
        #expect(filled.language == Self.ja)
        #expect(filled.values == ["contents": "目次", "versions": "版",
                                  "version": "Version", "all_languages": "All languages"])
    }

    @Test func fillingKeepsKeysTheFallbackLacks() {
        let own = table(["only_here": "x"], language: Self.ja)
        let (filled, missing) = own.filled(from: table(["contents": "Contents"]))
        #expect(missing == ["contents"])
        #expect(filled.values == ["only_here": "x", "contents": "Contents"])
    }

    @Test func nothingIsMissingWhenEveryKeyIsThere() {
        let own = table(["a": "1", "b": "2"], language: Self.ja)
        let (filled, missing) = own.filled(from: table(["a": "x", "b": "y"]))
        #expect(missing.isEmpty)
        #expect(filled.values == ["a": "1", "b": "2"])
        #expect(own.filled(from: table([:])).missing.isEmpty)
    }

    @Test func anEmptyStringIsAStringNotAGap() {
        let own = table(["summary_label": ""], language: Self.ja)
        let (filled, missing) = own.filled(from: table(["summary_label": "Summary"]))
        #expect(missing.isEmpty)
        #expect(filled["summary_label"] == "")
    }

    // MARK: html

    @Test func theTemplateTextIsEscaped() {
        let strings = table(["k": #"<b>"Tom" & 'Jerry'</b>"#])
        #expect(strings.html("k") == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
    }

    @Test func placeholdersAreReplacedByTheirHTML() {
        let strings = table(["k": "From {from} until {until} & beyond"])
        let html = strings.html("k", ["from": "<time>Jan</time>", "until": "<time>Dec</time>"])
        #expect(html == "From <time>Jan</time> until <time>Dec</time> &amp; beyond")
    }

    @Test func aPlaceholderMayRepeat() {
        #expect(table(["k": "{x}-{x}"]).html("k", ["x": "<i>1</i>"]) == "<i>1</i>-<i>1</i>")
    }

    @Test func anUnknownPlaceholderIsLeftAsWritten() {
        let strings = table(["k": "Effective {date} ({note}) {}"])
        #expect(strings.html("k", ["date": "D"]) == "Effective D ({note}) {}")
    }

    @Test func unbalancedBracesAreLeftAsWritten() {
        let strings = table(["k": "a } b { c"])
        #expect(strings.html("k", ["c": "X"]) == "a } b { c")
        #expect(table(["k": "{date"]).html("k", ["date": "X"]) == "{date")
    }

    @Test func anArgumentIsNeverSubstitutedAgain() {
        let strings = table(["k": "Effective {date}; see {other}"])
        let html = strings.html("k", ["date": "{date} {other}", "other": "OTHER"])
        #expect(html == "Effective {date} {other}; see OTHER")
    }

    @Test func anArgumentIsInsertedWithoutEscaping() {
        // Arguments are HTML already; escaping them again would show their tags.
        let html = table(["k": "Read the {current}."]).html("k", ["current": #"<a href="/en/">current version</a>"#])
        #expect(html == #"Read the <a href="/en/">current version</a>."#)
    }

    @Test func anUnknownKeyIsEscapedToo() {
        #expect(table([:]).html("<k>") == "&lt;k&gt;")
    }

    @Test func theDefaultThemesNoticeReadsAsExpected() throws {
        let (parsed, diagnostics) = parse(#"notice_superseded: "This version was in effect from {from} until it was replaced on {until}. Read the {current}.""#)
        #expect(diagnostics.isEmpty)
        let html = try #require(parsed).html("notice_superseded", [
            "from": #"<time datetime="2023-01-01">January 1, 2023</time>"#,
            "until": #"<time datetime="2024-01-01">January 1, 2024</time>"#,
            "current": #"<a href="../">current version</a>"#,
        ])
        #expect(html == #"This version was in effect from <time datetime="2023-01-01">January 1, 2023</time> until it was replaced on <time datetime="2024-01-01">January 1, 2024</time>. Read the <a href="../">current version</a>."#)
    }
}
