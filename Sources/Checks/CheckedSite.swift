import Config
import Content
import Dispatch
import Markdown
import Synchronization
import Texts

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
    /// Where each text of `texts` is, so that a check asking for one reads none again.
    private var checkedIndex: [RenderedTexts.Key: Int] = [:]

    /// `policies`: check only these (by slug); nil for all.
    public init(config: SiteConfig, content: SiteContent, rendered: RenderedTexts, policies: Set<String>? = nil) {
        self.config = config
        self.content = content
        self.rendered = rendered
        checkedPolicies = content.policies.filter { policies?.contains($0.slug) ?? true }
        var wanted: [(policy: Policy, version: PolicyVersion, language: LanguageCode)] = []
        for policy in checkedPolicies {
            for version in policy.versions {
                let languages = [version.defaultLanguage]
                    + version.translations.keys.filter { $0 != version.defaultLanguage }.sorted()
                wanted += languages.map { (policy, version, $0) }
            }
        }
        // A text found in the cache is read and decoded when it is asked for: on every core,
        // each into its slot, rather than one after another while the other cores wait.
        let documents = Mutex([RenderedDocument?](repeating: nil, count: wanted.count))
        DispatchQueue.concurrentPerform(iterations: wanted.count) { [wanted] index in
            let text = wanted[index]
            let document = rendered[text.policy.slug, text.version.id, text.language]
            documents.withLock { $0[index] = document }
        }
        texts = zip(wanted, documents.withLock { $0 }).compactMap { text, document in
            document.map { CheckedText(policy: text.policy, version: text.version,
                                       translation: text.version.translations[text.language]!, document: $0) }
        }
        for (index, text) in texts.enumerated() {
            checkedIndex[RenderedTexts.Key(policy: text.policy.slug, version: text.version.id, language: text.language)] = index
        }
    }

    /// The rendered text of a version in a language, when it exists: one of `texts`, or read
    /// from the texts of the site (another policy's, which a link names).
    public func document(policy: String, version: String, language: LanguageCode) -> RenderedDocument? {
        if let index = checkedIndex[RenderedTexts.Key(policy: policy, version: version, language: language)] {
            return texts[index].document
        }
        return rendered[policy, version, language]
    }
}
