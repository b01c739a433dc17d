import Markdown
import Config
import Content
import Diff

/// The redlines of the pairs of versions a reader can compare, made when a compare page is
/// written and dropped after it, so memory does not grow with the number of pairs. A language
/// in which both versions are written gets its own; every other language shows the
/// default-language redline, under the fallback notice — the pages sharing one redline are
/// written together (`Key`), so it is made once.
struct Comparisons: Sendable {
    struct Key: Hashable, Sendable {
        var policy: String
        var older: String
        var newer: String
        /// The language of the texts compared.
        var language: LanguageCode
    }

    let texts: RenderedTexts
    /// Each text is in several comparisons: it is prepared once for all of them.
    let prepared = PreparedTexts()

    /// The language whose texts a page in `language` compares.
    static func textLanguage(for language: LanguageCode, older: PolicyVersion, newer: PolicyVersion,
                             default defaultLanguage: LanguageCode) -> LanguageCode {
        older.translations[language] != nil && newer.translations[language] != nil ? language : defaultLanguage
    }

    func redline(_ key: Key) -> Redline? {
        guard let old = texts[key.policy, key.older, key.language], let new = texts[key.policy, key.newer, key.language] else {
            return nil
        }
        func prepared(_ version: String, _ document: RenderedDocument) -> PreparedText {
            self.prepared.text(RenderedTexts.Key(policy: key.policy, version: version, language: key.language)) {
                PreparedText(document.blocks)
            }
        }
        return Redline(old: prepared(key.older, old), new: prepared(key.newer, new))
    }
}
