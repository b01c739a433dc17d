import Config
import Content
import Diagnostics

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

    public init() {}

    /// Texts rendered elsewhere (a build reusing its cache).
    public init(documents: [Key: RenderedDocument]) {
        self.documents = documents
    }

    public subscript(policy: String, version: String, language: LanguageCode) -> RenderedDocument? {
        documents[Key(policy: policy, version: version, language: language)]
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
                    texts.documents[Key(policy: policy.slug, version: version.id, language: language)] = document
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
