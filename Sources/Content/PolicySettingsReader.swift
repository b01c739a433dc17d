import Config
import Diagnostics

/// `content/<policy>/policy.yaml`.
enum PolicySettingsReader {
    static let fileName = "policy.yaml"
    static let keys = ["order", "governing_language", "notice_days", "checks"]

    static func parse(_ text: String, path: String, config: SiteConfig, _ problems: inout [Diagnostic]) -> PolicySettings {
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
        return settings
    }
}
