import Config
import Content
import Diff
import Localization
import Markdown
import Theme

/// `policygen diff --format html`: the theme's `compare` template, the one the site's compare
/// pages use, rendered in the theme's `standalone` layout instead of its `layout`: one file
/// with the theme's stylesheet inside it and no site around it. Its links are those of the
/// site's compare page at the same place (`en/privacy/compare/v1...v2/`).
public struct StandaloneComparePage {
    /// One of the two versions compared.
    public struct Side {
        public var version: String
        public var effective: EffectiveDate
        public var summary: String?
        public var document: RenderedDocument

        public init(version: String, effective: EffectiveDate, summary: String?, document: RenderedDocument) {
            self.version = version
            self.effective = effective
            self.summary = summary
            self.document = document
        }
    }

    public var config: SiteConfig
    public var templates: PageTemplates
    /// The theme's `style.css`, written into the page.
    public var style: String
    public var strings: InterfaceStrings
    public var policy: String
    /// The language of the texts compared.
    public var language: LanguageCode
    public var title: String
    /// As given: the redline goes from `old` to `new`, whichever is the earlier.
    public var old: Side
    public var new: Side
    public var redline: Redline

    public init(config: SiteConfig, templates: PageTemplates, style: String, strings: InterfaceStrings, policy: String,
                language: LanguageCode, title: String, old: Side, new: Side, redline: Redline) {
        self.config = config
        self.templates = templates
        self.style = style
        self.strings = strings
        self.policy = policy
        self.language = language
        self.title = title
        self.old = old
        self.new = new
        self.redline = redline
    }

    public func html() -> String {
        let code = language
        let direction = config.direction(of: code).rawValue
        let (older, newer) = old.effective <= new.effective ? (old, new) : (new, old)
        let address = PageAddress.compare(code, policy: policy, older: older.version, newer: newer.version)
        let dates = LongDateFormat(language: code)
        let base = config.baseURL
        func url(_ target: PageAddress) -> String {
            base.map { target.path.absoluteURL(base: $0) } ?? address.path.link(to: target.path)
        }
        func side(_ side: Side) -> CompareSide {
            let day = dates.string(year: side.effective.year, month: side.effective.month, day: side.effective.day)
            let time = "<time datetime=\"\(side.effective)\">\(HTMLText.escape(day))</time>"
            return CompareSide(id: side.version,
                               url: url(PageAddress.version(code, policy: policy, version: side.version)),
                               effectiveHTML: strings.html("effective_on", ["date": time]), summary: side.summary)
        }
        func link(_ side: CompareSide) -> String {
            "<a href=\"\(HTMLText.escape(side.url))\">\(HTMLText.escape(strings["version"])) \(HTMLText.escape(side.id))</a>"
        }
        let oldSide = side(old), newSide = side(new)
        let redlineHTML = redline.html(old: old.document, new: new.document, html: config.html, strings: strings)
        let model = ComparePage(
            title: title, titleLang: code.rawValue, titleDir: direction,
            currentURL: url(PageAddress.current(code, policy: policy)),
            headingHTML: strings.html("compare_heading", ["old": link(oldSide), "new": link(newSide)]),
            older: old.effective <= new.effective ? oldSide : newSide,
            newer: old.effective <= new.effective ? newSide : oldSide,
            contentLang: code.rawValue, contentDir: direction, notices: nil,
            hasChanges: redline.hasChanges,
            wordsHTML: WordCounts.html(redline.summary, strings: strings, numbers: NumberFormat(language: code)),
            summaryGroups: ComparePage.summaryGroups(redline.summary, strings: strings),
            redline: SiteLinkHTML.resolve(redlineHTML, on: address.path, language: code, base: base))
        let chrome = StandaloneChrome(
            lang: code.rawValue, dir: direction,
            pageTitle: "\(title) — \(strings["compare"]) \(old.version) → \(new.version)",
            siteTitle: config.title.text(for: code), style: style, strings: strings.values)
        let bytes = templates.render("compare", page: model, chrome: chrome, layout: "standalone",
                                     capacity: model.redline.utf8.count + SiteRenderer.pageCapacity)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What the `standalone` layout shows around a page: no links to a site, the stylesheet inside.
struct StandaloneChrome: TemplateModel {
    var lang: String
    var dir: String
    var pageTitle: String
    var siteTitle: String
    var style: String
    var strings: [String: String]

    static let fields = TemplateFields<StandaloneChrome>([
        "lang": \.lang, "dir": \.dir, "page_title": \.pageTitle, "site_title": \.siteTitle, "style": \.style,
        "strings": \.strings,
    ])
}
