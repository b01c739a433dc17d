import Config
import Diagnostics

/// Every policy of the site, in home-page order.
public struct SiteContent: Sendable {
    public var policies: [Policy]

    public init(policies: [Policy]) { self.policies = policies }

    public func policy(_ slug: String) -> Policy? { policies.first { $0.slug == slug } }
}

/// One document kept through its versions: `content/<policy>/`.
public struct Policy: Sendable {
    public var slug: String
    public var settings: PolicySettings
    /// Oldest first (by effective date).
    public var versions: [PolicyVersion]

    public init(slug: String, settings: PolicySettings = PolicySettings(), versions: [PolicyVersion]) {
        self.slug = slug
        self.settings = settings
        self.versions = versions.sorted { $0.effective < $1.effective }
    }

    public func version(_ id: String) -> PolicyVersion? { versions.first { $0.id == id } }
}

/// `content/<policy>/policy.yaml`.
public struct PolicySettings: Sendable, Hashable {
    public var order: Int?
    public var governingLanguage: LanguageCode?
    /// Where `governing_language` is written, for diagnostics about it.
    public var governingLanguageLocation: SourceLocation?
    public var noticeDays: Int?
    /// `checks:`: the level of each quality check's findings in this policy's texts, over the
    /// site's `checks:`.
    public var checks: CheckLevels
    /// `retired:` and `replaced_by:`, when the policy is withdrawn (or will be).
    public var retirement: Retirement?
    /// policy.yaml as written ("" without one), which every value above is read from: a build's
    /// cache keys hash it, so that a key added to the file is part of them without more code.
    public var source: String

    public init(order: Int? = nil, governingLanguage: LanguageCode? = nil,
                governingLanguageLocation: SourceLocation? = nil, noticeDays: Int? = nil, retirement: Retirement? = nil,
                checks: CheckLevels = CheckLevels(), source: String = "") {
        self.order = order
        self.governingLanguage = governingLanguage
        self.governingLanguageLocation = governingLanguageLocation
        self.noticeDays = noticeDays
        self.checks = checks
        self.retirement = retirement
        self.source = source
    }
}

/// A policy withdrawn from a day on (`retired:` in policy.yaml): from that day no text of it
/// applies, and its pages and versions stay published as the record of what applied before.
public struct Retirement: Sendable, Hashable {
    /// The first day the policy no longer applies.
    public var date: EffectiveDate
    public var location: SourceLocation
    /// The policy that takes its place (`replaced_by:`), a slug of the site.
    public var replacedBy: String?
    public var replacedByLocation: SourceLocation?

    public init(date: EffectiveDate, location: SourceLocation, replacedBy: String? = nil,
                replacedByLocation: SourceLocation? = nil) {
        self.date = date
        self.location = location
        self.replacedBy = replacedBy
        self.replacedByLocation = replacedByLocation
    }
}

/// One text of a policy with the day it took effect: `content/<policy>/<version>/`.
public struct PolicyVersion: Sendable {
    public var id: String
    public var effective: EffectiveDate
    /// The text in each language it exists in; always holds the default language.
    public var translations: [LanguageCode: Translation]
    public var defaultLanguage: LanguageCode

    public init(id: String, defaultLanguage: LanguageCode, translations: [LanguageCode: Translation]) {
        self.id = id
        self.defaultLanguage = defaultLanguage
        self.translations = translations
        self.effective = translations[defaultLanguage]!.frontMatter.effective
    }

    /// The default-language text, which every version has.
    public var original: Translation { translations[defaultLanguage]! }
    /// A version is a draft when its default-language text says so.
    public var isDraft: Bool { original.frontMatter.draft }

    /// The text a reader of `language` is shown: the translation, or the default-language text
    /// where there is none.
    public func text(in language: LanguageCode) -> Translation {
        translations[language] ?? original
    }
}

/// The text of one version in one language: `content/<policy>/<version>/<lang>.md`.
public struct Translation: Sendable {
    public var language: LanguageCode
    /// Relative to the site folder, for diagnostics.
    public var path: String
    public var frontMatter: FrontMatter
    /// The front-matter as the file has it, before variables are inserted, when reading it found
    /// nothing to report: what a later build takes instead of parsing the file again.
    public var writtenFrontMatter: FrontMatter? {
        get { written?.frontMatter }
        set { written = newValue.map(WrittenFrontMatter.init) }
    }
    /// Boxed: a text is copied often, and a front-matter is a dozen references to retain.
    private var written: WrittenFrontMatter?
    /// The Markdown after the front-matter.
    public var body: String {
        get { bodySource.text }
        set { bodySource = TextBody(newValue) }
    }
    /// The body as read, or as it will be when first asked for (`TextBody`).
    public private(set) var bodySource: TextBody
    /// Why the body, read late, is not the one this text's fingerprints are of.
    public var bodyProblem: Diagnostic? { bodySource.problem }
    /// The file line on which `body` starts.
    public var bodyFirstLine: Int
    /// SHA-256 of the file's raw bytes, in lowercase hex: the source fingerprint.
    public var sha256: String
    /// SHA-256 of the text as published, variables inserted (`PublishedText`); set once the
    /// variables are, by `SiteContent.fingerprintingPublishedTexts`.
    public var textSHA256 = ""
    /// The file's stamp when it was read (nil for a text made in memory).
    public var stamp: FileStamp?
    /// Both fingerprints were an earlier build's, by the file's stamp (`KnownFingerprints`),
    /// rather than computed by this one.
    public var fingerprintsKnown = false

    public init(language: LanguageCode, path: String, frontMatter: FrontMatter, body: String, bodyFirstLine: Int,
                sha256: String) {
        self.language = language
        self.path = path
        self.frontMatter = frontMatter
        self.bodySource = TextBody(body)
        self.bodyFirstLine = bodyFirstLine
        self.sha256 = sha256
    }

    /// A text whose body is read from its file when first asked for.
    init(language: LanguageCode, path: String, frontMatter: FrontMatter, body: TextBody, bodyFirstLine: Int,
         sha256: String) {
        self.language = language
        self.path = path
        self.frontMatter = frontMatter
        self.bodySource = body
        self.bodyFirstLine = bodyFirstLine
        self.sha256 = sha256
    }
}

private final class WrittenFrontMatter: Sendable {
    let frontMatter: FrontMatter
    init(_ frontMatter: FrontMatter) { self.frontMatter = frontMatter }
}
