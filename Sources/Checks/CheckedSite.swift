import Config
import Content
import Markdown

/// The whole site as the checks see it: configuration, content, and every text rendered.
public struct CheckedSite: Sendable {
    public var config: SiteConfig
    public var content: SiteContent
    /// Every text, policy by policy, version by version (oldest first), default language first.
    public var texts: [CheckedText]
    private var rendered: RenderedTexts

    public init(config: SiteConfig, content: SiteContent, rendered: RenderedTexts) {
        self.config = config
        self.content = content
        self.rendered = rendered
        var texts: [CheckedText] = []
        for policy in content.policies {
            for version in policy.versions {
                let languages = [version.defaultLanguage]
                    + version.translations.keys.filter { $0 != version.defaultLanguage }.sorted()
                for language in languages {
                    guard let document = rendered[policy.slug, version.id, language] else { continue }
                    texts.append(CheckedText(policy: policy, version: version,
                                             translation: version.translations[language]!, document: document))
                }
            }
        }
        self.texts = texts
    }

    /// The rendered text of a version in a language, when it exists.
    public func document(policy: String, version: String, language: LanguageCode) -> RenderedDocument? {
        rendered[policy, version, language]
    }
}
