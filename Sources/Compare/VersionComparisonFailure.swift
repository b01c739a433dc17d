import Config
import Content
import Diagnostics

/// Why two versions could not be compared.
public enum VersionComparisonFailure: Error, Sendable {
    /// The site folder does not exist.
    case noSite(String)
    /// The site has errors (they are among the diagnostics, with any warnings).
    case contentErrors([Diagnostic])
    case unknownPolicy(String, known: [String])
    case unknownVersion(String, policy: String, known: [(id: String, effective: EffectiveDate)])
    /// Not a BCP 47 tag (`wellFormed` false), or not a language of the site.
    case unknownLanguage(String, wellFormed: Bool, known: [LanguageCode])

    /// A wrong command line (exit status 64), rather than a site with errors (1).
    public var isUsageError: Bool {
        if case .contentErrors = self { false } else { true }
    }

    /// What went wrong, in one sentence that names what exists.
    public var message: String {
        switch self {
        case .noSite(let path):
            "the site folder '\(path)' does not exist; pass --source DIR, the folder holding policygen.yaml"
        case .contentErrors(let diagnostics):
            "\(Self.count(diagnostics.filter { $0.severity == .error }.count, "error")) in the site; nothing was compared"
        case .unknownPolicy(let policy, let known):
            known.isEmpty ? "there is no policy '\(policy)'; the site has no policies"
                : "there is no policy '\(policy)'; the policies are: \(known.joined(separator: ", "))"
        case .unknownVersion(let version, let policy, let known):
            "\(policy) has no version '\(version)'; its versions are: "
                + known.map { "\($0.id) (\($0.effective))" }.joined(separator: ", ")
        case .unknownLanguage(let language, let wellFormed, let known):
            (wellFormed ? "the site has no language '\(language)'; its" : "'\(language)' is not a language tag such as en or pt-BR; the site's")
                + " languages are: \(known.map(\.rawValue).joined(separator: ", "))"
        }
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
