import Config
import Content
import Diagnostics

/// The rules that hold between what was published and what is about to be: a text that has
/// taken effect is never changed, re-dated, removed or withdrawn silently (the history lock), and
/// a material version is announced `notice_days` before it takes effect.
struct PublicationRules {
    let config: SiteConfig
    let record: PublishedRecord
    let asOf: EffectiveDate
    let allowHistoryEdit: Bool

    /// Checks the published content (drafts left out: they never enter the record) against the
    /// record, and returns the day each version was first published: the record's date, or the
    /// build date for a version appearing now.
    func check(_ published: SiteContent, diagnostics: inout [Diagnostic]) -> [String: [String: EffectiveDate]] {
        checkHistory(published, &diagnostics)
        var firstPublished: [String: [String: EffectiveDate]] = [:]
        for policy in published.policies {
            for version in policy.versions {
                let recorded = record.version(version.id, of: policy.slug)
                firstPublished[policy.slug, default: [:]][version.id] = recorded?.firstPublished ?? asOf
                checkNotice(version, of: policy, recorded: recorded, &diagnostics)
            }
        }
        return firstPublished
    }

    /// Every recorded version that had taken effect, by the record's own date or this build's
    /// (whichever is later, so back-dating a build unlocks nothing), must still be there, on
    /// the same day, with the same text in every language it was published in.
    private func checkHistory(_ published: SiteContent, _ diagnostics: inout [Diagnostic]) {
        let lockDate = max(asOf, record.asOf ?? asOf)
        for (slug, id, recorded) in record.all where recorded.effective <= lockDate {
            let folder = "\(ContentLoader.folderName)/\(slug)/\(id)"
            guard let version = published.policy(slug)?.version(id) else {
                report(SourceLocation(path: folder),
                       "version '\(id)' of \(slug) took effect on \(recorded.effective) and was published; it is no longer "
                           + "in content/ (removed, renamed or made a draft)",
                       hint: "put it back as it was; a published text stays on record, and changes are published as new versions",
                       &diagnostics)
                continue
            }
            if version.effective != recorded.effective {
                report(version.original.frontMatter.effectiveLocation,
                       "version '\(id)' of \(slug) was published as taking effect on \(recorded.effective); its date cannot change",
                       hint: "restore effective: \(recorded.effective), and publish the change as a new version", &diagnostics)
                continue
            }
            var reported = Set<String>()
            for language in config.languages {
                guard let before = recorded.texts[language.code] else { continue }
                let shown = version.text(in: language.code)
                if before.translated && shown.language != language.code {
                    report(SourceLocation(path: "\(folder)/\(language.code).md"),
                           "the \(language.code) text of version '\(id)' of \(slug) was published and is in effect; it has been removed",
                           hint: "put the file back; a published text stays on record", &diagnostics)
                    continue
                }
                let isNewTranslation = !before.translated && shown.language == language.code
                guard before.sha256 != shown.sha256, !isNewTranslation, reported.insert(shown.path).inserted else { continue }
                report(SourceLocation(path: shown.path, line: 1, column: 1),
                       "version '\(id)' of \(slug) took effect on \(recorded.effective) and was published with SHA-256 "
                           + "\(before.sha256.prefix(12))…; this file now reads differently (\(shown.sha256.prefix(12))…)",
                       hint: "publish the change as a new version (policygen new \(slug)); if only line endings changed, "
                           + "restore them (a .gitattributes with eol=lf keeps them stable)", &diagnostics)
            }
        }
    }

    /// An error, or with --allow-history-edit a warning after which the new state becomes the record.
    private func report(_ location: SourceLocation, _ message: String, hint: String, _ diagnostics: inout [Diagnostic]) {
        if allowHistoryEdit {
            diagnostics.append(.warning(.historyEdited, at: location, message + "; published anyway (--allow-history-edit)"))
        } else {
            diagnostics.append(.error(.historyEdited, at: location, message,
                                      hint: hint + "; to correct the record itself, build with --allow-history-edit"))
        }
    }

    /// A material version first published now, or whose date moved since, must leave the notice period.
    /// The first build of a site imports its history, so it is not held to it.
    private func checkNotice(_ version: PolicyVersion, of policy: Policy, recorded: PublishedRecord.Version?,
                             _ diagnostics: inout [Diagnostic]) {
        guard let noticeDays = policy.settings.noticeDays ?? config.noticeDays, !record.isEmpty,
              version.original.frontMatter.material else { return }
        guard recorded == nil || recorded?.effective != version.effective else { return }
        let publication = recorded?.firstPublished ?? asOf
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
