import Config
import Content
import Diagnostics

/// PG209: a version whose default-language text (title and rendered blocks) is the same as the
/// version before it: publishing it announces a change that is not there. A version that
/// changes only a translation is a change (history cannot be edited, so a corrected
/// translation needs a new version); a translation the earlier version lacks is not.
enum IdenticalVersionCheck: SiteCheck {
    static let codes: [DiagnosticCode: Severity] = [.identicalVersion: .warning]

    static func check(_ site: CheckedSite, _ found: FoundInTexts) -> [Diagnostic] {
        site.content.policies.flatMap { policy in
            zip(policy.versions, policy.versions.dropFirst()).compactMap { previous, version in
                guard sameText(previous, version, in: version.defaultLanguage, policy: policy, found: found),
                      version.translations.keys.allSatisfy({ language in
                          previous.translations[language] == nil
                              || sameText(previous, version, in: language, policy: policy, found: found)
                      }) else { return nil }
                return .warning(.identicalVersion, at: version.original.frontMatter.effectiveLocation,
                                "version \(version.id) is identical to \(previous.id), the version before it: "
                                    + "same title and text as \(previous.original.path)",
                                hint: "make the change in this version, or delete its folder")
            }
        }
    }

    /// Whether the version's text in `language` has the title and the blocks of the previous
    /// version's, as the checks of the text found.
    private static func sameText(_ previous: PolicyVersion, _ version: PolicyVersion, in language: LanguageCode,
                                 policy: Policy, found: FoundInTexts) -> Bool {
        guard let before = previous.translations[language], let after = version.translations[language] else { return false }
        return before.frontMatter.title == after.frontMatter.title
            && found[policy.slug, version.id, language]?.sameBlocksAsPrevious == true
    }
}
