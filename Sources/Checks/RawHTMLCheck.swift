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
            if case .htmlBlock(let html) = block.kind {
                if !withoutComments(html).allSatisfy(\.isWhitespace) {
                    found.append(dropped(html, at: text.location(ofBlock: index)))
                }
                continue
            }
            found += inlineHTML(in: block, index, of: text)
        }
        return found
    }

    /// One warning per tag; a closing tag only when no opening tag of its name was reported
    /// before it in the block, so `<span>…</span>` counts once.
    private static func inlineHTML(in block: DocumentBlock, _ index: Int, of text: CheckedText) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: [String: Int] = [:]
        var open: [String: Int] = [:]
        /// Where each tag is written in the block, looked up once per tag.
        var places: [String: [SourceLocation]] = [:]
        for span in block.fields.joined() {
            guard case .html(let html) = span.content, !html.hasPrefix("<!--") else { continue }
            let ordinal = seen[html, default: 0]
            seen[html] = ordinal + 1
            let name = tagName(html)
            if html.hasPrefix("</") {
                if open[name, default: 0] > 0 {
                    open[name]! -= 1
                    continue
                }
            } else if !html.hasSuffix("/>") {
                open[name, default: 0] += 1
            }
            if places[html] == nil { places[html] = text.locations(of: html, inBlock: index) }
            let written = places[html]!
            found.append(dropped(html, at: written.indices.contains(ordinal) ? written[ordinal] : text.location(ofBlock: index)))
        }
        return found
    }

    private static func dropped(_ html: String, at location: SourceLocation) -> Diagnostic {
        let firstLine = html.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces)
        let shown = firstLine.count > 40 ? firstLine.prefix(39) + "…" : firstLine
        return .warning(.rawHTMLDropped, at: location, "the raw HTML '\(shown)' is left out of the page: html is none",
                        hint: "write it in Markdown, or set html: safe in policygen.yaml to keep the allowed elements")
    }

    private static func removed(_ removed: RemovedHTML, in text: CheckedText) -> Diagnostic {
        .warning(.rawHTMLDropped, at: text.location(of: removed.start), "the HTML sanitizer removed \(removed.message)",
                 hint: "write it in Markdown or with the HTML elements policygen keeps (docs/content-format.md); html: trusted publishes everything as written")
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
