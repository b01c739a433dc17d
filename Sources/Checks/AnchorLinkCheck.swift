import Config
import Diagnostics
import Foundation
import Markdown

/// PG201: a `#anchor` link to no heading or footnote of the same text. A bare `#` names no
/// anchor: PG204 judges it; `#top` leads to the top of the page.
enum AnchorLinkCheck {
    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        let anchors = Anchors(text.document)
        var hints = NameHints(text.document.headings.map(\.id))
        var found: [Diagnostic] = []
        for link in text.document.links where link.destination.hasPrefix("#") && link.destination != "#" {
            let anchor = String(link.destination.dropFirst())
            guard !anchors.leadSomewhere(anchor) else { continue }
            found.append(.error(.brokenAnchor, at: text.location(of: link.start),
                                "no heading has the id '\(anchor)' in this text", hint: hints.hint(for: anchor)))
        }
        return found
    }
}

/// The ids a link can end at in one text: headings, and the footnotes cmark names `fn-…` and
/// `fnref-…`; an anchor leads there as written or percent-decoded.
struct Anchors {
    private let ids: Set<String>

    init(_ document: RenderedDocument) {
        var ids = Set(document.headings.map(\.id))
        for block in document.blocks {
            if case .footnoteDefinition(let label) = block.kind {
                ids.insert("fn-\(label)")
                ids.insert("fnref-\(label)")
            }
        }
        self.ids = ids
    }

    init(_ ids: Set<String>) {
        self.ids = ids
    }

    /// `#top` with no element of that id is the top of the page, by HTML's rule.
    func leadSomewhere(_ anchor: String) -> Bool {
        ids.contains(anchor) || ids.contains(anchor.removingPercentEncoding ?? anchor) || anchor.lowercased() == "top"
    }
}

/// "did you mean …?" for names written wrong, worked out for the first few distinct names of
/// a text only: each costs a comparison with every candidate, and a text with thousands of
/// broken links would otherwise cost their number times its headings.
struct NameHints {
    private let candidates: [String]
    private var made: [String: String?] = [:]
    static let limit = 20

    init(_ candidates: [String]) {
        self.candidates = candidates
    }

    mutating func hint(for name: String) -> String? {
        if let known = made[name] { return known }
        guard made.count < Self.limit else { return nil }
        let hint = YAMLMapping.closest(to: name, in: candidates).map { "did you mean '\($0)'?" }
        made[name] = hint
        return hint
    }
}
