import Config
import Dispatch
import Synchronization

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
        // The same bytes as `bytes`, hashed in two parts rather than copied into one array.
        let head = "policygen text v1\ntitle: \(translation.frontMatter.title)\neffective: \(effective)\n\n"
        let body = VariableText.insertingValues(in: translation.body,
                                                variables: config.variables(for: translation.language, on: effective.description))
        return Fingerprint.sha256(head, body)
    }
}

extension SiteContent {
    /// Every text with its published-text fingerprint; after `insertingVariables`, whose
    /// titles it covers. On every core: a build hashes every text whole (47 MB for the
    /// benchmark's 2,000 texts), but for those whose fingerprints were known by their stamps.
    public func fingerprintingPublishedTexts(_ config: SiteConfig) -> SiteContent {
        var places: [(policy: Int, version: Int, language: LanguageCode)] = []
        for p in policies.indices {
            for v in policies[p].versions.indices {
                for (language, translation) in policies[p].versions[v].translations where !translation.fingerprintsKnown {
                    places.append((p, v, language))
                }
            }
        }
        let hashes = Mutex([String](repeating: "", count: places.count))
        DispatchQueue.concurrentPerform(iterations: places.count) { [self, places] index in
            let place = places[index]
            let hash = PublishedText.sha256(of: policies[place.policy].versions[place.version].translations[place.language]!,
                                            config: config)
            hashes.withLock { $0[index] = hash }
        }
        var content = self
        for (place, hash) in zip(places, hashes.withLock { $0 }) {
            content.policies[place.policy].versions[place.version].translations[place.language]?.textSHA256 = hash
        }
        return content
    }
}

