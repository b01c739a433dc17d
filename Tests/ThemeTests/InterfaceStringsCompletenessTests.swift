import Config
import Foundation
import Localization
import Testing
import Theme

/// Every language file of the built-in theme (`i18n/<lang>.yaml`) against the reference,
/// `i18n/en.yaml`: the same keys, no empty text, and the same `{placeholders}` in every text.
/// The files are read from `ThemeFiles.builtIn`, so what is checked is what the binary ships.
@Suite struct InterfaceStringsCompletenessTests {
    static let reference = "en"
    static let expectedLanguages: Set<String> = ["en", "ja", "zh-Hans", "zh-Hant", "ko", "de", "fr", "es", "pt-BR", "ar", "he"]

    /// The languages of the built-in theme's `i18n/` folder, from the file names.
    static let languages: [String] = ThemeFiles.builtIn.paths(under: "i18n/")
        .filter { $0.hasSuffix(".yaml") }
        .map { String($0.dropFirst("i18n/".count).dropLast(".yaml".count)) }

    static func strings(_ language: String) throws -> [(key: String, value: String)] {
        let path = "i18n/\(language).yaml"
        let file = try #require(ThemeFiles.builtIn.file(path), "\(path) is not built in")
        let text = try #require(String(validating: file.bytes, as: UTF8.self), "\(path) is not UTF-8")
        return try FlatYAML.entries(text, path: path)
    }

    // MARK: The built-in files

    @Test func theThemeShipsEveryExpectedLanguage() {
        let missing = Self.expectedLanguages.subtracting(Self.languages)
        #expect(missing.isEmpty, "no i18n/<lang>.yaml for: \(missing.sorted().joined(separator: ", "))")
        #expect(Self.languages.count == Set(Self.languages).count)
    }

    @Test func theReferenceHasNoDuplicateOrEmptyEntry() throws {
        let entries = try Self.strings(Self.reference)
        #expect(entries.count > 20, "en.yaml was not read: \(entries.count) entries")
        #expect(Set(entries.map(\.key)).count == entries.count, "a key is written twice in en.yaml")
        for (key, value) in entries {
            #expect(!value.trimmingWhitespace.isEmpty, "en.yaml: '\(key)' has no text")
        }
    }

    @Test(arguments: InterfaceStringsCompletenessTests.languages)
    func aLanguageFileHasExactlyTheReferenceKeysAndPlaceholders(_ language: String) throws {
        let reference = try Self.strings(Self.reference)
        let entries = try Self.strings(language)
        let categories = PluralRule(language: LanguageCode(rawValue: language)!).categories
        let problems = Completeness.problems(of: entries, against: reference, pluralCategories: categories)
        #expect(problems.isEmpty, "i18n/\(language).yaml:\n\(problems.joined(separator: "\n"))")
    }

