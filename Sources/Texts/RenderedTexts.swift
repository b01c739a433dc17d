import BuildCache
import BlockHTML
import Config
import Content
import Diagnostics
import Markdown
import Outline

/// Every text of the site, rendered once through cmark-gfm (`CachedTexts`) and kept in the
/// build's cache: on disk, or in memory for a build without one. A text is read back from
/// there, and decoded, each time a check or a page asks for it; only what the asker keeps stays
/// in memory, so a build never holds every text at once.
public struct RenderedTexts: Sendable {
    public struct Key: Hashable, Sendable {
        public var policy: String
        public var version: String
        public var language: LanguageCode

        public init(policy: String, version: String, language: LanguageCode) {
            self.policy = policy
            self.version = version
            self.language = language
        }
    }

    /// What a document page shows of a text.
    public struct PageParts: Sendable {
        public var html: SiteLinkedHTML
        public var tableOfContents: TableOfContents

        public init(html: SiteLinkedHTML, tableOfContents: TableOfContents) {
            self.html = html
            self.tableOfContents = tableOfContents
        }
    }

    /// A text's cache entry, and its file, to render it again should the entry be gone (another
    /// build of the same site pruning it): the same input gives the same document.
    struct Entry: Sendable {
        var key: CacheKey
        var translation: Translation
    }

    private let entries: [Key: Entry]
    private let cache: CacheSession
    private let config: SiteConfig
    /// The policies each text's `@/` links name, known without reading a text.
    public let linkedPolicies: [Key: Set<String>]
    /// The digest of each text's blocks, known without reading a text.
    public let blocksDigests: [Key: BlocksDigest]

    init(entries: [Key: Entry], cache: CacheSession, config: SiteConfig, linkedPolicies: [Key: Set<String>],
         blocksDigests: [Key: BlocksDigest]) {
        self.entries = entries
        self.cache = cache
        self.config = config
        self.linkedPolicies = linkedPolicies
        self.blocksDigests = blocksDigests
    }

    /// The texts of `content` rendered into a cache of their own (a scratch file): for a single
    /// command or a test, where no build keys its texts.
    public static func render(_ content: SiteContent, config: SiteConfig, diagnostics: inout [Diagnostic]) -> RenderedTexts {
        let configuration = CacheKey.Builder("texts rendered alone").finish()
        var keys: [Key: CacheKey] = [:]
        for policy in content.policies {
            for version in policy.versions {
                for (language, translation) in version.translations {
                    keys[Key(policy: policy.slug, version: version.id, language: language)] =
                        CachedTexts.key(of: translation, configuration: configuration)
                }
            }
        }
        return CachedTexts.render(content, config: config, keys: keys, cache: .inMemory(), diagnostics: &diagnostics)
    }

    /// The whole document of a text: its HTML and contents, and the blocks the checks and the
    /// redlines read. nil for a text the site does not have.
    public subscript(policy: String, version: String, language: LanguageCode) -> RenderedDocument? {
        let key = Key(policy: policy, version: version, language: language)
        return entries[key].map { document(key, of: $0.translation) }
    }

    /// The whole document of `translation`, the text `key` names.
    public func document(_ key: Key, of translation: Translation) -> RenderedDocument {
        entries[key].flatMap { cache.read(.texts, $0.key) }.flatMap { TextEntry.document(of: $0) } ?? render(translation)
    }

    /// The document of a text without its HTML and contents (empty): what the checks read, of
    /// which the HTML is about half. nil for a text the site does not have.
    public func documentWithoutHTML(policy: String, version: String, language: LanguageCode) -> RenderedDocument? {
        let key = Key(policy: policy, version: version, language: language)
        guard let entry = entries[key] else { return nil }
        return cache.read(.texts, entry.key).flatMap { TextEntry.document(of: $0, withHTML: false) } ?? render(entry.translation)
    }

    /// The HTML and contents of `translation`, the text `key` names, decoded without its blocks
    /// (most of the entry).
    public func pageParts(_ key: Key, of translation: Translation) -> PageParts {
        if let parts = entries[key].flatMap({ cache.read(.texts, $0.key) }).flatMap(TextEntry.pageParts(of:)) { return parts }
        let document = render(translation)
        return PageParts(html: document.linkedHTML, tableOfContents: document.tableOfContents)
    }

    /// A text rendered here: its entry is gone, or it was never one of the site's.
    private func render(_ translation: Translation) -> RenderedDocument {
        MarkdownRenderer.render(MarkdownSource(translation, config: config), options: MarkdownOptions(config)).document
    }
}

extension MarkdownSource {
    /// The body of `translation`, with the variables of its language on its effective date.
    public init(_ translation: Translation, config: SiteConfig) {
        self.init(text: translation.body, path: translation.path, firstLine: translation.bodyFirstLine,
                  variables: config.variables(for: translation.language, on: translation.frontMatter.effective.description))
    }
}

extension RenderedDocument {
    /// The policies the text's `@/` links name.
    public var linkedPolicies: Set<String> {
        var policies = Set<String>()
        for link in links {
            if case .success(let siteLink)? = SiteLink.parse(link.destination) { policies.insert(siteLink.policy) }
        }
        return policies
    }
}
