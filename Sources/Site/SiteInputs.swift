import Config
import Content
import Diagnostics
import Foundation
import Localization
import Theme

/// Everything a build reads, loaded and validated: the Loader stage.
struct SiteInputs: Sendable {
    var config: SiteConfig
    var content: SiteContent
    var templates: PageTemplates
    var strings: [LanguageCode: InterfaceStrings]
    /// Files under the theme's `assets/`, by path below it.
    var assets: [(path: String, bytes: [UInt8])]

    /// Loads everything in `source`, reporting every problem of every file in one run. nil only
    /// when policygen.yaml is unusable; otherwise what could be read, which is publishable only
    /// if no error was added to `diagnostics`.
    static func load(source: URL, baseURL: String?, diagnostics: inout [Diagnostic]) -> SiteInputs? {
        guard var config = ConfigLoader.load(from: source, diagnostics: &diagnostics) else { return nil }
        if let baseURL { config.baseURL = baseURL }
        let content = ContentLoader.load(from: source, config: config, diagnostics: &diagnostics)
        let theme = ThemeFiles.load(name: config.theme, siteFolder: source, diagnostics: &diagnostics)
        let templates = PageTemplates(theme: theme, diagnostics: &diagnostics)
        let strings = loadStrings(theme, config: config, &diagnostics)
        let assets = theme.paths(under: "assets/").map { (String($0.dropFirst("assets/".count)), theme.file($0)!.bytes) }
        return SiteInputs(config: config, content: content, templates: templates, strings: strings, assets: assets)
    }

    /// Interface strings per language: the theme's file for the language, completed from the
    /// default language's, completed from the built-in English. Every gap is a warning.
    private static func loadStrings(_ theme: ThemeFiles, config: SiteConfig,
                                    _ diagnostics: inout [Diagnostic]) -> [LanguageCode: InterfaceStrings] {
        func read(_ language: LanguageCode, from files: ThemeFiles) -> (InterfaceStrings, String)? {
            guard let file = files.file("i18n/\(language).yaml") else { return nil }
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                diagnostics.append(.error(.notUTF8, at: SourceLocation(path: file.origin), "the file is not valid UTF-8"))
                return nil
            }
            return InterfaceStrings.parse(text, path: file.origin, language: language, diagnostics: &diagnostics)
                .map { ($0, file.origin) }
        }
        let english = LanguageCode(rawValue: "en")!
        let builtInEnglish = read(english, from: .builtIn)?.0 ?? InterfaceStrings(language: english, values: [:])

        func complete(_ language: LanguageCode, fallback: InterfaceStrings, fallbackName: String) -> InterfaceStrings {
            guard let (own, origin) = read(language, from: theme) else {
                diagnostics.append(.warning(.missingString, at: SourceLocation(path: "themes/\(config.theme)/i18n/\(language).yaml"),
                                            "no interface strings for '\(language)': the \(fallbackName) ones are used"))
                return InterfaceStrings(language: language, values: fallback.values)
            }
            let (filled, missing) = own.filled(from: fallback)
            if !missing.isEmpty {
                diagnostics.append(.warning(.missingString, at: SourceLocation(path: origin),
                                            "missing interface strings (the \(fallbackName) ones are used): \(missing.joined(separator: ", "))"))
            }
            return filled
        }

        let defaultStrings = complete(config.defaultLanguage, fallback: builtInEnglish, fallbackName: "built-in English")
        var result = [config.defaultLanguage: defaultStrings]
        for language in config.languages where language.code != config.defaultLanguage {
            result[language.code] = complete(language.code, fallback: defaultStrings,
                                             fallbackName: "'\(config.defaultLanguage)'")
        }
        return result
    }
}