    /// A counted text has exactly the plural forms its language uses: Japanese one, Arabic six.
    @Test func pluralFormsFollowTheLanguagesCategories() {
        let reference: [(key: String, value: String)] = [("words_one", "{count} word"), ("words_other", "{count} words")]
        let arabic = Set(PluralCategory.allCases)
        let complete: [(key: String, value: String)] = [
            ("words_zero", "لا كلمات"), ("words_one", "كلمة واحدة"), ("words_two", "كلمتان"),
            ("words_few", "{count} كلمات"), ("words_many", "{count} كلمة"), ("words_other", "{count} كلمة"),
        ]
        #expect(Completeness.problems(of: complete, against: reference, pluralCategories: arabic).isEmpty,
                "a form other than 'other' may spell the number out")
        #expect(Completeness.problems(of: Array(complete.dropFirst()), against: reference, pluralCategories: arabic)
            == ["missing key 'words_zero'"])
        #expect(Completeness.problems(of: [("words_one", "1語"), ("words_other", "{count}語")], against: reference,
                                      pluralCategories: [.other]) == ["key 'words_one' is not in the reference"])
        #expect(Completeness.problems(of: [("words_other", "語")], against: reference, pluralCategories: [.other])
            == ["'words_other' has placeholders [] instead of [count]"])
    }

    // MARK: The check itself

    private static let sample: [(key: String, value: String)] = [
        ("contents", "Contents"), ("effective_on", "Effective {date}"),
        ("notice", "From {from} until {until}. Read the {current}."),
    ]

    @Test func aCompleteTranslationPasses() {
        let translated: [(key: String, value: String)] = [
            ("notice", "{from}から{until}まで。{current}をご覧ください。"), ("contents", "目次"), ("effective_on", "{date}施行"),
        ]
        #expect(Completeness.problems(of: translated, against: Self.sample).isEmpty)
    }

    @Test func aMissingKeyIsReported() {
        let problems = Completeness.problems(of: Array(Self.sample.dropFirst()), against: Self.sample)
        #expect(problems == ["missing key 'contents'"])
    }

    @Test func anExtraOrRepeatedKeyIsReported() {
        let problems = Completeness.problems(of: Self.sample + [("contents", "Again"), ("contnets", "Typo")], against: Self.sample)
        #expect(problems == ["key 'contents' is written 2 times", "key 'contnets' is not in the reference"])
    }

    @Test func anEmptyTextIsReported() {
        let problems = Completeness.problems(of: [("contents", " ")] + Self.sample.dropFirst(), against: Self.sample)
        #expect(problems == ["'contents' has no text"])
    }

    @Test func aLostRenamedOrRepeatedPlaceholderIsReported() {
        let lost = Completeness.problems(
            of: [Self.sample[0], ("effective_on", "Effective"), Self.sample[2]], against: Self.sample)
        #expect(lost == ["'effective_on' has placeholders [] instead of [date]"])
        let renamed = Completeness.problems(
            of: [Self.sample[0], ("effective_on", "Effective {datum}"), Self.sample[2]], against: Self.sample)
        #expect(renamed == ["'effective_on' has placeholders [datum] instead of [date]"])
        let repeated = Completeness.problems(
            of: [Self.sample[0], ("effective_on", "{date} ({date})"), Self.sample[2]], against: Self.sample)
        #expect(repeated == ["'effective_on' has placeholders [date, date] instead of [date]"])
    }

    @Test func placeholdersAreFoundAsTheThemeFillsThem() {
        #expect(Completeness.placeholders("{title} — {date}") == ["date", "title"])
        #expect(Completeness.placeholders("{{date}}") == ["date"], "the inner pair is the placeholder")
        #expect(Completeness.placeholders("a { b } c") == [" b "])
        #expect(Completeness.placeholders("no {closing") == [])
    }

    @Test func theReaderReadsTheFlatForms() throws {
        let entries = try FlatYAML.entries("""
            # A comment.

            plain: Skip to content
            colon: "What changed:"
            hash: text # a comment
            escaped: "say \\"{date}\\"\\u00A0\\\\"
            single: 'It''s {date}'
            """, path: "sample.yaml")
        #expect(entries.map(\.key) == ["plain", "colon", "hash", "escaped", "single"])
        #expect(entries.map(\.value) == ["Skip to content", "What changed:", "text", "say \"{date}\"\u{A0}\\", "It's {date}"])
    }

    @Test func theReaderRefusesWhatItDoesNotUnderstand() {
        for text in ["nested:\n  key: value\n", "block: |\n  text\n", "no colon here\n", "open: \"unterminated\n",
                     "after: \"quoted\" tail\n", "empty:\n"] {
            #expect(throws: FlatYAML.Unreadable.self, "\(text.debugDescription)") {
                try FlatYAML.entries(text, path: "sample.yaml")
            }
        }
    }
}

/// The comparison of one language's entries with the reference's.
enum Completeness {
    /// `pluralCategories`: the language's plural categories. A reference family `base_one`,
    /// `base_other` asks the language for `base_<category>` for each of them; a form other
    /// than `other` may leave out `{count}` (Arabic writes "two words" as one word).
    static func problems(of entries: [(key: String, value: String)],
                         against reference: [(key: String, value: String)],
                         pluralCategories: Set<PluralCategory> = [.one, .other]) -> [String] {
        var problems: [String] = []
        var expected: [String: String] = [:]
        var optionalCount: Set<String> = []
        for (key, value) in reference {
            guard let (base, category) = pluralForm(key) else {
                expected[key] = expected[key] ?? value
                continue
            }
            guard category == .other else { continue }
            for form in pluralCategories {
                expected[base + "_" + form.rawValue] = value
                if form != .other { optionalCount.insert(base + "_" + form.rawValue) }
            }
        }
        let referenceKeys = reference.map(\.key).filter { pluralForm($0) == nil }
            + expected.keys.filter { pluralForm($0) != nil }.sorted()
        var counts: [String: Int] = [:]
        for (key, _) in entries { counts[key, default: 0] += 1 }
        for key in referenceKeys where counts[key] == nil {
            problems.append("missing key '\(key)'")
        }
        var seen: Set<String> = []
        for (key, value) in entries where seen.insert(key).inserted {
            if let count = counts[key], count > 1 { problems.append("key '\(key)' is written \(count) times") }
            guard let english = expected[key] else {
                problems.append("key '\(key)' is not in the reference")
                continue
            }
            if value.trimmingWhitespace.isEmpty {
                problems.append("'\(key)' has no text")
                continue
            }
            let want = placeholders(english), have = placeholders(value)
            if have != want && !(optionalCount.contains(key) && have == want.filter { $0 != "count" }) {
                problems.append("'\(key)' has placeholders [\(have.joined(separator: ", "))] instead of [\(want.joined(separator: ", "))]")
            }
        }
        return problems
    }

