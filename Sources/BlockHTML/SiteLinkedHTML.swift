/// HTML with its `@/policy/version#id` site links as the text wrote them, and where each
/// link's target sits in it. One text is shown on pages at different depths (its current page,
/// its permalink, compare pages), each linking to the same page by a different relative path:
/// so the HTML is made and kept once, and each page writes it in pieces, its own path to each
/// link's page in the gaps (`written`).
public struct SiteLinkedHTML: Sendable, Hashable {
    public var html: String
    /// The UTF-8 byte ranges of each site link's target in `html` (between the quotes of its
    /// `href`), in order.
    public var siteLinks: [Range<Int>]

    public init(html: String, siteLinks: [Range<Int>]) {
        self.html = html
        self.siteLinks = siteLinks
    }

    /// `html` with the targets of its site links found in it: every `href="@/…"`, whether
    /// Markdown's link or the text's own HTML wrote it (`html: safe` keeps only quoted `href`s).
    /// Done once per text, when it is rendered.
    public init(finding html: String) {
        var html = html
        html.makeContiguousUTF8()
        let links = html.utf8.withContiguousStorageIfAvailable(Self.targets(in:)) ?? []
        self.init(html: html, siteLinks: links)
    }

    /// The HTML with each link's target replaced by `resolve(target)`, or kept when that is nil.
    public func written(_ resolve: (String) -> String?) -> String {
        guard !siteLinks.isEmpty else { return html }
        var result: [UInt8] = []
        let bytes = html.utf8
        result.reserveCapacity(bytes.count + siteLinks.count * 16)
        var copied = bytes.startIndex
        for link in siteLinks {
            let start = bytes.index(bytes.startIndex, offsetBy: link.lowerBound)
            let end = bytes.index(start, offsetBy: link.count)
            let target = String(decoding: bytes[start..<end], as: UTF8.self)
            guard let href = resolve(target) else { continue }
            result += bytes[copied..<start]
            result += href.utf8
            copied = end
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    private static let attribute = Array("href=\"".utf8)

    /// The target of every `href="@/…"`, found by its `@`, a rare byte.
    private static func targets(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var at = 0
        while at < bytes.count, let sign = bytes[at...].firstIndex(of: UInt8(ascii: "@")) {
            at = sign + 1
            guard sign >= attribute.count, sign + 1 < bytes.count, bytes[sign + 1] == UInt8(ascii: "/"),
                  bytes[(sign - attribute.count)..<sign].elementsEqual(attribute) else { continue }
            guard let close = bytes[sign...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            found.append(sign..<close)
            at = close + 1
        }
        return found
    }
}
