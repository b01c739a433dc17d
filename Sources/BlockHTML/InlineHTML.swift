import Config
import Localization
import Outline

/// Whether a redline marks a piece of inline content: a document's pieces are all `.equal`.
public enum SpanChange: Sendable, Hashable {
    case equal
    case inserted
    case deleted
}

/// Inline content to HTML, as cmark-gfm writes it, with `<ins>`/`<del>` placed inside the
/// formatting: elements open and close where consecutive pieces' marks differ, so a change
/// inside bold text or a link keeps the bold and the link around it.
public struct InlineHTML {
    /// Footnote numbers by label in the later and the earlier document (a document's own, and
    /// none, when a document is written).
    let newFootnotes: [String: Int]
    let oldFootnotes: [String: Int]
    let raw: RawHTMLWriting
    /// Heading ids of the later document: a link from old text to a section only the earlier
    /// document had follows that section's prefixed id (`pg:del-…`).
    let newHeadingIDs: Set<String>
    /// The element of struck-through text: cmark-gfm's `<del>` in a document; `<s>` in a
    /// redline, so that struck-through text is never read as a deletion.
    let struck: Struck
    /// Whether the pieces are the earlier document's (a deleted or moved-away block): their
    /// references are numbered as there, and get ids only when the later document has no
    /// footnote of their label (`pg:del-fnref-…`), so that no id is written twice.
    public var isOldSide: Bool
    /// References written with an id, by label: the later document's, and the earlier one's
    /// to footnotes only it has.
    private var referencesSeen: [String: Int] = [:]
    private var oldReferencesSeen: [String: Int] = [:]

    public enum Struck: Sendable {
        case del
        case s
    }

    public init(newFootnotes: [String: Int], oldFootnotes: [String: Int] = [:], newHeadingIDs: Set<String> = [],
                raw: RawHTMLWriting, struck: Struck = .s, isOldSide: Bool = false) {
        self.newFootnotes = newFootnotes
        self.oldFootnotes = oldFootnotes
        self.newHeadingIDs = newHeadingIDs
        self.raw = raw
        self.struck = struck
        self.isOldSide = isOldSide
    }

    /// Where a footnote's definition is in the page: the later document's, or, for a footnote
    /// only the earlier one had, its deleted definition.
    public static func footnoteAnchor(_ label: String, newFootnotes: [String: Int]) -> String {
        newFootnotes[label] == nil ? "pg:del-fn-\(label)" : "fn-\(label)"
    }

    /// The elements open while a field is written, innermost last.
    public struct OpenTags {
        fileprivate var tags: [Tag] = []

        public init() {}
    }

    fileprivate enum Tag: Equatable {
        case mark(InlineMark)
        case code
        case change(SpanChange)

        func open(struck: Struck) -> String {
            switch self {
            case .mark(.emphasis): "<em>"
            case .mark(.strong): "<strong>"
            case .mark(.strikethrough): struck == .s ? "<s>" : "<del>"
            case .mark(.element(let element)): element.openTag
            case .mark(.link(let destination, let title)):
                "<a href=\"\(InlineHTML.escapeHref(destination))\"" + (title.isEmpty ? "" : " title=\"\(HTMLText.escapeText(title))\"") + ">"
            case .code: "<code>"
            case .change(.inserted): "<ins>"
            case .change(.deleted): "<del>"
            case .change(.equal): ""
            }
        }

        func close(struck: Struck) -> String {
            switch self {
            case .mark(.emphasis): "</em>"
            case .mark(.strong): "</strong>"
            case .mark(.strikethrough): struck == .s ? "</s>" : "</del>"
            case .mark(.link): "</a>"
            case .mark(.element(let element)): element.closeTag
            case .code: "</code>"
            case .change(.inserted): "</ins>"
            case .change(.deleted): "</del>"
            case .change(.equal): ""
            }
        }
    }

    /// Spans that are all equal, all inserted or all deleted, appended to `html`.
    public mutating func render(_ spans: [InlineSpan], as change: SpanChange = .equal, into html: inout HTMLBytes) {
        var open = OpenTags()
        for span in spans { append(span, change, to: &html, open: &open) }
        close(open, into: &html)
    }

    /// Closes what is open at the end of a field.
    public func close(_ open: OpenTags, into html: inout HTMLBytes) {
        for tag in open.tags.reversed() { html += tag.close(struck: struck) }
    }

    /// One piece: the elements that end before it closed, those that start at it opened, then
    /// its content. Pieces are rendered in place rather than gathered into arrays first.
    public mutating func append(_ span: InlineSpan, _ operation: SpanChange, to html: inout HTMLBytes,
                                open: inout OpenTags) {
        let fromOld = isOldSide || operation == .deleted
        let isCode = if case .code = span.content { true } else { false }
        // Most pieces keep the elements open as they are (plain text after plain text, the
        // words of one inserted run): their tags are compared without being made.
        if !keepsOpen(span, isCode: isCode, operation, fromOld: fromOld, open.tags) {
            var wanted = span.marks.map { mark in Tag.mark(fromOld ? retargeted(mark) : mark) }
            if isCode { wanted.append(.code) }
            if operation != .equal { wanted.append(.change(operation)) }
            let kept = zip(open.tags, wanted).prefix { $0 == $1 }.count
            for tag in open.tags[kept...].reversed() { html += tag.close(struck: struck) }
            for tag in wanted[kept...] { html += tag.open(struck: struck) }
            open.tags = wanted
        }
        appendContent(span.content, operation: operation, to: &html)
    }

