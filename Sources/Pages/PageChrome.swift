import Config
import Content
import Localization
import Theme

/// What every page carries, whatever its kind: language and direction, the site title, links
/// to the stylesheet and the homes, the language switcher, the feeds, the interface strings.
struct PageChrome: TemplateModel {
    var language: LanguageValues
    var pageTitle: String
    var description: String?
    var canonical: String?
    var stylesheet: String
    var favicon: String
    var assets: [String: String]
    var homeURL: String
    var languageHomeURL: String
    var languages: [LanguageLink]
    var feeds: [FeedLink]
    var alternates: [Alternate]

    static let fields = TemplateFields<PageChrome>([
        "lang": \.language.lang,
        "dir": \.language.dir,
        "site_title": \.language.siteTitle,
        "page_title": \.pageTitle,
        "description": \.description,
        "canonical": \.canonical,
        "stylesheet": \.stylesheet,
        "favicon": \.favicon,
        "assets": \.assets,
        "og_locale": \.language.ogLocale,
        "home_url": \.homeURL,
        "language_home_url": \.languageHomeURL,
        "languages": \.languages,
        "strings": \.language.strings,
        "feeds": \.feeds,
        "alternates": \.alternates,
    ])
}

/// A language in the switcher: the same page in that language.
struct LanguageLink: TemplateModel {
    var code: String
    var name: String
    var dir: String
    var url: String
    var isCurrent: Bool

    static let fields = TemplateFields<LanguageLink>([
        "code": \.code, "name": \.name, "dir": \.dir, "url": \.url, "is_current": \.isCurrent,
    ])
}

/// An Atom feed a page announces.
struct FeedLink: TemplateModel {
    var url: String
    var title: String

    static let fields = TemplateFields<FeedLink>(["url": \.url, "title": \.title])
}

/// An hreflang alternate of a translated page.
struct Alternate: TemplateModel {
    var hreflang: String
    var url: String

    static let fields = TemplateFields<Alternate>(["hreflang": \.hreflang, "url": \.url])
}

/// A date for templates: `iso` for `<time datetime>`, `text` in the page's language, and
/// `html`, the whole `<time>` element for use inside sentences.
struct DateValue: TemplateModel {
    var iso: String
    var text: String
    var html: String

    static let fields = TemplateFields<DateValue>(["iso": \.iso, "text": \.text, "html": \.html])
}

/// A sentence above a text: `kind` names it for the theme's styles.
struct Notice: TemplateModel {
    var kind: String
    var html: String

    static let fields = TemplateFields<Notice>(["kind": \.kind, "html": \.html])
}

extension SiteRenderer {
    func links(from page: PageAddress) -> PageLinks {
        page == .notFound ? .rootAbsolute(baseURL: config.baseURL) : .relative(from: page.path)
    }

    /// What every page carries. `canonical` is the page search engines should index instead,
    /// when not this one (an untranslated page names the default-language page).
    func chrome(_ page: PlannedPage, language: SiteLanguage, title: String, description: String? = nil,
                canonical: PageAddress? = nil) -> PageChrome {
        let address = page.address
        let links = links(from: address)
        var chrome = PageChrome(
            language: language.values, pageTitle: title, description: description, canonical: nil,
            stylesheet: links.toFile(assets.sitePath(of: "style.css")),
            favicon: links.toFile(assets.sitePath(of: "favicon.svg")),
            assets: assetLinks(links),
            homeURL: links.to(.root),
            languageHomeURL: address == .home ? "./" : links.to(PageAddress.languageHome(language.code).path),
            languages: languages.map { other in
                LanguageLink(code: other.code.rawValue, name: other.language.name, dir: other.direction,
                             url: links.to(address.translated(to: other.code).path), isCurrent: page.language?.code == other.code)
            },
            feeds: feeds(for: page, links: links),
            alternates: alternates(of: page))
        if let base = config.baseURL, address != .notFound {
            chrome.canonical = (canonical ?? address).path.absoluteURL(base: base)
        }
        return chrome
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
    private func feeds(for page: PlannedPage, links: PageLinks) -> [FeedLink] {
        guard let language = page.language else { return [] }
        var feeds: [(PlannedFile, String)] = [(.feed(language, nil), "feed")]
        if let policy = page.policy { feeds.append((.feed(language, policy), "feed_policy")) }
        return feeds.map { file, key in FeedLink(url: links.toFile(file.path), title: language.strings[key]) }
    }
}
