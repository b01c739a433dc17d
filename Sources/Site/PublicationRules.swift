import Config
import Content
import Diagnostics

/// The rules that hold between what was published and what is about to be: a text already in
/// effect never changes silently (the history lock), and a material version is announced
/// `notice_days` before it takes effect.
struct PublicationRules {
    let config: SiteConfig
    let record: PublishedRecord
    let asOf: EffectiveDate
    let allowHistoryEdit: Bool

    /// Checks every published (non-draft) version and returns the day each was first published:
    /// the record's date, or the build date for a version appearing now.
    func check(_ content: SiteContent, diagnostics: inout [Diagnostic]) -> [String: [String: EffectiveDate]] {
        var firstPublished: [String: [String: EffectiveDate]] = [:]
        for policy in content.policies {
            for version in policy.versions where !version.isDraft {
                let published = record.version(version.id, of: policy.slug)
                firstPublished[policy.slug, default: [:]][version.id] = published?.firstPublished ?? asOf
                if let published, version.effective <= asOf {
                    checkUnchanged(version, of: policy, published: published, &diagnostics)
                }
                checkNotice(version, of: policy, published: published, &diagnostics)
            }
        }
        return firstPublished
    }

    /// An effective version's text, in every language, must be the one published. A first
    /// translation of a text that was shown untranslated is not an edit.
    private func checkUnchanged(_ version: PolicyVersion, of policy: Policy, published: PublishedRecord.Version,
                                _ diagnostics: inout [Diagnostic]) {
        var reported = Set<String>()
        for language in config.languages {
            guard let before = published.texts[language.code] else { continue }
            let shown = version.translations[language.code] ?? version.original
            let isNewTranslation = !before.translated && shown.language == language.code
            guard before.sha256 != shown.sha256, !isNewTranslation, reported.insert(shown.path).inserted else { continue }
            let message = "version '\(version.id)' of \(policy.slug) took effect on \(version.effective) and was published "
                + "with SHA-256 \(before.sha256.prefix(12))…; this file now reads differently (\(shown.sha256.prefix(12))…)"
            if allowHistoryEdit {
                diagnostics.append(.warning(.historyEdited, at: SourceLocation(path: shown.path),
                                            message + "; published anyway (--allow-history-edit)"))
            } else {
                diagnostics.append(.error(.historyEdited, at: SourceLocation(path: shown.path), message,
                                          hint: "publish the change as a new version (policygen new \(policy.slug)); "
                                              + "to correct the record itself, build with --allow-history-edit"))
            }
        }
    }

    /// A material version first published now, or whose date moved since, must leave the notice period.
    /// The first build of a site imports its history, so it is not held to it.
    private func checkNotice(_ version: PolicyVersion, of policy: Policy, published: PublishedRecord.Version?,
                             _ diagnostics: inout [Diagnostic]) {
        guard let noticeDays = policy.settings.noticeDays ?? config.noticeDays, !record.isEmpty,
              version.original.frontMatter.material else { return }
        let isNew = published == nil
        let dateMoved = published.map { $0.effective != version.effective.description } ?? false
        guard isNew || dateMoved else { return }
        let publication = published?.firstPublished ?? asOf
        let notice = version.effective.days(since: publication)
        guard notice < noticeDays else { return }
        let earliest = publication.adding(days: noticeDays).map { " (\($0) or later)" } ?? ""
        diagnostics.append(.error(
            .noticePeriod, at: version.original.frontMatter.effectiveLocation,
            "version '\(version.id)' takes effect \(notice) days after it is first published on \(publication); "
                + "\(policy.slug) requires \(noticeDays) days' notice",
            hint: "move effective to a later day\(earliest), or mark a change that needs no notice with material: false"))
    }
}
