import Config
import Content
import Diagnostics
import Record

/// The rules that hold between what was published and what is about to be: a text that has
/// taken effect is never changed, re-dated, removed or withdrawn silently (the history lock), and
/// a material version is announced `notice_days` before it takes effect. What this build
/// publishes differently is appended to the record.
struct PublicationRules {
    let config: SiteConfig
    let record: SiteRecord
    let asOf: EffectiveDate
    let allowHistoryEdit: Bool
    /// The later of this build's date and the record's, so that back-dating a build unlocks nothing.
    let lockDate: EffectiveDate
    /// The record's entries in force, by policy, version and language (`SiteRecord.standing`).
    let standing: [String: [String: [String: RecordEntry]]]

    init(config: SiteConfig, record: SiteRecord, asOf: EffectiveDate, allowHistoryEdit: Bool) {
        self.config = config
        self.record = record
        self.asOf = asOf
        self.allowHistoryEdit = allowHistoryEdit
        lockDate = max(asOf, record.latestRecorded ?? asOf)
        standing = record.standing
    }

    struct Outcome {
        /// The day each version was first published, by policy and version.
        var firstPublished: [String: [String: EffectiveDate]] = [:]
        /// The record with this build's entries appended.
        var record: SiteRecord
        /// How many entries this build appends.
        var added = 0
    }

    /// Checks the published content (drafts left out: they never enter the record) against the
    /// record, version by version and language by language.
    func apply(_ published: SiteContent, diagnostics: inout [Diagnostic]) -> Outcome {
        var outcome = Outcome(record: record)
        let languages = config.languages.map(\.code).sorted { $0.rawValue < $1.rawValue }
        func append(_ entry: RecordEntry, _ policy: String) {
            outcome.record.append(entry, policy: policy)
            outcome.added += 1
        }
        for policy in published.policies.sorted(by: { $0.slug < $1.slug }) {
            for version in policy.versions.sorted(by: { ($0.effective, $0.id) < ($1.effective, $1.id) }) {
                let recorded = standing[policy.slug]?[version.id] ?? [:]
                let firstPublished = recorded.values.compactMap { EffectiveDate($0.published) }.min() ?? asOf
                outcome.firstPublished[policy.slug, default: [:]][version.id] = firstPublished
                let recordedEffective = (recorded[config.defaultLanguage.rawValue] ?? recorded.min { $0.key < $1.key }?.value)
                    .flatMap { EffectiveDate($0.effective) }
                let locked = recordedEffective.map { $0 <= lockDate } ?? false
                checkNotice(version, of: policy, firstPublished: recorded.isEmpty ? nil : firstPublished,
                            recordedEffective: recordedEffective, &diagnostics)
                if locked, let recordedEffective, recordedEffective != version.effective {
                    report(version.original.frontMatter.effectiveLocation,
                           "version '\(version.id)' of \(policy.slug) was published as taking effect on \(recordedEffective); "
                               + "its date cannot change",
                           hint: "restore effective: \(recordedEffective), and publish the change as a new version", &diagnostics)
                }
                var reported = Set<String>()
                for language in languages {
                    let shown = version.text(in: language)
                    let entry = RecordEntry(
                        event: .published, version: version.id, language: language.rawValue,
                        effective: version.effective.description, published: firstPublished.description,
                        recorded: asOf.description, translated: shown.language == language,
                        textSHA256: shown.textSHA256, sourceSHA256: shown.sha256)
                    guard let before = recorded[language.rawValue] else {
                        append(entry, policy.slug)
                        continue
                    }
                    guard !Self.same(before, entry) else { continue }
                    // An upcoming text may change until it takes effect, and a first translation
                    // of a text shown untranslated is not an edit.
                    let isFirstTranslation = entry.translated && !before.translated && before.effective == entry.effective
                    if !locked || isFirstTranslation {
                        append(entry, policy.slug)
                        continue
                    }
                    if before.effective != entry.effective {
                        // Reported once for the version, above.
                    } else if before.translated && !entry.translated {
                        report(SourceLocation(path: "\(ContentLoader.folderName)/\(policy.slug)/\(version.id)/\(language).md"),
                               "the \(language) text of version '\(version.id)' of \(policy.slug) was published and is in effect; "
                                   + "it has been removed",
                               hint: "put the file back; a published text stays on record", &diagnostics)
                    } else if reported.insert(shown.path).inserted {
                        reportChangedText(shown, version: version, policy: policy, before: before, &diagnostics)
                    }
                    if allowHistoryEdit {
                        var corrected = entry
                        corrected.event = .corrected
                        append(corrected, policy.slug)
                    }
                }
            }
        }
        withdraw(published, standing: standing, lockDate: lockDate, into: &outcome, &diagnostics)
        return outcome
    }

    /// Whether `entry` publishes what `before` did: the same text, on the same day, in the same
    /// language. A record made from a `versions.json` without the text's fingerprint compares
    /// the source files.
    private static func same(_ before: RecordEntry, _ entry: RecordEntry) -> Bool {
        let sameText = before.textSHA256.map { $0 == entry.textSHA256 } ?? (before.sourceSHA256 == entry.sourceSHA256)
        return sameText && before.effective == entry.effective && before.translated == entry.translated
    }

