import Markdown
import Config
import Content
import Diff
import Texts

/// The redlines of the pairs of versions a reader can compare, made when a compare page is
/// written and dropped after it, so memory does not grow with the number of pairs. A language
/// in which both versions are written gets its own; every other language shows the
/// default-language redline, under the fallback notice — the pages sharing one redline are
/// written together (`Key`), so it is made once.
public struct Comparisons: Sendable {
    public struct Key: Hashable, Sendable {
        public var policy: String
        public var older: String
        public var newer: String
        /// The language of the texts compared.
        public var language: LanguageCode
    }

    public let texts: RenderedTexts
    /// Each text is in several comparisons: it is prepared once for all of them. The 32 kept are
    /// more than the versions of a policy in one language, and compare pages are made policy by
    /// policy and language by language, so the texts used last are the ones asked for next.
    let prepared = KeptTexts<PreparedText>(capacity: 32)

    /// The language whose texts a page in `language` compares.
    public static func textLanguage(for language: LanguageCode, older: PolicyVersion, newer: PolicyVersion,
                             default defaultLanguage: LanguageCode) -> LanguageCode {
        older.translations[language] != nil && newer.translations[language] != nil ? language : defaultLanguage
    }

    public func redline(_ key: Key) -> Redline? {
        /// The text of `version` prepared; its document is not even read while it is kept.
        func prepared(_ version: String) -> PreparedText? {
            let textKey = RenderedTexts.Key(policy: key.policy, version: version, language: key.language)
            if let kept = self.prepared.kept(textKey) { return kept }
            guard let document = texts[key.policy, version, key.language] else { return nil }
            return self.prepared.value(textKey) { PreparedText(document.blocks) }
        }
        guard let old = prepared(key.older), let new = prepared(key.newer) else { return nil }
        return Redline(old: old, new: new)
    }
}
