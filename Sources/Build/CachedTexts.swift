import BuildCache
import Config
import Content
import Diagnostics
import Dispatch
import Markdown
import Synchronization
import Texts

/// The Markdown stage with the cache. A text an earlier build rendered from the same input is
/// not rendered again, nor even decoded: its entry's head (what rendering found wrong, and the
/// policies the text links to) is read now, and the text itself only when a check or a page
/// asks for it, which on a rebuild is the edited policy's texts alone. A text rendered now is
/// written to the cache and read back the same way, so that the build never holds every text
/// at once (`--no-cache` keeps them in memory). Texts are taken on every core; cmark-gfm's
/// part stays behind its lock, and the rest overlaps it.
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
        /// A text rendered now, or the head of its cache entry.
        enum Outcome: Sendable {
            case rendered(RenderedDocument, [Diagnostic])
            case cached(Head)
        }
        let outcomes = Mutex([Outcome?](repeating: nil, count: work.count))
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let (textKey, translation) = work[index]
            let key = keys.texts[textKey]!
            let outcome: Outcome
            if let head = cachedHead(cache, key) {
                outcome = .cached(head)
            } else {
                let (document, problems) = MarkdownRenderer.render(MarkdownSource(translation, config: config), options: options)
                if cache.writes { cache.write(.texts, key, encode(document, problems)) }
                // Read back when used, unless there is no cache to read it from.
                outcome = cache.writes ? .cached(Head(diagnostics: problems, linkedPolicies: document.linkedPolicies))
                    : .rendered(document, problems)
            }
            outcomes.withLock { $0[index] = outcome }
        }
        var documents: [RenderedTexts.Key: RenderedDocument] = [:]
        var deferred: [RenderedTexts.Key: @Sendable () -> RenderedDocument] = [:]
        var deferredPages: [RenderedTexts.Key: @Sendable () -> RenderedTexts.PageParts?] = [:]
        var linked: [RenderedTexts.Key: Set<String>] = [:]
        for (index, outcome) in outcomes.withLock({ $0 }).enumerated() {
            let (textKey, translation) = work[index]
            switch outcome! {
            case .rendered(let document, let problems):
                linked[textKey] = document.linkedPolicies
                diagnostics += problems
                documents[textKey] = document
            case .cached(let head):
                linked[textKey] = head.linkedPolicies
                diagnostics += head.diagnostics
            }
            if documents[textKey] == nil {
                let key = keys.texts[textKey]!
                // Should the entry be gone by then (another build pruned it), the text is
                // rendered again: the same input gives the same document.
                deferred[textKey] = {
                    cache.read(.texts, key).flatMap(document(of:))
                        ?? MarkdownRenderer.render(MarkdownSource(translation, config: config), options: options).document
                }
                deferredPages[textKey] = { cache.read(.texts, key).flatMap(pageParts(of:)) }
            }
        }
        return RenderedTexts(documents: documents, deferred: deferred, deferredPages: deferredPages, linkedPolicies: linked)
    }

    /// What a build needs of every text at once: rendering's findings and the linked policies.
    struct Head: Sendable {
        var diagnostics: [Diagnostic]
        var linkedPolicies: Set<String>
    }

    private static let magic = "policygen text 2"

    static func encode(_ document: RenderedDocument, _ diagnostics: [Diagnostic]) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(magic)
        writer.write(diagnostics) { $0.write($1) }
        writer.write(document.linkedPolicies.sorted()) { $0.write($1) }
        document.write(to: &writer)
        return writer.bytes
    }

    /// The head of a text's entry, read without the text when it fits in the entry's first
    /// bytes (a rebuild reads the head of every text, about 50 KB each); nil for no entry.
    static func cachedHead(_ cache: CacheSession, _ key: CacheKey, first: Int = 4096) -> Head? {
        guard let start = cache.read(.texts, key, first: first) else { return nil }
        if let head = head(of: start) { return head }
        return start.count < first ? nil : cache.read(.texts, key).flatMap(head(of:))
    }

    /// nil for anything but an entry of this format.
    static func head(of bytes: [UInt8]) -> Head? {
        var reader = CacheReader(bytes)
        return try? readHead(&reader)
    }

    /// nil for anything but a whole entry.
    static func document(of bytes: [UInt8]) -> RenderedDocument? {
        var reader = CacheReader(bytes)
        return try? {
            _ = try readHead(&reader)
            let document = try RenderedDocument(from: &reader)
            try reader.finish()
            return document
        }()
    }

    /// What a page shows of the text, without the blocks (most of the entry); nil for anything
    /// but an entry of this format.
    static func pageParts(of bytes: [UInt8]) -> RenderedTexts.PageParts? {
        var reader = CacheReader(bytes)
        return try? {
            _ = try readHead(&reader)
            return try RenderedDocument.pageParts(from: &reader)
        }()
    }

    private static func readHead(_ reader: inout CacheReader) throws -> Head {
        try reader.expect(magic)
        let diagnostics = try reader.array { try $0.diagnostic() }
        let linked = try reader.array { try $0.string() }
        return Head(diagnostics: diagnostics, linkedPolicies: Set(linked))
    }
}
