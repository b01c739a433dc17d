import Diff
import Markdown
import Config
import Content
import Localization
import Outline
import Texts
import Theme

/// The Renderer stage: plans every file of the site and makes each one, pages through the theme.
public struct SiteRenderer: Sendable {
    public let inputs: SiteInputs
    public let texts: RenderedTexts
    /// The build date.
    public let asOf: EffectiveDate
    let timelines: [String: PolicyTimeline]
    let chrome: PageChrome
    public let comparisons: Comparisons
    let numbers: [LanguageCode: NumberFormat]
    /// The day each published version was first published, by policy and version.
    let firstPublished: [String: [String: EffectiveDate]]
    /// Whether compare pages are made (`--no-compare` leaves them out, and every link to them).
    let includesComparisons: Bool

    public init(inputs: SiteInputs, texts: RenderedTexts, asOf: EffectiveDate,
         firstPublished: [String: [String: EffectiveDate]], includesComparisons: Bool = true) {
        self.inputs = inputs
        self.includesComparisons = includesComparisons
        self.texts = texts
        self.asOf = asOf
        self.firstPublished = firstPublished
        var timelines: [String: PolicyTimeline] = [:]
        for policy in inputs.content.policies {
            timelines[policy.slug] = PolicyTimeline(versions: policy.versions, asOf: asOf,
                                                    governingLanguage: policy.settings.governingLanguage)
        }
        self.timelines = timelines
        var dates: [LanguageCode: LongDateFormat] = [:]
        var numbers: [LanguageCode: NumberFormat] = [:]
        for language in inputs.config.languages {
            dates[language.code] = LongDateFormat(language: language.code)
            numbers[language.code] = NumberFormat(language: language.code)
        }
        self.numbers = numbers
        self.chrome = PageChrome(config: inputs.config, strings: inputs.strings, dates: dates, assets: inputs.assets,
                                 knownDates: Set(inputs.content.policies.flatMap { $0.versions.map(\.effective) }))
        self.comparisons = Comparisons(texts: texts)
        self.plan = makePlan()
    }

    public var config: SiteConfig { inputs.config }

    /// Every file, in a stable order.
    public private(set) var plan: [PlannedFile] = []

    private func makePlan() -> [PlannedFile] {
        var files: [PlannedFile] = [.page(.home), .page(.notFound)]
        for language in config.languages {
            files.append(.page(.languageHome(language.code)))
            files.append(.feed(language.code, policy: nil))
            for policy in inputs.content.policies {
                files.append(.page(.current(language.code, policy: policy.slug)))
                files.append(.page(.history(language.code, policy: policy.slug)))
                for version in policy.versions {
                    files.append(.page(.version(language.code, policy: policy.slug, version: version.id)))
                }
                for (older, newer) in timelines[policy.slug]!.comparisons where includesComparisons {
                    files.append(.page(.compare(language.code, policy: policy.slug, older: older.id, newer: newer.id)))
                }
                files.append(.versionsRecord(language.code, policy: policy.slug))
                files.append(.feed(language.code, policy: policy.slug))
            }
        }
        return files + [.sitemap, .robots]
    }

    /// `redline`: for a compare page, its redline when the caller has made it already.
    public func render(_ file: PlannedFile, redline: Redline? = nil) -> [UInt8] {
        switch file {
        case .page(let page): Array(render(page, redline: redline).utf8)
        case .versionsRecord(let language, let policy): versionsRecord(language, policy: policy).jsonBytes()
        case .feed(let language, let policy): Array(feed(language, policy: policy).utf8)
        case .sitemap: Array(sitemap().utf8)
        case .robots: Array("User-agent: *\nAllow: /\nSitemap: \(config.baseURL ?? "/")sitemap.xml\n".utf8)
        }
    }

    /// The first day after the build date on which a version takes effect: the site must be
    /// rebuilt that day for it to become current.
    public var nextRebuild: EffectiveDate? {
        timelines.values.compactMap { timeline in timeline.entries.first { $0.version.effective > timeline.asOf }?.version.effective }.min()
    }

    public func render(_ page: PlannedPage, redline: Redline? = nil) -> String {
        let (template, context) = templateAndContext(page, redline: redline)
        var full = context
        full["alternates"] = alternates(of: page).map { ["hreflang": $0.hreflang, "url": $0.url] }
        return inputs.templates.render(template, context: full)
    }

    /// The comparison a compare page shows; nil for any other page.
    public func comparisonKey(of page: PlannedPage) -> Comparisons.Key? {
        guard case .compare(let language, let policy, let olderID, let newerID) = page,
              let timeline = timelines[policy], let older = timeline.entry(for: olderID)?.version,
              let newer = timeline.entry(for: newerID)?.version else { return nil }
        let shown = Comparisons.textLanguage(for: language, older: older, newer: newer, default: config.defaultLanguage)
        return Comparisons.Key(policy: policy, older: olderID, newer: newerID, language: shown)
    }

    private func templateAndContext(_ page: PlannedPage, redline: Redline?) -> (String, [String: Any]) {
        switch page {
        case .home:
            ("home", homeContext())
        case .languageHome(let language):
            ("language", languageContext(config.language(language)!))
        case .current(let language, let policy):
            ("document", documentContext(page, language: config.language(language)!, policy: policy,
                                         version: timelines[policy]!.current!.id))
        case .history(let language, let policy):
            ("history", historyContext(page, language: config.language(language)!, policy: policy))
        case .version(let language, let policy, let version):
            ("document", documentContext(page, language: config.language(language)!, policy: policy, version: version))
        case .compare(let language, let policy, let older, let newer):
            ("compare", compareContext(page, language: config.language(language)!, policy: policy, older: older, newer: newer,
                                       redline: redline ?? comparisons.redline(comparisonKey(of: page)!)!))
        case .notFound:
            ("not-found", chrome.context(for: page, language: config.defaultLanguageInfo,
                                         title: "\(inputs.strings[config.defaultLanguage]!["not_found_title"]) — \(config.title.text(for: config.defaultLanguage))",
                                         description: nil))
        }
    }

    /// "Effective 1 April 2023", "In effect since …" or "Takes effect on …", with a `<time>` element.
    func effectiveSentence(_ date: EffectiveDate, inEffect: Bool, since: Bool, in language: LanguageCode) -> String {
        let key = !inEffect ? "takes_effect_on" : since ? "in_effect_since" : "effective_on"
        return inputs.strings[language]!.html(key, ["date": chrome.timeHTML(date, in: language)])
    }

    func direction(of language: LanguageCode) -> String {
        config.direction(of: language).rawValue
    }
}
