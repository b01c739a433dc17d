import Config

/// The text of a version as published, and its fingerprint: what the record locks
/// (docs/record.md says exactly which bytes, so that anyone can recompute it).
///
/// The bytes are, in UTF-8: `policygen text v1`, a line break, `title: ` and the title with its
/// variables inserted, a line break, `effective: ` and the effective date (`YYYY-MM-DD`), a
/// line break, an empty line, and the body after the front-matter (no byte-order mark, LF line
/// breaks) with every variable reference replaced by its value.
public enum PublishedText {
    public static func bytes(title: String, effective: EffectiveDate, body: String, variables: VariableTree) -> [UInt8] {
        Array("policygen text v1\ntitle: \(title)\neffective: \(effective)\n\n".utf8)
            + Array(VariableText.insertingValues(in: body, variables: variables).utf8)
    }

    public static func sha256(of translation: Translation, config: SiteConfig) -> String {
        let effective = translation.frontMatter.effective
        return Fingerprint.sha256(bytes(title: translation.frontMatter.title, effective: effective, body: translation.body,
                                        variables: config.variables(for: translation.language, on: effective.description)))
    }
}

extension SiteContent {
    /// Every text with its published-text fingerprint; after `insertingVariables`, whose
    /// titles it covers.
    public func fingerprintingPublishedTexts(_ config: SiteConfig) -> SiteContent {
        var content = self
        for p in content.policies.indices {
            for v in content.policies[p].versions.indices {
                for (language, translation) in content.policies[p].versions[v].translations {
                    content.policies[p].versions[v].translations[language]?.textSHA256 =
                        PublishedText.sha256(of: translation, config: config)
                }
            }
        }
        return content
    }
}
