import Diagnostics
import Foundation
import Yams

/// Reads and validates `policygen.yaml`, reporting every problem it finds.
public enum ConfigLoader {
    public static let fileName = "policygen.yaml"
    static let keys = ["title", "base_url", "default_language", "languages", "theme", "toc_depth",
                       "html", "unsafe_html", "variables", "language_variables", "notice_days"]

    public static func load(from source: URL, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let url = source.appendingPathComponent(fileName)
        if case .missing = InputFile.kind(atPath: url.path) {
            diagnostics.append(.error(.missingConfig, at: SourceLocation(path: fileName),
                                      "no \(fileName) in \(source.path)",
                                      hint: "run policygen in the site folder or pass --source DIR"))
            return nil
        }
        switch InputFile.read(url, path: fileName) {
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        case .success(let contents):
            return parse(contents.text, diagnostics: &diagnostics)
        }
    }

    /// Validates the text of a policygen.yaml and returns the configuration as far as it could
    /// be read: nil only when the YAML or the languages are unusable. When errors were added to
    /// `diagnostics`, the result serves to check the rest of the site, never to publish it.
    public static func parse(_ text: String, path: String = fileName,
                             diagnostics: inout [Diagnostic]) -> SiteConfig? {
        var problems: [Diagnostic] = []
        defer { diagnostics += problems }
        guard let document = StrictYAML.parse(text, path: path, diagnostics: &problems),
              let root = YAMLMapping.read(document.root, in: document, what: fileName,
                                          allowedKeys: keys, diagnostics: &problems) else { return nil }

        let languages = readLanguages(root, &problems)
        let defaultLanguage = readDefaultLanguage(root, languages, &problems)
        let title = readTitle(root, languages, defaultLanguage, &problems)
        let baseURL = root.string("base_url", diagnostics: &problems).flatMap { text in
            BaseURL.normalized(text) ?? {
                problems.append(.error(.invalidBaseURL, at: root.location(ofValue: "base_url"),
                                       "base_url must be an absolute http(s) URL without query or fragment",
                                       hint: "for example https://example.com/legal/"))
                return nil
            }()
        }
        let theme = root.string("theme", diagnostics: &problems) ?? "default"
        if !Slug.isPolicySlug(theme) {
            problems.append(.error(.invalidThemeName, at: root.location(ofValue: "theme"),
                                   "theme must be a name such as 'default', not a path"))
        }
        let tocDepth = root.int("toc_depth", in: 2...6, diagnostics: &problems) ?? 3
        let html = readHTMLMode(root, &problems)
        let noticeDays = root.int("notice_days", in: 0...3650, diagnostics: &problems)
        let variables = root.value("variables").map { VariableReader.tree($0, in: document, &problems) } ?? VariableTree()
        var languageVariables: [LanguageCode: VariableTree] = [:]
        if let node = root.value("language_variables") {
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    let name = key.scalar?.string ?? ""
                    guard let language = languages.named(name) else {
                        problems.append(.error(.unknownLanguage, at: document.location(of: key),
                                               "language_variables names '\(name)', which is not in languages"))
                        continue
                    }
                    languageVariables[language.code] = VariableReader.tree(value, in: document, &problems)
                }
            } else {
                problems.append(.error(.invalidValue, at: document.location(of: node),
                                       "language_variables must map language codes to variables"))
            }
        }

        guard let defaultLanguage else { return nil }
        var config = SiteConfig(title: title ?? LocalizedText(""), baseURL: baseURL, defaultLanguage: defaultLanguage,
                          languages: languages, theme: theme, tocDepth: tocDepth, html: html,
                          variables: variables, languageVariables: languageVariables, noticeDays: noticeDays)
        config.themeLocation = root.location(ofValue: "theme")
        return config
    }

    private static func readLanguages(_ root: YAMLMapping, _ problems: inout [Diagnostic]) -> [Language] {
        guard let node = root.value("languages") else {
            root.reportMissing("languages", &problems)
            return []
        }
        guard let items = node.sequence, !items.isEmpty else {
            problems.append(.error(.invalidLanguageList, at: root.location(ofValue: "languages"),
                                   "languages must be a list with at least one language"))
            return []
        }
        var languages: [Language] = []
        for item in items {
            // `- en` is short for `- code: en`.
            if let code = item.scalar?.string {
                if let language = makeLanguage(code: code, name: nil, dir: nil, at: root.document.location(of: item), &problems) {
                    languages.append(language)
                }
                continue
            }
            guard let entry = YAMLMapping.read(item, in: root.document, what: "a language entry",
                                               allowedKeys: ["code", "name", "dir"], diagnostics: &problems),
                  let code = entry.string("code", required: true, diagnostics: &problems) else { continue }
            let dir = entry.string("dir", diagnostics: &problems)
            if let dir, TextDirection(rawValue: dir) == nil {
                problems.append(.error(.invalidValue, at: entry.location(ofValue: "dir"), "dir must be ltr or rtl"))
            }
            if let language = makeLanguage(code: code, name: entry.string("name", diagnostics: &problems),
                                           dir: dir.flatMap(TextDirection.init(rawValue:)),
                                           at: entry.location(ofValue: "code"), &problems) {
                languages.append(language)
            }
        }
        var seen: [String: LanguageCode] = [:]
        var unique: [Language] = []
        for language in languages {
            if let earlier = seen[language.code.rawValue.lowercased()] {
                problems.append(.error(.invalidLanguageList, at: root.location(ofValue: "languages"),
                                       "language '\(language.code)' is listed twice (as '\(earlier)')"))
                continue
            }
            seen[language.code.rawValue.lowercased()] = language.code
            unique.append(language)
        }
        return unique
    }

    private static func makeLanguage(code: String, name: String?, dir: TextDirection?, at location: SourceLocation,
                                     _ problems: inout [Diagnostic]) -> Language? {
        guard let tag = LanguageCode(rawValue: code) else {
            problems.append(.error(.invalidLanguageCode, at: location,
                                   "'\(code)' is not a BCP 47 language tag",
                                   hint: "write tags such as en, ja, zh-Hans or pt-BR"))
            return nil
        }
        return Language(code: tag, name: name ?? Self.nativeName(of: tag), direction: dir)
    }

    /// The language's name in its own language, from the system's locale data.
    static func nativeName(of code: LanguageCode) -> String {
        let locale = Locale(identifier: code.rawValue)
        return locale.localizedString(forIdentifier: code.rawValue) ?? code.rawValue
    }

    /// `html: safe | none | trusted`; `unsafe_html: true`, the older spelling, means `trusted`.
    private static func readHTMLMode(_ root: YAMLMapping, _ problems: inout [Diagnostic]) -> HTMLMode {
        let unsafeHTML = root.bool("unsafe_html", diagnostics: &problems)
        guard let text = root.string("html", diagnostics: &problems) else { return unsafeHTML == true ? .trusted : .safe }
        guard let mode = HTMLMode(rawValue: text) else {
            problems.append(.error(.invalidValue, at: root.location(ofValue: "html"),
                                   "'html' must be safe, none or trusted",
                                   hint: "safe keeps allowed HTML and removes the rest; none leaves all of it out; trusted publishes it as written"))
            return .safe
        }
        if let unsafeHTML, unsafeHTML != (mode == .trusted) {
            problems.append(.error(.invalidValue, at: root.location(ofValue: "unsafe_html"),
                                   "unsafe_html: \(unsafeHTML) contradicts html: \(mode.rawValue)",
                                   hint: "remove unsafe_html, the older spelling of html: trusted"))
        }
        return mode
    }

    private static func readDefaultLanguage(_ root: YAMLMapping, _ languages: [Language],
                                            _ problems: inout [Diagnostic]) -> LanguageCode? {
        guard let text = root.string("default_language", diagnostics: &problems) else {
            if root.value("default_language") == nil, languages.count > 1 {
                root.reportMissing("default_language", &problems)
            }
            return languages.first?.code
        }
        guard let language = languages.named(text) else {
            problems.append(.error(.unknownLanguage, at: root.location(ofValue: "default_language"),
                                   "default_language '\(text)' is not in languages"))
            return nil
        }
        return language.code
    }

    private static func readTitle(_ root: YAMLMapping, _ languages: [Language], _ defaultLanguage: LanguageCode?,
                                  _ problems: inout [Diagnostic]) -> LocalizedText? {
        guard let node = root.value("title") else {
            root.reportMissing("title", &problems)
            return nil
        }
        if node.scalar != nil {
            return root.string("title", required: true, diagnostics: &problems).map { LocalizedText($0) }
        }
        guard let mapping = node.mapping else {
            problems.append(.error(.invalidValue, at: root.location(ofValue: "title"),
                                   "title must be a text or a map from language code to text"))
            return nil
        }
        var byLanguage: [LanguageCode: String] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard let language = languages.named(name) else {
                problems.append(.error(.unknownLanguage, at: root.document.location(of: key),
                                       "title names '\(name)', which is not in languages"))
                continue
            }
            guard let text = value.scalar?.string, !text.isEmpty else {
                problems.append(.error(.invalidValue, at: root.document.location(of: value), "the title must be a text"))
                continue
            }
            if let problem = YAMLText.problem(in: text, at: root.document.location(of: value)) {
                problems.append(problem)
                continue
            }
            byLanguage[language.code] = text
        }
        guard let defaultLanguage else { return nil }
        guard let fallback = byLanguage[defaultLanguage] else {
            problems.append(.error(.missingKey, at: root.location(ofValue: "title"),
                                   "title has no text for the default language '\(defaultLanguage)'"))
            return nil
        }
        return LocalizedText(fallback, byLanguage: byLanguage)
    }
}
