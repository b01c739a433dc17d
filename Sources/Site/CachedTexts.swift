import BuildCache
import Config
import Content
import Diagnostics
import Dispatch
import Markdown
import Synchronization

/// The Markdown stage with the cache: each text is read from `.policygen-cache/texts/` when
/// an earlier build rendered the same input, and rendered otherwise. Texts are taken on every
/// core; cmark-gfm's part stays behind its lock, and the rest (reading entries, ids, positions)
/// overlaps it.
enum CachedTexts {
    static func render(_ content: SiteContent, config: SiteConfig, keys: BuildKeys, cache: CacheSession,
                       diagnostics: inout [Diagnostic]) -> RenderedTexts {
        var pending: [(RenderedTexts.Key, Translation)] = []
        for policy in content.policies {
            for version in policy.versions {
                for (language, translation) in version.translations.sorted(by: { $0.key < $1.key }) {
                    pending.append((RenderedTexts.Key(policy: policy.slug, version: version.id, language: language), translation))
                }
            }
        }
        let work = pending
        let options = MarkdownOptions(unsafeHTML: config.unsafeHTML, tocDepth: config.tocDepth)
        let results = Mutex([(RenderedDocument, [Diagnostic])?](repeating: nil, count: work.count))
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let (textKey, translation) = work[index]
            let key = keys.texts[textKey]!
            let result: (RenderedDocument, [Diagnostic])
            if let bytes = cache.read(.texts, key), let cached = decode(bytes) {
                result = cached
            } else {
                result = MarkdownRenderer.render(MarkdownSource(translation, config: config), options: options)
                cache.write(.texts, key, encode(result.0, result.1))
            }
            results.withLock { $0[index] = result }
        }
        var documents: [RenderedTexts.Key: RenderedDocument] = [:]
        let rendered = results.withLock { $0 }
        for (index, result) in rendered.enumerated() {
            documents[work[index].0] = result!.0
            diagnostics += result!.1
        }
        return RenderedTexts(documents: documents)
    }

    private static let magic = "policygen text 1"

    static func encode(_ document: RenderedDocument, _ diagnostics: [Diagnostic]) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(magic)
        document.write(to: &writer)
        writer.write(diagnostics) { $0.write($1) }
        return writer.bytes
    }

    /// nil for anything but a whole entry.
    static func decode(_ bytes: [UInt8]) -> (RenderedDocument, [Diagnostic])? {
        var reader = CacheReader(bytes)
        return try? decode(&reader)
    }

    private static func decode(_ reader: inout CacheReader) throws -> (RenderedDocument, [Diagnostic]) {
        try reader.expect(magic)
        let document = try RenderedDocument(from: &reader)
        let diagnostics = try reader.array { try $0.diagnostic() }
        try reader.finish()
        return (document, diagnostics)
    }
}
