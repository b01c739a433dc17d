import BuildCache
import Config
import Content
import Diagnostics
import Dispatch
import Markdown
import Synchronization

/// The Markdown stage with the cache. A text an earlier build rendered from the same input is
/// not rendered again, nor even decoded: its entry's head (what rendering found wrong, and the
/// policies the text links to) is read now, and the text itself only when a check or a page
/// asks for it, which on a rebuild is the edited policy's texts alone. A text rendered now is
/// written to the cache (in memory for a build without one) and read back the same way. Texts
/// are taken on every core; cmark-gfm's part stays behind its lock, and the rest overlaps it.
public enum CachedTexts {
    /// `keys`: each text's cache key (`key(of:configuration:)`).
    public static func render(_ content: SiteContent, config: SiteConfig, keys: [RenderedTexts.Key: CacheKey],
                              cache: CacheSession, diagnostics: inout [Diagnostic]) -> RenderedTexts {
        var work: [(RenderedTexts.Key, RenderedTexts.Entry)] = []
        for policy in content.policies {
            for version in policy.versions {
                for (language, translation) in version.translations.sorted(by: { $0.key < $1.key }) {
                    let textKey = RenderedTexts.Key(policy: policy.slug, version: version.id, language: language)
                    guard let key = keys[textKey] else { continue }
                    work.append((textKey, RenderedTexts.Entry(key: key, translation: translation)))
                }
            }
        }
        let options = MarkdownOptions(config)
        let heads = Mutex([TextEntry.Head?](repeating: nil, count: work.count))
        DispatchQueue.concurrentPerform(iterations: work.count) { [work] index in
            let entry = work[index].1
            let head: TextEntry.Head
            if let cached = TextEntry.head(in: cache, entry.key) {
                head = cached
            } else {
                let (document, problems) = MarkdownRenderer.render(MarkdownSource(entry.translation, config: config),
                                                                   options: options)
                let encoded = TextEntry.encode(document, problems)
                // A body that is not the file's the key was made from is never kept (`TextBody`).
                if entry.translation.bodyProblem == nil { cache.write(.texts, entry.key, encoded.bytes) }
                head = encoded.head
            }
            heads.withLock { $0[index] = head }
        }
        var linked: [RenderedTexts.Key: Set<String>] = [:]
        var digests: [RenderedTexts.Key: BlocksDigest] = [:]
        for (index, head) in heads.withLock({ $0 }).enumerated() {
            linked[work[index].0] = head!.linkedPolicies
            digests[work[index].0] = head!.blocksDigest
            diagnostics += head!.diagnostics
        }
        return RenderedTexts(entries: Dictionary(uniqueKeysWithValues: work), cache: cache, config: config,
                             linkedPolicies: linked, blocksDigests: digests)
    }

    /// A text's key: what `MarkdownRenderer` reads (the body with the front-matter's values
    /// inserted, its place in the file, the configuration's variables and options, all in
    /// `configuration`). The file's SHA-256, taken when it was read, stands for the body: the
    /// body is the file's text after the front-matter, with values of the file and of
    /// policygen.yaml inserted.
    public static func key(of translation: Translation, configuration: CacheKey) -> CacheKey {
        var key = CacheKey.Builder("text")
        key.add(configuration)
        key.add(translation.path)
        key.add(translation.language.rawValue)
        key.add(translation.bodyFirstLine)
        key.add(translation.sha256)
        return key.finish()
    }
}
