import Diagnostics

/// PG220 (information): the languages of the site a version has no text in. Their readers
/// are shown the default-language text under a notice; the report tells translators what
/// is left to do.
enum UntranslatedVersionCheck: SiteCheck {
    static let codes: [DiagnosticCode: Severity] = [.untranslatedVersion: .info]

    static func check(_ site: CheckedSite, _ found: FoundInTexts) -> [Diagnostic] {
        site.content.policies.flatMap { policy in
            policy.versions.compactMap { version in
                let missing = site.config.languages.map(\.code)
                    .filter { $0 != version.defaultLanguage && version.translations[$0] == nil }
                guard !missing.isEmpty else { return nil }
                let names = missing.map(\.rawValue).joined(separator: ", ")
                let folder = folder(of: version.original.path)
                return Diagnostic(.info, .untranslatedVersion, at: version.original.frontMatter.effectiveLocation,
                                  "version \(version.id) has no translation in \(names)",
                                  hint: "add \(missing.map { "\(folder)/\($0.rawValue).md" }.joined(separator: ", ")); "
                                      + "until then those readers see the \(version.defaultLanguage.rawValue) text")
            }
        }
    }

    /// The folder of a text's path, `content/privacy/v1` of `content/privacy/v1/en.md`: its
    /// non-empty parts between slashes but the last, joined by `/`. Written out rather than
    /// `split(…).dropLast().joined(…)`, whose generic `joined` on a slice of substrings made
    /// the runtime look its types up by name at a site's first check (`folderIsThePlainReading`).
    static func folder(of path: String) -> String {
        var folder = "", last: Substring?
        for part in path.split(separator: "/") {
            if let last {
                if !folder.isEmpty { folder += "/" }
                folder.append(contentsOf: last)
            }
            last = part
        }
        return folder
    }
}
