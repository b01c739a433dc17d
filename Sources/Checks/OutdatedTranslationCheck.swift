import Diagnostics

/// PG221 (information): a translation made from an earlier state of the default-language
/// file: its `translated_from` (the SHA-256 of the file it was translated from) is not the
/// file's SHA-256 now. Translations without `translated_from` are not judged.
enum OutdatedTranslationCheck: SiteCheck {
    static let codes: [DiagnosticCode: Severity] = [.outdatedTranslation: .info]

    static func check(_ site: CheckedSite, _ found: FoundInTexts) -> [Diagnostic] {
        site.content.policies.flatMap { policy in
            policy.versions.flatMap { version in
                version.translations.values.sorted { $0.path < $1.path }.compactMap { translation in
                    let original = version.original
                    guard translation.language != version.defaultLanguage,
                          let translatedFrom = translation.frontMatter.translatedFrom,
                          translatedFrom != original.sha256 else { return nil }
                    let location = translation.frontMatter.textStarts["translated_from"]?.location
                        ?? translation.frontMatter.effectiveLocation
                    return Diagnostic(.info, .outdatedTranslation, at: location,
                                      "this translation was made from another text of \(original.path) "
                                          + "(translated_from \(translatedFrom.prefix(12))…, the file is now "
                                          + "\(original.sha256.prefix(12))…)",
                                      hint: "bring the translation up to date with \(original.path), "
                                          + "then write translated_from: \(original.sha256)")
                }
            }
        }
    }
}
