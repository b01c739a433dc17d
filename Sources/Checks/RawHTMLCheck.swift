import Diagnostics
import Foundation
import Markdown
import Outline

/// PG211: HTML of a text that the page will not show. With `html: safe` (the default), what
/// the sanitizer removed, where it is written; with `html: none`, every tag (cmark-gfm writes
/// a comment in its place). HTML comments are meant to be invisible, and are left alone.
enum RawHTMLCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.rawHTMLDropped: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        switch site.config.html {
        case .trusted: return []
        case .safe: return text.document.removedHTML.map { removed($0, in: text) }
        case .none: break
        }
        var found: [Diagnostic] = []
        for (index, block) in text.document.blocks.enumerated() {
            if case .htmlBlock(let html) = block.kind, !withoutComments(html).allSatisfy(\.isWhitespace) {
                found.append(dropped(html, at: text.location(ofBlock: index)))
            }
        }
        for (index, block) in text.blockTexts {
            found += inlineHTML(in: block, index, of: text)
        }
        return found.sorted { $0.location < $1.location }
    }

    /// One warning per tag; a closing tag only when no opening tag of its name was reported
    /// before it in the block, so `<span>…</span>` counts once.
    private static func inlineHTML(in block: BlockText, _ index: Int, of text: CheckedText) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var open: [String: Int] = [:]
        for (offset, html) in block.htmlSpans where !html.utf8.starts(with: "<!--".utf8) {
            let name = tagName(html)
            if html.utf8.starts(with: "</".utf8) {
                if open[name, default: 0] > 0 {
                    open[name]! -= 1
                    continue
                }
            } else if !(html.utf8.last == UInt8(ascii: ">") && html.utf8.dropLast().last == UInt8(ascii: "/")) {
                open[name, default: 0] += 1
            }
            found.append(dropped(html, at: text.location(at: offset, in: block, block: index)))
        }
        return found
    }

    private static func dropped(_ html: String, at location: SourceLocation) -> Diagnostic {
        .warning(.rawHTMLDropped, at: location, "the raw HTML '\(shown(html))' is left out of the page: html is none",
                 hint: "write it in Markdown, or set html: safe in policygen.yaml to keep the allowed elements")
    }

    private static func removed(_ removed: RemovedHTML, in text: CheckedText) -> Diagnostic {
        .warning(.rawHTMLDropped, at: text.location(of: removed.start), "the HTML sanitizer removed \(removed.message)",
                 hint: "write it in Markdown or with the HTML elements policygen keeps (docs/content-format.md); html: trusted publishes everything as written")
    }

    /// The first line of `html`, trimmed, in 40 characters at most; made of its bytes, since a
    /// text with HTML in every table cell reports it thousands of times.
    private static func shown(_ html: String) -> String {
        var utf8 = Array(html.utf8)
        if let lineEnd = utf8.firstIndex(of: 0x0A) { utf8.removeSubrange(lineEnd...) }
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        let first = utf8.firstIndex { !isSpace($0) } ?? utf8.count
        let last = utf8.lastIndex { !isSpace($0) } ?? first - 1
        guard first <= last else { return "" }
        var line = utf8[first...last]
        // Up to the 40th character: the start of the 40th scalar after 39 others.
        var scalars = 0
        for index in line.indices where line[index] & 0xC0 != 0x80 {
            scalars += 1
            if scalars == 40 {
                line = line[..<index]
                return String(decoding: line, as: UTF8.self) + "…"
            }
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// `span` for `<span class="x">` and `</span>`, lowercased.
    private static func tagName(_ html: String) -> String {
        var name: [UInt8] = []
        for byte in html.utf8.drop(while: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "/") }) {
            switch byte {
            case 0x41...0x5A: name.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39, UInt8(ascii: "-"): name.append(byte)
            default: return String(decoding: name, as: UTF8.self)
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// `html` without its `<!-- … -->` comments; an unclosed one runs to the end.
    static func withoutComments(_ html: String) -> String {
        var rest = Substring(html)
        var kept = ""
        while let open = rest.range(of: "<!--") {
            kept += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return kept }
            rest = rest[close.upperBound...]
        }
        return kept + rest
    }
}
