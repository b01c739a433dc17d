import Config
import Content
import Localization

/// What every page carries, whatever its kind: language and direction, the site title,
/// links to the stylesheet and the homes, the language switcher, the interface strings.
struct PageChrome {
    let config: SiteConfig
    let strings: [LanguageCode: InterfaceStrings]
    let dates: [LanguageCode: LongDateFormat]
    let assets: ThemeAssets
    /// The dates pages show, formatted once per language: pages name the same few dates
    /// thousands of times, and a formatter is slow and shared behind a lock.
    private let dateTexts: [LanguageCode: [EffectiveDate: String]]

    init(config: SiteConfig, strings: [LanguageCode: InterfaceStrings], dates: [LanguageCode: LongDateFormat],
         assets: ThemeAssets, knownDates: Set<EffectiveDate> = []) {
        self.config = config
        self.strings = strings
        self.dates = dates
        self.assets = assets
        dateTexts = dates.mapValues { format in
            Dictionary(uniqueKeysWithValues: knownDates.map { ($0, format.string(year: $0.year, month: $0.month, day: $0.day)) })
        }
    }

    func links(from page: PlannedPage) -> PageLinks {
        page == .notFound ? .rootAbsolute(baseURL: config.baseURL) : .relative(from: page.path)
    }

    /// `canonical` is the page search engines should index instead, when not this one
    /// (an untranslated page names the default-language page).
    func context(for page: PlannedPage, language: Language, title: String, description: String?,
                 canonical: PlannedPage? = nil) -> [String: Any] {
        let links = links(from: page)
        var context: [String: Any] = [
            "lang": language.code.rawValue,
            "dir": language.direction.rawValue,
            "og_locale": language.code.rawValue.replacingOccurrences(of: "-", with: "_"),
            "site_title": config.title.text(for: language.code),
            "page_title": title,
            "stylesheet": links.toFile(assets.sitePath(of: "style.css")),
            "favicon": links.toFile(assets.sitePath(of: "favicon.svg")),
            "assets": assetLinks(links),
            "home_url": links.to(.root),
            "language_home_url": page == .home ? "./" : links.to(PlannedPage.languageHome(language.code).path),
            "strings": strings[language.code]?.values ?? [:],
            "languages": config.languages.map { other -> [String: Any] in
                [
                    "code": other.code.rawValue,
                    "name": other.name,
                    "dir": other.direction.rawValue,
                    "url": links.to(page.translated(to: other.code).path),
                    "is_current": page.language == other.code,
                ]
            },
        ]
        if let description { context["description"] = description }
        context["feeds"] = feeds(for: page)
        if let base = config.baseURL, page != .notFound {
            context["canonical"] = (canonical ?? page).path.absoluteURL(base: base)
        }
        return context
    }

    /// Every asset of the theme for templates, keyed by its theme path with `.`, `/` and `-`
    /// as `_` (Mustache reads dots as nesting): `{{assets.logo_svg}}` for `assets/logo.svg`.
    private func assetLinks(_ links: PageLinks) -> [String: String] {
        var result: [String: String] = [:]
        for (themePath, _) in assets.published {
            let key = String(themePath.map { ".-/".contains($0) ? "_" : $0 })
            result[key] = links.toFile(assets.sitePath(of: themePath))
        }
        return result
    }

    /// The Atom feeds a page announces: its language's, and its policy's on a policy page.
    private func feeds(for page: PlannedPage) -> [[String: Any]] {
        guard let language = page.language else { return [] }
        var feeds: [(PlannedFile, String)] = [(.feed(language, policy: nil), "feed")]
        if let policy = page.policy { feeds.append((.feed(language, policy: policy), "feed_policy")) }
        return feeds.map { file, key in ["url": links(from: page).toFile(file.path), "title": strings[language]?[key] ?? key] }
    }

    /// A date for templates: `iso` for `<time datetime>`, `text` in the page's language,
    /// and `html`, the whole `<time>` element for use inside sentences.
    func date(_ date: EffectiveDate, in language: LanguageCode) -> [String: Any] {
        let text = dateText(date, in: language)
        return ["iso": date.description, "text": text, "html": timeHTML(date, in: language)]
    }

    func timeHTML(_ date: EffectiveDate, in language: LanguageCode) -> String {
        "<time datetime=\"\(date)\">\(HTMLText.escape(dateText(date, in: language)))</time>"
    }

    func dateText(_ date: EffectiveDate, in language: LanguageCode) -> String {
        if let known = dateTexts[language]?[date] { return known }
        return dates[language]?.string(year: date.year, month: date.month, day: date.day) ?? date.description
    }
}
