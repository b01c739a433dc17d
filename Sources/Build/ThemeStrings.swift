import Config
import Diagnostics
import Localization
import Theme

/// The interface strings of every language of the site. For each language, key by key:
/// the site theme's file, then the built-in theme's file for that language, then the default
/// language's strings, then the built-in English. Falling back past the built-in theme
/// (a key no file of the language has) is a warning.
enum ThemeStrings {
    static func load(_ theme: ThemeFiles, config: SiteConfig,
                     _ diagnostics: inout [Diagnostic]) -> [LanguageCode: InterfaceStrings] {
        let english = LanguageCode(rawValue: "en")!
        let builtInEnglish = read(english, from: .builtIn, &diagnostics) ?? InterfaceStrings(language: english, values: [:])

        func complete(_ language: LanguageCode, fallback: InterfaceStrings, fallbackName: String) -> InterfaceStrings {
            let path = "i18n/\(language).yaml"
            let own = read(language, from: theme, &diagnostics)
            let builtIn = theme.file(path)?.isBuiltIn == false ? read(language, from: .builtIn, &diagnostics) : nil
            guard let strings = own.map({ own in builtIn.map { own.filled(from: $0).strings } ?? own }) ?? builtIn else {
                diagnostics.append(.warning(.missingString, at: SourceLocation(path: "themes/\(theme.name)/\(path)"),
                                            "no interface strings for '\(language)': the \(fallbackName) ones are used"))
                return InterfaceStrings(language: language, values: fallback.values)
            }
            let (filled, missing) = strings.filled(from: fallback)
            if !missing.isEmpty {
                let origin = theme.file(path)?.origin ?? "themes/\(theme.name)/\(path)"
                diagnostics.append(.warning(.missingString, at: SourceLocation(path: origin),
                                            "missing interface strings (the \(fallbackName) ones are used): \(missing.joined(separator: ", "))"))
            }
            return filled
        }

        let defaultStrings = complete(config.defaultLanguage, fallback: builtInEnglish, fallbackName: "built-in English")
        var result = [config.defaultLanguage: defaultStrings]
        for language in config.languages where language.code != config.defaultLanguage {
            result[language.code] = complete(language.code, fallback: defaultStrings, fallbackName: "'\(config.defaultLanguage)'")
        }
        return result
    }

    private static func read(_ language: LanguageCode, from files: ThemeFiles,
                             _ diagnostics: inout [Diagnostic]) -> InterfaceStrings? {
        guard let file = files.file("i18n/\(language).yaml") else { return nil }
        switch SourceText.decode(file.bytes, path: file.origin) {
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        case .success(let text):
            return InterfaceStrings.parse(text, path: file.origin, language: language, diagnostics: &diagnostics)
        }
    }
}
