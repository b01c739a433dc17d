import Markdown
import Config
import Content
import Diff

/// The redline of every pair of versions a reader can compare, made once per pair of texts:
/// a language in which both versions are written gets its own; every other language shows the
/// default-language redline, under the fallback notice.
struct Comparisons: Sendable {
    struct Key: Hashable, Sendable {
        var policy: String
        var older: String
        var newer: String
        var language: LanguageCode
    }

    private var redlines: [Key: Redline] = [:]

    static func make(_ content: SiteContent, timelines: [String: PolicyTimeline], texts: RenderedTexts,
                     config: SiteConfig) -> Comparisons {
        var comparisons = Comparisons()
        for policy in content.policies {
            for (older, newer) in timelines[policy.slug]!.comparisons {
                for language in config.languages.map(\.code) {
                    let shown = textLanguage(for: language, older: older, newer: newer, default: config.defaultLanguage)
                    let key = Key(policy: policy.slug, older: older.id, newer: newer.id, language: shown)
                    guard comparisons.redlines[key] == nil,
                          let old = texts[policy.slug, older.id, shown], let new = texts[policy.slug, newer.id, shown] else { continue }
                    comparisons.redlines[key] = Redline(old: old.blocks, new: new.blocks)
                }
            }
        }
        return comparisons
    }

    /// The language whose texts a page in `language` compares.
    static func textLanguage(for language: LanguageCode, older: PolicyVersion, newer: PolicyVersion,
                             default defaultLanguage: LanguageCode) -> LanguageCode {
        older.translations[language] != nil && newer.translations[language] != nil ? language : defaultLanguage
    }

    func redline(policy: String, older: String, newer: String, language: LanguageCode) -> Redline? {
        redlines[Key(policy: policy, older: older, newer: newer, language: language)]
    }
}
