import Config
import Content
import Markdown
import Synchronization
import Texts

/// The whole site as the checks see it: configuration, content, and every text rendered.
public struct CheckedSite: Sendable {
    public var config: SiteConfig
    public var content: SiteContent
    /// The site's pages and files, for the links written from the root (PG215); nil when not
    /// known, and those links are then only checked to lead into the site.
    public var pages: SitePages?
    /// Every text of the site, policy by policy, version by version (oldest first), default
    /// language first.
    public let units: [TextUnit]
    private var rendered: RenderedTexts

    public init(config: SiteConfig, content: SiteContent, rendered: RenderedTexts, pages: SitePages? = nil) {
        self.config = config
        self.content = content
        self.rendered = rendered
        self.pages = pages
        var units: [TextUnit] = []
        for policy in content.policies {
            for (number, version) in policy.versions.enumerated() {
                let previous = number > 0 ? policy.versions[number - 1] : nil
                let languages = [version.defaultLanguage]
                    + version.translations.keys.filter { $0 != version.defaultLanguage }.sorted()
                units += languages.map { TextUnit(policy: policy, version: version, language: $0, previous: previous) }
            }
        }
        self.units = units
    }

    /// The rendered text of a version in a language, when it exists.
    public func document(policy: String, version: String, language: LanguageCode) -> RenderedDocument? {
        rendered[policy, version, language]
    }

    /// The rendered text without its HTML and table of contents, which no check reads.
    func checkedDocument(policy: String, version: String, language: LanguageCode) -> RenderedDocument? {
        rendered.documentWithoutHTML(policy: policy, version: version, language: language)
    }

    /// The digest of that text's blocks, known without reading the text.
    func blocksDigest(policy: String, version: String, language: LanguageCode) -> BlocksDigest? {
        rendered.blocksDigests[RenderedTexts.Key(policy: policy, version: version, language: language)]
    }
}

/// One text to check: a version of a policy in one language, and the version before it, which
/// the checks compare it with.
public struct TextUnit: Sendable {
    public var policy: Policy
    public var version: PolicyVersion
    public var language: LanguageCode
    public var previous: PolicyVersion?

    public var translation: Translation { version.translations[language]! }
    /// The previous version's text in the same language, when it has one.
    public var previousTranslation: Translation? { previous?.translations[language] }
}

/// Which pages and files the site has, by their path components (`["en", "privacy"]`,
/// `["en", "privacy", "versions", "v2"]`, `["sitemap.xml"]`), as the site plans them.
public struct SitePages: Sendable {
    private let contains: @Sendable ([String]) -> Bool

    public init(_ contains: @escaping @Sendable ([String]) -> Bool) {
        self.contains = contains
    }

    /// The pages `plan` gives, planned when a link first asks: most texts have no link written
    /// from the root, and a short text's checks then do not pay for the site's plan.
    public init(planned plan: @escaping @Sendable () -> SitePages) {
        let planned = Planned(plan)
        contains = { planned.pages.contains($0) }
    }

    private final class Planned: Sendable {
        private let plan: @Sendable () -> SitePages
        private let made = Mutex<SitePages?>(nil)

        init(_ plan: @escaping @Sendable () -> SitePages) {
            self.plan = plan
        }

        var pages: SitePages {
            made.withLock { made in
                if made == nil { made = plan() }
                return made!
            }
        }
    }

    public func contains(_ components: [String]) -> Bool { contains(components) }
}
