import Config
import Diagnostics

/// `content/<policy>/policy.yaml`.
public enum PolicySettingsReader {
    static let fileName = "policy.yaml"
    static let keys = ["order", "governing_language", "notice_days", "retired", "replaced_by", "checks"]

    public static func parse(_ text: String, path: String, config: SiteConfig, _ problems: inout [Diagnostic]) -> PolicySettings {
        guard let document = StrictYAML.parse(text, path: path, diagnostics: &problems),
              let fields = YAMLMapping.read(document.root, in: document, what: "policy.yaml",
                                            allowedKeys: keys, diagnostics: &problems) else { return PolicySettings(source: text) }
        var settings = PolicySettings(
            order: fields.int("order", in: -1_000_000...1_000_000, diagnostics: &problems),
            noticeDays: fields.int("notice_days", in: 0...3650, diagnostics: &problems),
            checks: fields.value("checks").map { CheckLevels.read($0, in: document, diagnostics: &problems) } ?? CheckLevels(),
            source: text)
        if let name = fields.string("governing_language", diagnostics: &problems) {
            if let language = config.language(named: name) {
                settings.governingLanguage = language.code
                settings.governingLanguageLocation = fields.location(ofValue: "governing_language")
            } else {
                problems.append(.error(.unknownLanguage, at: fields.location(ofValue: "governing_language"),
                                       "governing_language '\(name)' is not a language of this site"))
            }
        }
        settings.retirement = retirement(fields, &problems)
        return settings
    }

    /// `retired:` and `replaced_by:`; the replacement is checked against the other policies later.
    private static func retirement(_ fields: YAMLMapping, _ problems: inout [Diagnostic]) -> Retirement? {
        let replacedBy = fields.string("replaced_by", diagnostics: &problems)
        guard let text = fields.string("retired", diagnostics: &problems) else {
            if replacedBy != nil {
                problems.append(.error(.invalidRetirement, at: fields.location(ofKey: "replaced_by"),
                                       "replaced_by needs retired: the day the policy stops applying",
                                       hint: "add retired: YYYY-MM-DD"))
            }
            return nil
        }
        guard let date = EffectiveDate(text) else {
            problems.append(.error(.invalidDate, at: fields.location(ofValue: "retired"), "'\(text)' is not a real date",
                                   hint: "write the day as YYYY-MM-DD, for example 2025-06-30"))
            return nil
        }
        return Retirement(date: date, location: fields.location(ofValue: "retired"), replacedBy: replacedBy,
                          replacedByLocation: replacedBy == nil ? nil : fields.location(ofValue: "replaced_by"))
    }
}
