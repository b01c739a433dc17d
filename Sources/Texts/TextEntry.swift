import BuildCache
import Diagnostics
import Markdown

/// A text's cache entry: its head (what rendering found wrong, the policies it links to), then
/// the document.
enum TextEntry {
    /// What a build needs of every text at once: rendering's findings, the linked policies, and
    /// the digest of the blocks (which tells the checks whether two versions' texts may be the same).
    struct Head: Sendable {
        var diagnostics: [Diagnostic]
        var linkedPolicies: Set<String>
        var blocksDigest: BlocksDigest
    }

    private static let magic = "policygen text 5"

    static func encode(_ document: RenderedDocument, _ diagnostics: [Diagnostic]) -> (bytes: [UInt8], head: Head) {
        // The blocks take about as many bytes as the HTML, and the rest little.
        var body = CacheWriter(capacity: 2 * document.html.utf8.count + 4096)
        let blocks = document.write(to: &body)
        let head = Head(diagnostics: diagnostics, linkedPolicies: document.linkedPolicies,
                        blocksDigest: BlocksDigest(body.bytes[blocks]))
        var writer = CacheWriter(capacity: body.bytes.count + 256 * (1 + head.diagnostics.count + head.linkedPolicies.count))
        writer.write(magic)
        writer.write(head.diagnostics) { $0.write($1) }
        writer.write(head.linkedPolicies.sorted()) { $0.write($1) }
        writer.write(Int(bitPattern: UInt(head.blocksDigest.value)))
        writer.append(body.bytes)
        return (writer.bytes, head)
    }

    /// The head of a text's entry, read without the text when it fits in the entry's first
    /// bytes (a rebuild reads the head of every text, about 50 KB each); nil for no entry.
    static func head(in cache: CacheSession, _ key: CacheKey, first: Int = 4096) -> Head? {
        guard let start = cache.read(.texts, key, first: first) else { return nil }
        if let head = head(of: start) { return head }
        return start.count < first ? nil : cache.read(.texts, key).flatMap(head(of:))
    }

    /// nil for anything but an entry of this format.
    static func head(of bytes: [UInt8]) -> Head? {
        var reader = CacheReader(bytes)
        return try? readHead(&reader)
    }

    /// nil for anything but a whole entry. Without the HTML and the contents, they are empty.
    static func document(of bytes: [UInt8], withHTML: Bool = true) -> RenderedDocument? {
        var reader = CacheReader(bytes)
        return try? {
            _ = try readHead(&reader)
            let document = try RenderedDocument(from: &reader, withHTML: withHTML)
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
        let digest = BlocksDigest(value: UInt64(UInt(bitPattern: try reader.int())))
        return Head(diagnostics: diagnostics, linkedPolicies: Set(linked), blocksDigest: digest)
    }
}