    /// `words_added_one` → ("words_added", .one); nil for a key that is not a plural form.
    static func pluralForm(_ key: String) -> (String, PluralCategory)? {
        guard let underscore = key.lastIndex(of: "_"),
              let category = PluralCategory(rawValue: String(key[key.index(after: underscore)...])) else { return nil }
        return (String(key[..<underscore]), category)
    }

    /// The `{name}`s of a text, sorted, repeats kept: a brace, then text without braces, then
    /// a closing brace (how `InterfaceStrings.html` finds them).
    static func placeholders(_ text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}" {
                names.append(String(rest[afterOpen..<close]))
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[afterOpen...]
            }
        }
        return names.sorted()
    }
}

/// Just enough YAML for the theme's flat string files: `key: text`, `key: "text"`,
/// `key: 'text'`, comments and blank lines. Anything else throws, so that a form this reader
/// does not know is never misread as a pass.
enum FlatYAML {
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    static func entries(_ text: String, path: String) throws -> [(key: String, value: String)] {
        var entries: [(key: String, value: String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            func fail(_ reason: String) -> Unreadable { Unreadable(description: "\(path):\(index + 1): \(reason): \(line)") }
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let first = line.first, first != " ", first != "\t" else { throw fail("indented line") }
            guard let colon = line.firstIndex(where: { $0 == ":" }),
                  line.index(after: colon) == line.endIndex || line[line.index(after: colon)] == " " else {
                throw fail("not `key: text`")
            }
            let key = String(line[..<colon])
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw fail("not a plain key")
            }
            let raw = line[line.index(after: colon)...].trimmingWhitespace
            guard let opening = raw.first else { throw fail("no text") }
            let value: String
            switch opening {
            case "\"": value = try doubleQuoted(raw, fail)
            case "'": value = try singleQuoted(raw, fail)
            case "|", ">", "[", "{", "&", "*", "!", "%", "@", "`": throw fail("not a flat text")
            default:
                // A plain scalar: a comment starts at ` #`; `: ` would make it a mapping.
                var plain = raw
                if let comment = plain.range(of: " #") { plain = plain[..<comment.lowerBound] }
                guard !plain.contains(": ") else { throw fail("`: ` in a plain text") }
                value = String(plain.trimmingWhitespace)
            }
            entries.append((key, value))
        }
        return entries
    }

    /// `"…"` with YAML's escapes, then nothing but an optional comment.
    private static func doubleQuoted(_ raw: Substring, _ fail: (String) -> Unreadable) throws -> String {
        var value = ""
        var index = raw.index(after: raw.startIndex)
        while index < raw.endIndex {
            let character = raw[index]
            if character == "\"" {
                try checkTail(raw[raw.index(after: index)...], fail)
                return value
            }
            if character == "\\" {
                index = raw.index(after: index)
                guard index < raw.endIndex else { break }
                let escape = raw[index]
                let simple: [Character: String] = [
                    "\"": "\"", "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "0": "\0",
                    " ": " ", "_": "\u{A0}", "N": "\u{85}", "L": "\u{2028}", "P": "\u{2029}",
                ]
                if let replacement = simple[escape] {
                    value += replacement
                } else if let digits = ["x": 2, "u": 4, "U": 8][escape] {
                    let start = raw.index(after: index)
                    guard let end = raw.index(start, offsetBy: digits, limitedBy: raw.endIndex),
                          let code = UInt32(raw[start..<end], radix: 16), let scalar = Unicode.Scalar(code) else {
                        throw fail("bad \\\(escape) escape")
                    }
                    value.unicodeScalars.append(scalar)
                    index = raw.index(before: end)
                } else {
                    throw fail("unknown escape \\\(escape)")
                }
            } else {
                value.append(character)
            }
            index = raw.index(after: index)
        }
        throw fail("unterminated double-quoted text")
    }

    /// `'…'` where `''` is a quote, then nothing but an optional comment.
    private static func singleQuoted(_ raw: Substring, _ fail: (String) -> Unreadable) throws -> String {
        var value = ""
        var index = raw.index(after: raw.startIndex)
        while index < raw.endIndex {
            if raw[index] == "'" {
                let next = raw.index(after: index)
                if next < raw.endIndex, raw[next] == "'" {
                    value.append("'")
                    index = raw.index(after: next)
                    continue
                }
                try checkTail(raw[next...], fail)
                return value
            }
            value.append(raw[index])
            index = raw.index(after: index)
        }
        throw fail("unterminated single-quoted text")
    }

    private static func checkTail(_ tail: Substring, _ fail: (String) -> Unreadable) throws {
        let rest = tail.trimmingWhitespace
        guard rest.isEmpty || (rest.hasPrefix("#") && tail.first == " ") else { throw fail("text after the closing quote") }
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end (YAML's white space; a no-break space is text).
    var trimmingWhitespace: Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return Substring()
        }
        return Substring(self[first...last])
    }
}
