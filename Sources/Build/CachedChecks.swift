import BuildCache
import Checks
import Config
import Content
import Diagnostics
import Markdown
import Texts

/// The checks stage with the cache, policy by policy: what the checks found in a policy's texts
/// is reused while its texts, the site's metadata and the policies its texts link to are
/// unchanged. Only the policies whose findings are not known are checked, so a rebuild reads
/// the texts of the edited policy (and those its links name), not every text.
enum CachedChecks {
    static func run(config: SiteConfig, content: SiteContent, texts: RenderedTexts, keys: BuildKeys,
                    cache: CacheSession) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for policy in content.policies {
            let key = keys.checks(of: policy.slug, linkingTo: linkedPolicies(of: policy, in: texts))
            if let bytes = cache.read(.checks, key), let known = decode(bytes) {
                found += known
                continue
            }
            let findings = QualityChecks.run(CheckedSite(config: config, content: content, rendered: texts,
                                                         policies: [policy.slug]))
            cache.write(.checks, key, encode(findings))
            found += findings
        }
        return found
    }

    /// The policies the texts of `policy` link to.
    static func linkedPolicies(of policy: Policy, in texts: RenderedTexts) -> Set<String> {
        var linked = Set<String>()
        for version in policy.versions {
            for language in version.translations.keys {
                linked.formUnion(texts.linkedPolicies[RenderedTexts.Key(policy: policy.slug, version: version.id,
                                                                        language: language)] ?? [])
            }
        }
        return linked
    }

    private static let magic = "policygen checks 2"

    static func encode(_ diagnostics: [Diagnostic]) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(magic)
        writer.write(diagnostics) { $0.write($1) }
        return writer.bytes
    }

    static func decode(_ bytes: [UInt8]) -> [Diagnostic]? {
        var reader = CacheReader(bytes)
        return try? decode(&reader)
    }

    private static func decode(_ reader: inout CacheReader) throws -> [Diagnostic] {
        try reader.expect(magic)
        let diagnostics = try reader.array { try $0.diagnostic() }
        try reader.finish()
        return diagnostics
    }
}
