import Config
import Markdown
import Content
import Diagnostics
import Outline

/// Every text of the site rendered once through cmark-gfm, whatever number of pages show it.
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

    private var documents: [Key: RenderedDocument] = [:]
    /// Texts made only when first asked for (read from a build's cache), then kept.
    private var deferred: DeferredDocuments?
    /// The policies each text's `@/` links name, known without making a deferred text.
    public private(set) var linkedPolicies: [Key: Set<String>] = [:]

    public init() {}

    private var deferredPages: [Key: @Sendable () -> PageParts?] = [:]

    /// What a document page shows of a text.
    public struct PageParts: Sendable {
        public var html: String
        public var tableOfContents: TableOfContents

        public init(html: String, tableOfContents: TableOfContents) {
            self.html = html
            self.tableOfContents = tableOfContents
        }
    }

    /// Texts rendered elsewhere (a build reusing its cache): some made, others deferred, with a
    /// quicker way to their page parts alone.
    public init(documents: [Key: RenderedDocument], deferred: [Key: @Sendable () -> RenderedDocument],
                deferredPages: [Key: @Sendable () -> PageParts?] = [:], linkedPolicies: [Key: Set<String>]) {
        self.documents = documents
        self.deferred = deferred.isEmpty ? nil : DeferredDocuments(deferred)
        self.deferredPages = deferredPages
        self.linkedPolicies = linkedPolicies
    }

    public subscript(policy: String, version: String, language: LanguageCode) -> RenderedDocument? {
        let key = Key(policy: policy, version: version, language: language)
        return documents[key] ?? deferred?.document(key)
    }

    /// The HTML and contents of a text, read without its blocks when it is deferred.
    public func pageParts(policy: String, version: String, language: LanguageCode) -> PageParts? {
        let key = Key(policy: policy, version: version, language: language)
        if let document = documents[key] ?? deferred?.kept(key) {
            return PageParts(html: document.html, tableOfContents: document.tableOfContents)
        }
        if let parts = deferredPages[key]?() { return parts }
        return self[policy, version, language].map { PageParts(html: $0.html, tableOfContents: $0.tableOfContents) }
    }

    public static func render(_ content: SiteContent, config: SiteConfig, diagnostics: inout [Diagnostic]) -> RenderedTexts {
        var texts = RenderedTexts()
        let options = MarkdownOptions(unsafeHTML: config.unsafeHTML, tocDepth: config.tocDepth)
        for policy in content.policies {
            for version in policy.versions {
                for (language, translation) in version.translations.sorted(by: { $0.key < $1.key }) {
                    let (document, problems) = MarkdownRenderer.render(MarkdownSource(translation, config: config),
                                                                       options: options)
                    diagnostics += problems
                    let key = Key(policy: policy.slug, version: version.id, language: language)
                    texts.documents[key] = document
                    texts.linkedPolicies[key] = document.linkedPolicies
                }
            }
        }
        return texts
    }
}

extension MarkdownSource {
    /// The body of `translation`, with the variables of its language.
    public init(_ translation: Translation, config: SiteConfig) {
        self.init(text: translation.body, path: translation.path, firstLine: translation.bodyFirstLine,
                  variables: config.variables(for: translation.language))
    }
}

/// Texts read from a build's cache on first use, whichever thread asks, the most recently
/// used kept: the pages of a policy, and its comparisons, ask for the same few texts in turn,
/// while keeping every text of a large site would hold hundreds of megabytes.
private final class DeferredDocuments: Sendable {
    private let makers: [RenderedTexts.Key: @Sendable () -> RenderedDocument]
    private let kept = KeptTexts<RenderedDocument>(capacity: 64)

    init(_ makers: [RenderedTexts.Key: @Sendable () -> RenderedDocument]) {
        self.makers = makers
    }

    /// The text if it is kept now; nil without making it.
    func kept(_ key: RenderedTexts.Key) -> RenderedDocument? {
        kept.kept(key)
    }

    func document(_ key: RenderedTexts.Key) -> RenderedDocument? {
        guard let make = makers[key] else { return nil }
        return kept.value(key, make: make)
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
