import Config

/// What the checks of each text found, looked up by text for the checks across texts.
struct FoundInTexts: Sendable {
    private struct Key: Hashable {
        var policy: String
        var version: String
        var language: LanguageCode
    }

    private var byText: [Key: TextFindings] = [:]
    /// By file path, with the slug of the policy the file belongs to.
    private(set) var byPath: [String: (policy: String, found: TextFindings)] = [:]

    init(_ units: [TextUnit], _ found: [TextFindings]) {
        for (unit, findings) in zip(units, found) {
            byText[Key(policy: unit.policy.slug, version: unit.version.id, language: unit.language)] = findings
            byPath[unit.translation.path] = (unit.policy.slug, findings)
        }
    }

    subscript(policy: String, version: String, language: LanguageCode) -> TextFindings? {
        byText[Key(policy: policy, version: version, language: language)]
    }
}
