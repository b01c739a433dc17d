import Config
import Content
import Diagnostics
import Markdown

/// Every text of the site rendered once through cmark-gfm, whatever number of pages show it.
struct RenderedTexts: Sendable {
    struct Key: Hashable, Sendable {
        var policy: String
        var version: String
        var language: LanguageCode
    }

    private var documents: [Key: RenderedDocument] = [:]

    subscript(policy: String, version: String, language: LanguageCode) -> RenderedDocument? {
        documents[Key(policy: policy, version: version, language: language)]
    }

    static func render(_ content: SiteContent, config: SiteConfig, diagnostics: inout [Diagnostic]) -> RenderedTexts {
        var texts = RenderedTexts()
        let options = MarkdownOptions(unsafeHTML: config.unsafeHTML, tocDepth: config.tocDepth)
        for policy in content.policies {
            for version in policy.versions {
                for (language, translation) in version.translations.sorted(by: { $0.key < $1.key }) {
                    let source = MarkdownSource(text: translation.body, path: translation.path,
                                                firstLine: translation.bodyFirstLine)
                    let (document, problems) = MarkdownRenderer.render(source, options: options)
                    diagnostics += problems
                    texts.documents[Key(policy: policy.slug, version: version.id, language: language)] = document
                }
            }
        }
        return texts
    }
}
