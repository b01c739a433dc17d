import Config
import Diagnostics

/// The rules that span several files: slugs, the default-language text of every version,
/// one effective date per version and per policy, the governing language.
enum ContentValidator {
    static func validate(_ folders: [PolicyFolder], config: SiteConfig, _ problems: inout [Diagnostic]) -> SiteContent {
        var policies: [Policy] = []
        for folder in folders {
            guard checkPolicySlug(folder, config: config, &problems) else { continue }
            let versions = folder.versions.compactMap { validateVersion($0, config: config, &problems) }
            if folder.versions.isEmpty {
                problems.append(.error(.noPolicies, at: SourceLocation(path: folder.path),
                                       "the policy has no version",
                                       hint: "add \(folder.path)/<version>/\(config.defaultLanguage).md"))
            }
            checkEffectiveDatesAreDistinct(versions, &problems)
            let policy = Policy(slug: folder.slug, settings: folder.settings, versions: versions)
            checkGoverningLanguage(policy, folder: folder, config: config, &problems)
            policies.append(policy)
        }
        if folders.isEmpty {
            problems.append(.error(.noPolicies, at: SourceLocation(path: ContentLoader.folderName),
                                   "content/ holds no policy", hint: "create content/<policy>/<version>/<lang>.md"))
        }
        checkRetirements(policies, &problems)
        // Home-page order: policies with `order` first, by order, then the rest by slug.
        policies.sort {
            ($0.settings.order ?? Int.max, $0.slug) < ($1.settings.order ?? Int.max, $1.slug)
        }
        return SiteContent(policies: policies)
    }

    /// A replacement must be another policy of the site, and no version of a retired policy
    /// may take effect on or after the day it is withdrawn.
    private static func checkRetirements(_ policies: [Policy], _ problems: inout [Diagnostic]) {
        let slugs = Set(policies.map(\.slug))
        for policy in policies {
            guard let retirement = policy.settings.retirement else { continue }
            if let replacement = retirement.replacedBy, replacement == policy.slug || !slugs.contains(replacement) {
                let suggestion = YAMLMapping.closest(to: replacement, in: slugs.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(.error(.invalidRetirement, at: retirement.replacedByLocation ?? retirement.location,
                                       replacement == policy.slug ? "a policy cannot be replaced by itself"
                                           : "replaced_by names '\(replacement)', which is not a policy of this site\(suggestion)"))
            }
            for version in policy.versions where version.effective >= retirement.date {
                problems.append(.error(.invalidRetirement, at: version.original.frontMatter.effectiveLocation,
                                       "version '\(version.id)' takes effect on \(version.effective), when the policy is already retired (\(retirement.date))",
                                       hint: "a retired policy takes no new version: move the date of retired: or of the version"))
            }
        }
    }

    private static func checkPolicySlug(_ folder: PolicyFolder, config: SiteConfig, _ problems: inout [Diagnostic]) -> Bool {
        let slug = folder.slug
        let message: String? =
            !Slug.isPolicySlug(slug) ? "'\(slug)' is not a valid policy name: use a-z, 0-9 and '-', at most 64 characters, starting with a letter or digit"
            : Slug.reserved.contains(slug) ? "'\(slug)' is a reserved name"
            : config.languages.contains(where: { $0.code.rawValue.lowercased() == slug }) ? "'\(slug)' is a language code and cannot name a policy"
            : nil
        guard let message else { return true }
        problems.append(.error(.invalidSlug, at: SourceLocation(path: folder.path), message, hint: "rename the folder"))
        return false
    }

    private static func validateVersion(_ folder: VersionFolder, config: SiteConfig, _ problems: inout [Diagnostic]) -> PolicyVersion? {
        let id = folder.id
        let message: String? =
            !Slug.isVersionSlug(id) ? "'\(id)' is not a valid version name: use a-z, 0-9, '.', '_' and '-' (no '..'), at most 64 characters, not ending in .html, .json or .xml"
            : Slug.reserved.contains(id) ? "'\(id)' is a reserved name"
            : nil
        if let message {
            problems.append(.error(.invalidSlug, at: SourceLocation(path: folder.path), message, hint: "rename the folder"))
            return nil
        }
        guard let original = folder.translations[config.defaultLanguage] else {
            // A file that failed to parse was already reported; only a truly missing one is reported here.
            let fileReported = problems.contains { $0.location.path == "\(folder.path)/\(config.defaultLanguage).md" }
            if !fileReported {
                problems.append(.error(.missingDefaultLanguage, at: SourceLocation(path: folder.path),
                                       "the version has no text in the default language '\(config.defaultLanguage)'",
                                       hint: "add \(folder.path)/\(config.defaultLanguage).md"))
            }
            return nil
        }
        for (language, translation) in folder.translations.sorted(by: { $0.key < $1.key })
        where translation.frontMatter.effective != original.frontMatter.effective {
            problems.append(.error(
                .effectiveDateMismatch, at: translation.frontMatter.effectiveLocation,
                "the \(language) text says effective \(translation.frontMatter.effective), but \(original.path) says \(original.frontMatter.effective)",
                hint: "every language of one version takes effect on the same day"))
        }
        return PolicyVersion(id: id, defaultLanguage: config.defaultLanguage, translations: folder.translations)
    }

    /// Two versions on one day would make "the text in effect that day" ambiguous.
    /// Reported on the later folder in sort order.
    private static func checkEffectiveDatesAreDistinct(_ versions: [PolicyVersion], _ problems: inout [Diagnostic]) {
        var first: [EffectiveDate: PolicyVersion] = [:]
        for version in versions.sorted(by: { $0.id < $1.id }) {
            if let earlier = first[version.effective] {
                problems.append(.error(
                    .duplicateEffectiveDate, at: version.original.frontMatter.effectiveLocation,
                    "version '\(version.id)' takes effect on \(version.effective), as version '\(earlier.id)' does",
                    hint: "each version of a policy needs its own effective date"))
            } else {
                first[version.effective] = version
            }
        }
    }

    private static func checkGoverningLanguage(_ policy: Policy, folder: PolicyFolder, config: SiteConfig,
                                               _ problems: inout [Diagnostic]) {
        guard let governing = policy.settings.governingLanguage, governing != config.defaultLanguage else { return }
        let missing = policy.versions.filter { $0.translations[governing] == nil }.map(\.id)
        guard !missing.isEmpty else { return }
        problems.append(.error(
            .invalidGoverningLanguage,
            at: policy.settings.governingLanguageLocation ?? SourceLocation(path: folder.settingsPath ?? folder.path),
            "governing_language is '\(governing)', but versions \(missing.joined(separator: ", ")) have no \(governing) text",
            hint: "use the default language, or a language every version is written in"))
    }
}
