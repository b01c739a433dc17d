import Config
import Content
import Diagnostics

/// Every text of the site rendered once through cmark-gfm, whatever number of pages show it.
public struct RenderedTexts: Sendable {
    public struct Key: Hashable, Sendable {
        var policy: String
        var version: String
        var language: LanguageCode
    }

    private var documents: [Key: RenderedDocument] = [:]

    public init() {}

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
