import Content
import Foundation

/// What a version's page says of itself: its `policygen:` meta tags, and the text's HTML
/// between the marks `<!--policygen:text-->` and `<!--/policygen:text-->`, whose SHA-256 the
/// `policygen:html-sha256` tag carries (docs/record.md).
struct VersionPageRecord {
    var meta: [String: String] = [:]
    /// SHA-256 of the bytes between the marks; nil when the page has no marks.
    var markedHTMLSHA256: String?

    static let start = Array("<!--policygen:text-->".utf8)
    static let end = Array("<!--/policygen:text-->".utf8)

    init(_ data: Data) {
        let bytes = [UInt8](data)
        let page = String(decoding: bytes, as: UTF8.self)
        for match in page.matches(of: /<meta name="policygen:([a-z0-9-]+)" content="([^"]*)">/) {
            meta[String(match.1)] = String(match.2)
        }
        // The first start mark and the last end mark: a text's own HTML cannot end the span early.
        guard let open = Self.firstRange(of: Self.start, in: bytes),
              let close = Self.lastRange(of: Self.end, in: bytes), open.upperBound <= close.lowerBound else { return }
        markedHTMLSHA256 = Fingerprint.sha256(Array(bytes[open.upperBound..<close.lowerBound]))
    }

    private static func firstRange(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= needle.count else { return nil }
        for index in 0...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index..<index + needle.count }
        }
        return nil
    }

    private static func lastRange(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= needle.count else { return nil }
        for index in stride(from: bytes.count - needle.count, through: 0, by: -1) where bytes[index] == needle[0] {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index..<index + needle.count }
        }
        return nil
    }
}
