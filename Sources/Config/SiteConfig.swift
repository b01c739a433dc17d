import Diagnostics

/// policygen.yaml, validated.
public struct SiteConfig: Sendable {
    public var title: LocalizedText
    /// Absolute http(s) URL ending in `/`; may carry a sub-path (`https://example.com/legal/`).
    public var baseURL: String?
    public var defaultLanguage: LanguageCode
    /// In the order of the configuration; the default language is among them.
    public var languages: [Language]
    public var theme: String
    /// Where `theme:` is written, for diagnostics about the theme.
    public var themeLocation: SourceLocation?
    /// Deepest heading level in the table of contents, 2–6.
    public var tocDepth: Int
    /// What the texts' own HTML becomes (`html:`).
    public var html: HTMLMode
    public var variables: VariableTree
    public var languageVariables: [LanguageCode: VariableTree]
    public var noticeDays: Int?

    public init(title: LocalizedText, baseURL: String? = nil, defaultLanguage: LanguageCode,
                languages: [Language], theme: String = "default", tocDepth: Int = 3,
                html: HTMLMode = .safe, variables: VariableTree = VariableTree(),
                languageVariables: [LanguageCode: VariableTree] = [:], noticeDays: Int? = nil) {
        self.title = title
        self.baseURL = baseURL
        self.defaultLanguage = defaultLanguage
        self.languages = languages
        self.theme = theme
        self.tocDepth = tocDepth
        self.html = html
        self.variables = variables
        self.languageVariables = languageVariables
        self.noticeDays = noticeDays
    }

    /// `html: trusted`: the texts' HTML is published as written.
    public var unsafeHTML: Bool { html == .trusted }

    public func language(_ code: LanguageCode) -> Language? {
        languages.first { $0.code == code }
    }

    /// The configured language spelled exactly `text`.
    public func language(named text: String) -> Language? {
        languages.named(text)
    }

    /// The reading direction of `code`: the configured one, or the tag's own.
    public func direction(of code: LanguageCode) -> TextDirection {
        language(code)?.direction ?? code.naturalDirection
    }

    public var defaultLanguageInfo: Language {
        language(defaultLanguage)!
    }
}

extension Array where Element == Language {
    /// The language spelled exactly `text` (codes are spelled as the configuration spells them).
    public func named(_ text: String) -> Language? { first { $0.code.rawValue == text } }
}

public struct Language: Sendable, Hashable {
    public var code: LanguageCode
    /// The language's name in its own script (`日本語`).
    public var name: String
    public var direction: TextDirection

    public init(code: LanguageCode, name: String, direction: TextDirection? = nil) {
        self.code = code
        self.name = name
        self.direction = direction ?? code.naturalDirection
    }
}

/// A text given once, or once per language; a missing language falls back to the default's.
public struct LocalizedText: Sendable, Hashable {
    public var fallback: String
    public var byLanguage: [LanguageCode: String]

    public init(_ fallback: String, byLanguage: [LanguageCode: String] = [:]) {
        self.fallback = fallback
        self.byLanguage = byLanguage
    }

    public func text(for language: LanguageCode) -> String {
        byLanguage[language] ?? fallback
    }
}
