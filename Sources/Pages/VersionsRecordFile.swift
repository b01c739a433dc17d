import Config
import Content

/// `versions.json` of one policy in one language.
extension SiteRenderer {
    func versionsRecord(_ language: LanguageCode, policy slug: String) -> VersionsRecord {
        let timeline = timelines[slug]!
        let base = config.baseURL ?? "/"
        let upcoming = timeline.entries.first { $0.version.effective > timeline.asOf }
        return VersionsRecord(
            policy: slug, language: language.rawValue, asOf: timeline.asOf.description,
            current: timeline.entries.first { $0.status == .current }?.version.id,
            nextRebuild: upcoming?.version.effective.description,
            versions: timeline.entries.reversed().map { entry in
                let version = entry.version
                let shown = version.text(in: language)
                return VersionsRecord.Entry(
                    id: version.id, title: shown.frontMatter.title, effective: version.effective.description,
                    // A draft translation shown in a --drafts build is a draft entry: it never enters the record.
                    until: entry.until?.description, status: entry.status.rawValue,
                    draft: version.isDraft || shown.frontMatter.draft,
                    summary: shown.frontMatter.summary,
                    firstPublished: version.isDraft ? nil : firstPublished[slug]?[version.id]?.description,
                    translated: shown.language == language, sha256: shown.sha256,
                    url: PlannedPage.version(language, policy: slug, version: version.id).path.absoluteURL(base: base),
                    comparePreviousURL: timeline.previous(of: version.id).flatMap {
                        comparePage(language, policy: slug, $0, version)?.path.absoluteURL(base: base)
                    },
                    compareCurrentURL: timeline.inEffect.flatMap { current in
                        current.id == version.id ? nil : comparePage(language, policy: slug, version, current)?.path.absoluteURL(base: base)
                    })
            })
    }
}