    /// Every recorded text no longer published (its policy, version or language gone, or made a
    /// draft): an error for one that took effect; an upcoming one is withdrawn.
    private func withdraw(_ published: SiteContent, standing: [String: [String: [String: RecordEntry]]], lockDate: EffectiveDate,
                          into outcome: inout Outcome, _ diagnostics: inout [Diagnostic]) {
        let languages = Set(config.languages.map(\.code.rawValue))
        for (slug, versions) in standing.sorted(by: { $0.key < $1.key }) {
            for (id, texts) in versions.sorted(by: { $0.key < $1.key }) {
                let version = published.policy(slug)?.version(id)
                let gone = texts.values.filter { version == nil || !languages.contains($0.language) }
                    .sorted { $0.language < $1.language }
                guard let first = gone.first else { continue }
                let locked = EffectiveDate(first.effective).map { $0 <= lockDate } ?? true
                if locked {
                    let folder = "\(ContentLoader.folderName)/\(slug)/\(id)"
                    if version == nil {
                        report(SourceLocation(path: folder),
                               "version '\(id)' of \(slug) took effect on \(first.effective) and was published; it is no longer "
                                   + "in content/ (removed, renamed or made a draft)",
                               hint: "put it back as it was; a published text stays on record, and changes are published as new versions",
                               &diagnostics)
                    } else {
                        report(SourceLocation(path: ConfigLoader.fileName),
                               "version '\(id)' of \(slug) took effect on \(first.effective) and was published in "
                                   + gone.map(\.language).joined(separator: ", ") + ", which policygen.yaml no longer lists",
                               hint: "put the language back in languages; a published text stays on record", &diagnostics)
                    }
                    guard allowHistoryEdit else { continue }
                }
                for entry in gone {
                    var withdrawn = entry
                    withdrawn.event = .withdrawn
                    withdrawn.recorded = asOf.description
                    withdrawn.textSHA256 = nil
                    withdrawn.sourceSHA256 = nil
                    outcome.record.append(withdrawn, policy: slug)
                    outcome.added += 1
                }
            }
        }
    }

    /// A locked text that reads differently. When its file is unchanged, a variable it names
    /// changed: the hint shows how to date the new value so that the old text stays as published.
    private func reportChangedText(_ shown: Translation, version: PolicyVersion, policy: Policy, before: RecordEntry,
                                   _ diagnostics: inout [Diagnostic]) {
        let published = "version '\(version.id)' of \(policy.slug) took effect on \(before.effective) and was published"
        let was = (before.textSHA256 ?? before.sourceSHA256 ?? "").prefix(12)
        guard before.sourceSHA256 == shown.sha256 else {
            report(SourceLocation(path: shown.path, line: 1, column: 1),
                   "\(published) with SHA-256 \(was)…; this file now reads differently (\(shown.textSHA256.prefix(12))…)",
                   hint: "publish the change as a new version (policygen new \(policy.slug))", &diagnostics)
            return
        }
        let paths = VariableReferences(in: shown.frontMatter.source + "\n" + shown.body).occurrences.compactMap {
            if case .reference(let path) = $0.kind { path } else { nil }
        }
        var names: [String] = []
        for path in paths where !names.contains(path.joined(separator: ".")) { names.append(path.joined(separator: ".")) }
        let variables = config.variables(for: shown.language, on: version.effective.description)
        let example = paths.first.map { path -> String in
            let value: String
            if case .value(let current) = variables.lookup(path) { value = current } else { value = "the new value" }
            var lines: [String] = []
            for (depth, name) in path.enumerated() {
                lines.append(String(repeating: "  ", count: depth + 2) + name + ":")
            }
            let indent = String(repeating: "  ", count: path.count + 2)
            lines += [indent + "- value: <the value it was published with>",
                      indent + "- value: \(value)", indent + "  from: \(asOf)"]
            return "\n  variables:\n" + lines.joined(separator: "\n")
        } ?? ""
        report(SourceLocation(path: shown.path, line: 1, column: 1),
               "\(published) with text SHA-256 \(was)…; its file is unchanged, but the text as published now differs "
                   + "(\(shown.textSHA256.prefix(12))…): a variable it names has a new value"
                   + (names.isEmpty ? "" : " (\(names.joined(separator: ", ")))"),
               hint: "give the variable its new value from a date on, so that texts in effect before keep the old one",
               example: example, &diagnostics)
    }

    /// An error, or with --allow-history-edit a warning after which the new state becomes the record.
    /// `example`, a block of lines, ends the hint.
    private func report(_ location: SourceLocation, _ message: String, hint: String, example: String = "",
                        _ diagnostics: inout [Diagnostic]) {
        if allowHistoryEdit {
            diagnostics.append(.warning(.historyEdited, at: location, message + "; published anyway (--allow-history-edit)"))
        } else {
            diagnostics.append(.error(.historyEdited, at: location, message,
                                      hint: hint + "; to correct the record itself, build with --allow-history-edit"
                                          + (example.isEmpty ? "" : ". In policygen.yaml:" + example)))
        }
    }

    /// A material version first published now, or whose date moved since, must leave the notice period.
    /// The first build of a site imports its history, so it is not held to it.
    private func checkNotice(_ version: PolicyVersion, of policy: Policy, firstPublished: EffectiveDate?,
                             recordedEffective: EffectiveDate?, _ diagnostics: inout [Diagnostic]) {
        guard let noticeDays = policy.settings.noticeDays ?? config.noticeDays, !record.isEmpty,
              version.original.frontMatter.material else { return }
        guard firstPublished == nil || recordedEffective != version.effective else { return }
        let publication = firstPublished ?? asOf
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
