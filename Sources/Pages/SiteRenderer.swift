import Config
import Content
import Diagnostics
import Diff
import Localization
import Markdown
import Theme
import Texts

/// The Pages stage: plans every file of the site, resolved once, and makes each one, pages
/// through the theme from their typed models.
public struct SiteRenderer: Sendable {
    let config: SiteConfig
    let templates: PageTemplates
    let assets: ThemeAssets
    let texts: RenderedTexts
    /// The build date.
    let asOf: EffectiveDate
    /// The day each published version was first published, by policy and version.
    let firstPublished: [String: [String: EffectiveDate]]
    /// Whether compare pages are made (`--no-compare` leaves them out, and every link to them).
    let includesComparisons: Bool
    /// The site's languages, in switcher order, and the default one.
    let languages: [SiteLanguage]
    let defaultLanguage: SiteLanguage
    /// The policies, in home-page order.
    let policies: [PlannedPolicy]
    /// Every file, in a stable order.
    public let plan: [PlannedFile]
    /// Why an alias got no redirect (it names a page of the site, or is written for two pages):
    /// errors, which keep the site from being written.
    public let redirectProblems: [Diagnostic]

    /// `strings`: the interface strings of every language of the site.
    public init(config: SiteConfig, content: SiteContent, templates: PageTemplates, strings: [LanguageCode: InterfaceStrings],
                assets: ThemeAssets, texts: RenderedTexts, asOf: EffectiveDate,
                firstPublished: [String: [String: EffectiveDate]], includesComparisons: Bool = true) {
        self.config = config
        self.templates = templates
        self.assets = assets
        self.texts = texts
        self.asOf = asOf
        self.firstPublished = firstPublished
        self.includesComparisons = includesComparisons
        let knownDates = Set(content.policies.flatMap { $0.versions.map(\.effective) })
        let languages = config.languages.map { language in
            SiteLanguage(language, strings: strings[language.code] ?? InterfaceStrings(language: language.code, values: [:]),
                         siteTitle: config.title.text(for: language.code), knownDates: knownDates)
        }
        self.languages = languages
        defaultLanguage = languages.first { $0.code == config.defaultLanguage } ?? languages[0]
        policies = content.policies.compactMap { PlannedPolicy($0, asOf: asOf) }
        let files = Self.plan(languages: languages, policies: policies, includesComparisons: includesComparisons,
                              defaultLanguage: config.defaultLanguage)
        let redirects = Self.redirects(policies, taken: files.map(\.path) + assets.files.map { "assets/" + $0.path })
        plan = files + redirects.redirects.map(PlannedFile.redirect)
        redirectProblems = redirects.problems
    }

    private static func plan(languages: [SiteLanguage], policies: [PlannedPolicy], includesComparisons: Bool,
                             defaultLanguage: LanguageCode) -> [PlannedFile] {
        var files: [PlannedFile] = [.page(.home), .page(.notFound)]
        for language in languages {
            files.append(.page(.languageHome(language)))
            files.append(.feed(language, nil))
            for policy in policies {
                files.append(.page(.current(language, policy)))
                files.append(.page(.history(language, policy)))
                for entry in policy.timeline.entries {
                    files.append(.page(.version(language, policy, entry)))
                }
                for (older, newer) in policy.timeline.comparisons where includesComparisons {
                    files.append(.page(.compare(language, policy, Comparison(older, newer, of: policy, in: language.code,
                                                                             defaultLanguage: defaultLanguage))))
                }
                files.append(.versionsRecord(language, policy))
                files.append(.feed(language, policy))
            }
        }
        return files + [.sitemap, .robots]
    }

    /// The file's bytes; `texts` holds what the files of its job read.
    func render(_ file: PlannedFile, texts: inout JobTexts) -> [UInt8] {
        switch file {
        case .page(let page): render(page, texts: &texts)
        case .versionsRecord(let language, let policy): versionsRecord(language, policy).jsonBytes()
        case .feed(let language, let policy): Array(feed(language, policy).utf8)
        case .sitemap: Array(sitemap().utf8)
        case .redirect(let redirect): Array(redirectPage(redirect).utf8)
        case .robots: Array("User-agent: *\nAllow: /\nSitemap: \(config.baseURL ?? "/")sitemap.xml\n".utf8)
        }
    }

    /// The first day after the build date on which a version takes effect or a policy is
    /// withdrawn: the site must be rebuilt that day for its pages to say so.
    public var nextRebuild: EffectiveDate? {
        policies.compactMap(\.nextRebuild).min()
    }

    private func render(_ page: PlannedPage, texts: inout JobTexts) -> [UInt8] {
        switch page {
        case .home:
            return templates.render("home", page: homePage(),
                                    chrome: chrome(page, language: defaultLanguage, title: config.title.text(for: defaultLanguage.code)))
        case .languageHome(let language):
            return templates.render("language", page: languagePage(language),
                                    chrome: chrome(page, language: language, title: config.title.text(for: language.code)))
        case .current(let language, let policy):
            let (model, chrome) = documentPage(page, language, policy, policy.current, isCurrentPage: true, texts: &texts)
            return templates.render("document", page: model, chrome: chrome, capacity: model.body.utf8.count + Self.pageCapacity)
        case .version(let language, let policy, let entry):
            let (model, chrome) = documentPage(page, language, policy, entry, isCurrentPage: false, texts: &texts)
            return templates.render("document", page: model, chrome: chrome, capacity: model.body.utf8.count + Self.pageCapacity)
        case .history(let language, let policy):
            let (model, chrome) = historyPage(page, language, policy)
            return templates.render("history", page: model, chrome: chrome)
        case .compare(let language, let policy, let comparison):
            let (model, chrome) = comparePage(page, language, policy, comparison, texts: &texts)
            return templates.render("compare", page: model, chrome: chrome, capacity: model.redline.utf8.count + Self.pageCapacity)
        case .notFound:
            let title = "\(defaultLanguage.strings["not_found_title"]) — \(config.title.text(for: defaultLanguage.code))"
            return templates.render("not-found", page: NotFoundPage(), chrome: chrome(page, language: defaultLanguage, title: title))
        }
    }

    /// What a page holds besides its text, about: the room its bytes are given to start with.
    static let pageCapacity = 24_576

    /// The language of the site with `code`, if it is one.
    func language(_ code: LanguageCode) -> SiteLanguage? {
        languages.first { $0.code == code }
    }

    /// The page comparing two versions in `language`, older first whatever the order given;
    /// nil in a site built without compare pages (`--no-compare`), so that nothing links to one.
    func comparePage(_ language: LanguageCode, _ policy: PlannedPolicy, _ a: PolicyVersion, _ b: PolicyVersion) -> PageAddress? {
        guard includesComparisons else { return nil }
        let (older, newer) = a.effective <= b.effective ? (a, b) : (b, a)
        return .compare(language, policy: policy.slug, older: older.id, newer: newer.id)
    }

    /// `<a href="url">text</a>`, both escaped.
    func link(_ url: String, _ text: String) -> String {
        "<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(text))</a>"
    }
}
