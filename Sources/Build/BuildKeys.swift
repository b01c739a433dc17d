import BuildCache
import Checks
import Config
import Content
import Foundation
import Markdown
import Pages
import Texts

/// The cache keys of one build: what each rendered text, each text's checks and each file of
/// the site depends on. Only bodies are tracked one by one; every other input (policygen.yaml,
/// front-matter, policy.yaml, the theme, the build date, the published record) is in a key
/// shared by all, since editing it may change any page.
struct BuildKeys: Sendable {
    /// policygen itself and policygen.yaml as written (its variables reach every text).
    let configuration: CacheKey
    /// `configuration`, and the content without its bodies.
    let metadata: CacheKey
    /// `metadata`, the theme, the build date and options: what every page may show besides texts.
    let site: CacheKey
    /// Each text's key: its body, where it stands, and `configuration`.
    let texts: [RenderedTexts.Key: CacheKey]
    /// Each policy's texts together, by slug.
    let policies: [String: CacheKey]
    /// Each policy's texts as its files in one language read them, by slug and language.
    let policyLanguages: [String: [LanguageCode: CacheKey]]

    init(inputs: SiteInputs, asOf: EffectiveDate, firstPublished: [String: [String: EffectiveDate]],
         includesComparisons: Bool) {
        var configuration = CacheKey.Builder("configuration")
        configuration.add(ToolIdentity.current)
        configuration.add(bytes: inputs.configBytes)
        configuration.add(inputs.config.baseURL)
        self.configuration = configuration.finish()

        var metadata = CacheKey.Builder("metadata")
        metadata.add(self.configuration)
        var texts: [RenderedTexts.Key: CacheKey] = [:]
        var policies: [String: CacheKey] = [:]
        var policyLanguages: [String: [LanguageCode: CacheKey]] = [:]
        for policy in inputs.content.policies {
            metadata.add(policy.slug)
            // policy.yaml and the front-matter as written: every value read from them is in it.
            metadata.add(policy.settings.source)
            var policyTexts = CacheKey.Builder("policy texts")
            for version in policy.versions {
                metadata.add(version.id)
                metadata.add(version.defaultLanguage.rawValue)
                metadata.add(version.translations.count)
                for (language, translation) in version.translations.sorted(by: { $0.key < $1.key }) {
                    metadata.add(language.rawValue)
                    metadata.add(translation.path)
                    metadata.add(translation.bodyFirstLine)
                    metadata.add(translation.frontMatter.source)
                    let key = CachedTexts.key(of: translation, configuration: self.configuration)
                    texts[RenderedTexts.Key(policy: policy.slug, version: version.id, language: language)] = key
                    policyTexts.add(key)
                }
            }
            let policyKey = policyTexts.finish()
            policies[policy.slug] = policyKey
            policyLanguages[policy.slug] = Self.languageKeys(policy, languages: inputs.config.languages.map(\.code),
                                                             texts: texts, everyText: policyKey)
        }
        self.metadata = metadata.finish()
        self.texts = texts
        self.policies = policies
        self.policyLanguages = policyLanguages

        var site = CacheKey.Builder("site")
        site.add(self.metadata)
        site.add(inputs.themeKey)
        site.add(asOf.description)
        site.add(includesComparisons)
        for (policy, versions) in firstPublished.sorted(by: { $0.key < $1.key }) {
            site.add(policy)
            for (version, day) in versions.sorted(by: { $0.key < $1.key }) {
                site.add(version)
                site.add(day.description)
            }
        }
        self.site = site.finish()
    }

    /// A policy's files in a language show its texts in that language when every version has
    /// one. When a version lacks it, a page falls back to the version's own language, and a
    /// comparison to the site's: those files are keyed by all the policy's texts.
    private static func languageKeys(_ policy: Policy, languages: [LanguageCode],
                                     texts: [RenderedTexts.Key: CacheKey], everyText: CacheKey) -> [LanguageCode: CacheKey] {
        var keys: [LanguageCode: CacheKey] = [:]
        for language in languages {
            guard policy.versions.allSatisfy({ $0.translations[language] != nil }) else {
                keys[language] = everyText
                continue
            }
            var key = CacheKey.Builder("policy texts in a language")
            for version in policy.versions {
                key.add(texts[RenderedTexts.Key(policy: policy.slug, version: version.id, language: language)]!)
            }
            keys[language] = key.finish()
        }
        return keys
    }

    /// The key of what the checks find in a text: the text's key, and that of the previous
    /// version's text in its language, which the checks compare it with.
    func checks(of unit: TextUnit) -> CacheKey {
        var key = CacheKey.Builder("text checks")
        key.add(texts[RenderedTexts.Key(policy: unit.policy.slug, version: unit.version.id, language: unit.language)]?.hex)
        key.add(unit.previous.flatMap { texts[RenderedTexts.Key(policy: unit.policy.slug, version: $0.id, language: unit.language)]?.hex })
        return key.finish()
    }

    /// The key of a file of the site. A policy's pages and versions.json show its texts in
    /// their language and link to the policies its texts link to. Every other file (home pages,
    /// sitemap, robots.txt, feeds) shows only which pages exist and front-matter, both in `site`.
    func file(_ file: PlannedFile, linkedPolicies: (String) -> Set<String>) -> CacheKey {
        var key = CacheKey.Builder("file")
        key.add(site)
        key.add(file.path)
        if let (policy, language) = file.textsShown {
            key.add(policyLanguages[policy]?[language]?.hex)
            for linked in linkedPolicies(policy).sorted() {
                key.add(linked)
                key.add(policyLanguages[linked]?[language]?.hex)
            }
        }
        return key.finish()
    }
}
