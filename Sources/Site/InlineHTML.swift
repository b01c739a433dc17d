import Diff
import Localization
import Outline

/// Inline content back to HTML, as cmark-gfm writes it, with `<ins>`/`<del>` placed inside
/// the formatting: elements open and close where consecutive pieces' marks differ, so a
/// change inside bold text or a link keeps the bold and the link around it.
struct InlineHTML {
    /// Footnote numbers by label, in the document the pieces come from.
    let footnoteNumbers: [String: Int]
    let unsafeHTML: Bool
    /// Whether references get cmark's ids (`fnref-label`, `fnref-label-2`…): only on the side
    /// whose footnotes the page shows, so that no id is written twice.
    let referenceIDs: Bool
    private var referencesSeen: [String: Int] = [:]

    init(footnoteNumbers: [String: Int], unsafeHTML: Bool, referenceIDs: Bool = true) {
        self.footnoteNumbers = footnoteNumbers
        self.unsafeHTML = unsafeHTML
        self.referenceIDs = referenceIDs
    }

    /// A piece of inline content and whether the redline marks it.
    struct Piece {
        var span: InlineSpan
        var operation: TokenRun.Operation
    }

    private enum Tag: Equatable {
        case mark(InlineMark)
        case code
        case change(TokenRun.Operation)

        var open: String {
            switch self {
            case .mark(.emphasis): "<em>"
            case .mark(.strong): "<strong>"
            // <s>, not cmark's <del>, so struck-through text is never read as a deletion.
            case .mark(.strikethrough): "<s>"
            case .mark(.link(let destination, let title)):
                "<a href=\"\(InlineHTML.escapeHref(destination))\"" + (title.isEmpty ? "" : " title=\"\(HTMLText.escape(title))\"") + ">"
            case .code: "<code>"
            case .change(.inserted): "<ins>"
            case .change(.deleted): "<del>"
            case .change(.equal): ""
            }
        }

        var close: String {
            switch self {
            case .mark(.emphasis): "</em>"
            case .mark(.strong): "</strong>"
            case .mark(.strikethrough): "</s>"
            case .mark(.link): "</a>"
            case .code: "</code>"
            case .change(.inserted): "</ins>"
            case .change(.deleted): "</del>"
            case .change(.equal): ""
            }
        }
    }

    mutating func render(_ pieces: [Piece]) -> String {
        var html = ""
        var open: [Tag] = []
        for piece in pieces {
            var wanted = piece.span.marks.map(Tag.mark)
            if case .code = piece.span.content { wanted.append(.code) }
            if piece.operation != .equal { wanted.append(.change(piece.operation)) }
            let kept = zip(open, wanted).prefix { $0 == $1 }.count
            for tag in open[kept...].reversed() { html += tag.close }
            for tag in wanted[kept...] { html += tag.open }
            open = wanted
            html += content(piece.span.content, operation: piece.operation)
        }
        for tag in open.reversed() { html += tag.close }
        return html
    }

    /// Pieces of spans that are all equal, all inserted or all deleted.
    mutating func render(_ spans: [InlineSpan], as operation: TokenRun.Operation = .equal) -> String {
        render(spans.map { Piece(span: $0, operation: operation) })
    }

    /// Pieces of a field's token runs.
    mutating func render(_ runs: [TokenRun]) -> String {
        render(runs.flatMap { run in run.tokens.map { Piece(span: $0.span, operation: run.operation) } })
    }

    private mutating func content(_ content: InlineSpan.Content, operation: TokenRun.Operation) -> String {
        switch content {
        case .text(let text), .code(let text):
            return HTMLText.escapeText(text)
        case .softBreak:
            return "\n"
        case .hardBreak:
            return "<br />\n"
        case .image(let image):
            let title = image.title.isEmpty ? "" : " title=\"\(HTMLText.escape(image.title))\""
            return "<img src=\"\(Self.escapeHref(image.source))\" alt=\"\(HTMLText.escape(image.alt))\"\(title) />"
        case .footnoteReference(let label):
            let number = footnoteNumbers[label].map(String.init) ?? "?"
            var id = ""
            if referenceIDs, operation != .deleted {
                let seen = referencesSeen[label, default: 0] + 1
                referencesSeen[label] = seen
                id = seen == 1 ? " id=\"fnref-\(label)\"" : " id=\"fnref-\(label)-\(seen)\""
            }
            return "<sup class=\"footnote-ref\"><a href=\"#fn-\(label)\"\(id) data-footnote-ref>\(number)</a></sup>"
        case .html(let raw):
            return unsafeHTML ? raw : "<!-- raw HTML omitted -->"
        }
    }

    /// A URL for an `href` or `src`, as cmark-gfm's houdini_escape_href writes it: bytes that
    /// are safe in a URL kept, `&` and `'` as entities, every other byte percent-encoded.
    static func escapeHref(_ url: String) -> String {
        var out = ""
        out.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "'"): out += "&#x27;"
            case _ where safeHrefBytes.contains(byte): out.unicodeScalars.append(Unicode.Scalar(byte))
            default: out += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return out
    }

    private static let safeHrefBytes = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+!*(),%#@?=;:/,$~".utf8))
}

extension String {
    fileprivate var leftPadded: String { count < 2 ? "0" + self : self }
}
