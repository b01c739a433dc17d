import Config
import Content
import Texts

/// A policy with its versions laid out on the build date, resolved once: one instance, shared by
/// all its planned files.
public final class PlannedPolicy: Sendable {
    public let policy: Policy
    public let timeline: PolicyTimeline
    /// The entry the policy's main page shows: the version in effect, or before any is, the
    /// first one to come.
    let current: PolicyTimeline.Entry
    /// Where each version stands in `timeline.entries`, by id.
    private let indices: [String: Int]

    /// nil for a policy without versions, which has no pages.
    init?(_ policy: Policy, asOf: EffectiveDate) {
        let timeline = PolicyTimeline(versions: policy.versions, asOf: asOf,
                                      governingLanguage: policy.settings.governingLanguage,
                                      retired: policy.settings.retirement?.date)
        guard let shown = timeline.current,
              let current = timeline.entries.first(where: { $0.version.id == shown.id }) else { return nil }
        self.policy = policy
        self.timeline = timeline
        self.current = current
        indices = Dictionary(timeline.entries.enumerated().map { ($1.version.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var slug: String { policy.slug }

    /// The first day after the build date on which the policy's pages change: a version takes
    /// effect, or the policy is withdrawn.
    var nextRebuild: EffectiveDate? {
        let upcoming = timeline.entries.first { $0.version.effective > timeline.asOf }?.version.effective
        let retiring = timeline.retired.flatMap { $0 > timeline.asOf ? $0 : nil }
        return [upcoming, retiring].compactMap { $0 }.min()
    }

    /// The position of a version in the timeline, oldest first.
    func index(of version: PolicyVersion) -> Int { indices[version.id] ?? 0 }

    /// The text of `version` a page in `language` shows, and where the rendered texts keep it.
    func text(_ version: PolicyVersion, in language: LanguageCode) -> ShownText {
        let translation = version.text(in: language)
        return ShownText(key: RenderedTexts.Key(policy: slug, version: version.id, language: translation.language),
                         translation: translation)
    }
}

/// A text a page shows, and where the rendered texts keep it.
public struct ShownText: Sendable {
    public let key: RenderedTexts.Key
    public let translation: Translation
}

/// Two versions of a policy a reader can compare, older first, and the language whose texts are
/// compared. A language in which both versions are written gets its own redline; every other
/// language shows the default language's, under the fallback notice, and its pages share that
/// redline (`key`).
public struct Comparison: Sendable {
    public struct Key: Hashable, Sendable {
        var policy: String
        var older: String
        var newer: String
        /// The language of the texts compared.
        var language: LanguageCode
    }

    let policy: String
    let olderVersion: PolicyVersion
    let newerVersion: PolicyVersion
    /// The language of the texts compared.
    let textLanguage: LanguageCode

    /// `a` and `b` in either order, as a page in `language` compares them.
    init(_ a: PolicyVersion, _ b: PolicyVersion, of policy: PlannedPolicy, in language: LanguageCode,
         defaultLanguage: LanguageCode) {
        let (older, newer) = a.effective <= b.effective ? (a, b) : (b, a)
        self.policy = policy.slug
        olderVersion = older
        newerVersion = newer
        textLanguage = Self.textLanguage(for: language, older: older, newer: newer, default: defaultLanguage)
    }

    /// The texts compared.
    var older: ShownText { text(olderVersion) }
    var newer: ShownText { text(newerVersion) }

    var key: Key {
        Key(policy: policy, older: olderVersion.id, newer: newerVersion.id, language: textLanguage)
    }

    /// The text of `version` in `textLanguage`, which both versions have (the default language,
    /// when one of them lacks the page's).
    private func text(_ version: PolicyVersion) -> ShownText {
        let translation = version.text(in: textLanguage)
        return ShownText(key: RenderedTexts.Key(policy: policy, version: version.id, language: translation.language),
                         translation: translation)
    }

    /// The language whose texts a page in `language` compares.
    public static func textLanguage(for language: LanguageCode, older: PolicyVersion, newer: PolicyVersion,
                                    default defaultLanguage: LanguageCode) -> LanguageCode {
        older.translations[language] != nil && newer.translations[language] != nil ? language : defaultLanguage
    }
}
