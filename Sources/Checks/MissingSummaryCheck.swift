import Diagnostics

/// PG210: a version after the first whose default-language text has no `summary`: the history,
/// the feeds and the comparison then cannot say what changed.
enum MissingSummaryCheck: SiteCheck {
    static let codes: [DiagnosticCode: Severity] = [.missingSummary: .warning]

    static func check(_ site: CheckedSite, _ found: FoundInTexts) -> [Diagnostic] {
        site.content.policies.flatMap { policy in
            zip(policy.versions, policy.versions.dropFirst()).compactMap { previous, version in
                let frontMatter = version.original.frontMatter
                guard frontMatter.summary == nil else { return nil }
                return .warning(.missingSummary, at: frontMatter.effectiveLocation,
                                "version \(version.id) has no summary of what changed since \(previous.id)",
                                hint: "add a line 'summary:' with a sentence for readers, shown in the history, "
                                    + "the feeds and the comparison")
            }
        }
    }
}
