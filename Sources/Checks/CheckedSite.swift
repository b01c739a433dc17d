import Config
import Content
import Markdown

/// The whole site as the checks see it: configuration, content, and every text rendered.
public struct CheckedSite: Sendable {
    public var config: SiteConfig
    public var content: SiteContent
    /// The texts checked, policy by policy, version by version (oldest first), default
    /// language first: every text of `checkedPolicies`.
    public var texts: [CheckedText]
    /// The policies checked: all of the content, or those asked for (the rest of the content is
    /// still there, for the links into it).
    public var checkedPolicies: [Policy]
    private var rendered: RenderedTexts

    /// `policies`: check only these (by slug); nil for all.
    public init(config: SiteConfig, content: SiteContent, rendered: RenderedTexts, policies: Set<String>? = nil) {
        self.config = config
        self.content = content
        self.rendered = rendered
        checkedPolicies = content.policies.filter { policies?.contains($0.slug) ?? true }
        var texts: [CheckedText] = []
        for policy in checkedPolicies {
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
