import BuildCache
import Checks
import Content
import Diagnostics
import Markdown

/// The checks stage with the cache: what the per-text checks found in a text is reused while
/// the text, the site's metadata and the policies it links to are unchanged. The checks across
/// texts, and suppressions, always run: they are quick.
enum CachedChecks {
    static func run(_ site: CheckedSite, keys: BuildKeys, cache: CacheSession) -> [Diagnostic] {
        let entryKeys = site.texts.map { text in
            keys.checks(of: RenderedTexts.Key(policy: text.policy.slug, version: text.version.id,
                                              language: text.translation.language),
                        linkingTo: linkedPolicies(of: text.document))
        }
        let findings = QualityChecks.findings(site) { index in
            cache.read(.checks, entryKeys[index]).flatMap(decode)
        }
        for index in findings.checkedNow {
            cache.write(.checks, entryKeys[index], encode(findings.perText[index]))
        }
        return findings.diagnostics
    }

    /// The policies a text's `@/` links name.
    static func linkedPolicies(of document: RenderedDocument) -> Set<String> {
        var policies = Set<String>()
        for link in document.links {
            if case .success(let siteLink)? = SiteLink.parse(link.destination) { policies.insert(siteLink.policy) }
        }
        return policies
    }

    private static let magic = "policygen checks 1"

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