    /// Whether the tags a piece wants are exactly those open.
    private func keepsOpen(_ span: InlineSpan, isCode: Bool, _ operation: SpanChange, fromOld: Bool,
                           _ open: [Tag]) -> Bool {
        let count = span.marks.count + (isCode ? 1 : 0) + (operation != .equal ? 1 : 0)
        guard open.count == count else { return false }
        for (index, mark) in span.marks.enumerated() where open[index] != .mark(fromOld ? retargeted(mark) : mark) {
            return false
        }
        var index = span.marks.count
        if isCode {
            guard open[index] == .code else { return false }
            index += 1
        }
        return operation == .equal || open[index] == .change(operation)
    }

    /// A link of old text to a section the later document no longer has.
    private func retargeted(_ mark: InlineMark) -> InlineMark {
        if case .element(let element) = mark { return .element(element.onEarlierSide) }
        guard case .link(let destination, let title) = mark, destination.hasPrefix("#"),
              !newHeadingIDs.contains(String(destination.dropFirst())) else { return mark }
        return .link(destination: "#pg:del-" + destination.dropFirst(), title: title)
    }

    private mutating func appendContent(_ content: InlineSpan.Content, operation: SpanChange,
                                        to html: inout HTMLBytes) {
        switch content {
        case .text(let text), .code(let text):
            html.appendEscaped(text)
        case .softBreak:
            html += "\n"
        case .hardBreak:
            html += "<br />\n"
        default:
            html += self.content(content, operation: operation)
        }
    }

    private mutating func content(_ content: InlineSpan.Content, operation: SpanChange) -> String {
        switch content {
        case .text(let text), .code(let text):
            return HTMLText.escapeText(text)
        case .softBreak:
            return "\n"
        case .hardBreak:
            return "<br />\n"
        case .image(let image):
            let title = image.title.isEmpty ? "" : " title=\"\(HTMLText.escapeText(image.title))\""
            return "<img src=\"\(Self.escapeHref(image.source))\" alt=\"\(HTMLText.escapeText(image.alt))\"\(title) />"
        case .footnoteReference(let label):
            let fromOld = isOldSide || operation == .deleted
            let number = ((fromOld ? oldFootnotes : newFootnotes)[label]).map(String.init) ?? ""
            var id = ""
            if !fromOld {
                let seen = referencesSeen[label, default: 0] + 1
                referencesSeen[label] = seen
                id = " id=\"\(Self.referenceID(label, seen, fromOld: false))\""
            } else if newFootnotes[label] == nil {
                let seen = oldReferencesSeen[label, default: 0] + 1
                oldReferencesSeen[label] = seen
                id = " id=\"\(Self.referenceID(label, seen, fromOld: true))\""
            }
            let anchor = Self.footnoteAnchor(label, newFootnotes: newFootnotes)
            return "<sup class=\"footnote-ref\"><a href=\"#\(anchor)\"\(id) data-footnote-ref>\(number)</a></sup>"
        case .html(let raw):
            return self.raw.inline(raw)
        case .emptyElement(let element):
            return (isOldSide || operation == .deleted ? element.onEarlierSide : element).emptyHTML
        }
    }

    /// The id of the `seen`th reference to a footnote, as cmark-gfm writes it; prefixed for a
    /// reference of old text to a footnote only the earlier document has.
    private static func referenceID(_ label: String, _ seen: Int, fromOld: Bool) -> String {
        (fromOld ? "pg:del-fnref-" : "fnref-") + label + (seen == 1 ? "" : "-\(seen)")
    }

    /// The back-links of a footnote's definition to each of its references written so far in
    /// the version the definition is shown from, as cmark-gfm writes them (a definition comes
    /// after every reference to it). An old definition of a label the later document also has
    /// gets none: the references with ids are the later document's.
    public func backLinks(_ label: String, fromOld: Bool) -> String {
        guard !fromOld || newFootnotes[label] == nil else { return "" }
        let count = (fromOld ? oldReferencesSeen : referencesSeen)[label, default: 0]
        guard count > 0 else { return "" }
        return (1...count).map { seen in
            " <a href=\"#\(Self.referenceID(label, seen, fromOld: fromOld))\" class=\"footnote-backref\" data-footnote-backref "
                + "aria-label=\"Back to content\">↩" + (seen == 1 ? "" : "<sup class=\"footnote-ref\">\(seen)</sup>") + "</a>"
        }.joined()
    }

    /// A URL for an `href` or `src`, as cmark-gfm's houdini_escape_href writes it: bytes that
    /// are safe in a URL kept, `&` and `'` as entities, every other byte percent-encoded.
    public static func escapeHref(_ url: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count + 8)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "'"): out += "&#x27;".utf8
            case _ where isSafeInHref(byte): out.append(byte)
            default: out += ("%" + String(byte, radix: 16, uppercase: true).leftPadded).utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a byte stays as it is in an `href` (by two 64-bit masks: every link of every
    /// redline passes here).
    private static func isSafeInHref(_ byte: UInt8) -> Bool {
        byte < 64 ? safeHrefBytesBelow64 >> byte & 1 == 1 : byte < 128 && safeHrefBytesFrom64 >> (byte - 64) & 1 == 1
    }

    private static let safeHrefBytesBelow64 = safeHrefMask(from: 0)
    private static let safeHrefBytesFrom64 = safeHrefMask(from: 64)

    private static func safeHrefMask(from first: UInt8) -> UInt64 {
        var mask: UInt64 = 0
        for byte in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+!*(),%#@?=;:/,$~".utf8
        where byte >= first && byte < first + 64 {
            mask |= 1 << (byte - first)
        }
        return mask
    }
}

extension String {
    fileprivate var leftPadded: String { count < 2 ? "0" + self : self }
}
