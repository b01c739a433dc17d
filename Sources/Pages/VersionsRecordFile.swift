import Config
import Content

/// `versions.json` of one policy in one language.
extension SiteRenderer {
    func versionsRecord(_ language: SiteLanguage, _ policy: PlannedPolicy) -> VersionsRecord {
        let timeline = policy.timeline
        let code = language.code
        let base = config.baseURL ?? "/"
        let retirement = policy.policy.settings.retirement
        let replacement = retirement?.replacedBy.map { slug in
            VersionsRecord.Replacement(policy: slug, url: PageAddress.current(code, policy: slug).path.absoluteURL(base: base))
        }
        return VersionsRecord(
            policy: policy.slug, language: code.rawValue, asOf: timeline.asOf.description,
            current: timeline.entries.first { $0.status == .current }?.version.id,
            nextRebuild: policy.nextRebuild?.description,
            retired: retirement?.date.description, replacedBy: replacement,
            versions: timeline.entries.reversed().map { entry in
                let version = entry.version
                let shown = version.text(in: code)
                return VersionsRecord.Entry(
                    id: version.id, title: shown.frontMatter.title, effective: version.effective.description,
                    // A draft translation shown in a --drafts build is a draft entry: it never enters the record.
                    until: entry.until?.description, status: entry.status.rawValue,
                    draft: version.isDraft || shown.frontMatter.draft,
                    summary: shown.frontMatter.summary,
                    firstPublished: version.isDraft ? nil : firstPublished[policy.slug]?[version.id]?.description,
                    translated: shown.language == code, sha256: shown.sha256, textSHA256: shown.textSHA256,
                    url: PageAddress.version(code, policy: policy.slug, version: version.id).path.absoluteURL(base: base),
                    comparePreviousURL: timeline.previous(of: version.id).flatMap {
                        comparePage(code, policy, $0, version)?.path.absoluteURL(base: base)
                    },
                    compareCurrentURL: timeline.inEffect.flatMap { current in
                        current.id == version.id ? nil : comparePage(code, policy, version, current)?.path.absoluteURL(base: base)
                    })
            })
    }
}
