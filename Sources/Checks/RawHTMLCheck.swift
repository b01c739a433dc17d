import Diagnostics
import Foundation
import Outline

/// PG211: raw HTML that the page will not show because `unsafe_html` is off (cmark-gfm writes
/// a comment in its place). HTML comments are meant to be invisible, and are left alone.
enum RawHTMLCheck {
    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        guard !site.config.unsafeHTML else { return [] }
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
        for (offset, html) in block.htmlSpans where !html.hasPrefix("<!--") {
            let name = tagName(html)
            if html.hasPrefix("</") {
                if open[name, default: 0] > 0 {
                    open[name]! -= 1
                    continue
                }
            } else if !html.hasSuffix("/>") {
                open[name, default: 0] += 1
            }
            found.append(dropped(html, at: text.location(at: offset, in: block, block: index)))
        }
        return found
    }

    private static func dropped(_ html: String, at location: SourceLocation) -> Diagnostic {
        let firstLine = html.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces)
        let shown = firstLine.count > 40 ? firstLine.prefix(39) + "…" : firstLine
        return .warning(.rawHTMLDropped, at: location, "the raw HTML '\(shown)' is left out of the page: unsafe_html is off",
                        hint: "write it in Markdown, or set unsafe_html: true in policygen.yaml if every author may publish scripts")
    }

    /// `span` for `<span class="x">` and `</span>`, lowercased.
    private static func tagName(_ html: String) -> String {
        html.drop { $0 == "<" || $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" }.lowercased()
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
