import Foundation
import Outline

/// A page's own links to places in it (`href="#sharing"`) and where they lead: a heading
/// gets the place's id as its `{#…}`, any other place an `<a id>` where it stood, and the
/// links follow. A link to a place that is not kept (in a dropped menu, say) keeps its text.
struct PageAnchors: Sendable {
    /// The ids the page's `#…` links name.
    let linked: Set<String>
    /// Each linked id placed so far, and the id written for it.
    private(set) var written: [String: String] = [:]
    private var used: Set<String> = []

    init(linksIn content: HTMLElementNode) {
        linked = Set(content.all("a").compactMap { link in
            guard let href = link.attributes["href"]?.trimmingCharacters(in: .whitespaces), href.hasPrefix("#"),
                  href.count > 1 else { return nil }
            let id = String(href.dropFirst())
            return id.removingPercentEncoding ?? id
        })
    }

    /// The ids an element carries: its `id`, and an anchor's `name`.
    static func ids(of element: HTMLElementNode) -> [String] {
        [element.attributes["id"], element.name == "a" ? element.attributes["name"] : nil].compactMap { $0 }
    }

    /// The id written for a place that carries `ids`, all of them leading to it; nil when no
    /// link names any of them. An id that is not a valid heading id is written as its slug.
    mutating func place(_ ids: [String]) -> String? {
        let named = ids.filter { linked.contains($0) && written[$0] == nil }
        guard let first = named.first else { return nil }
        let base = HeadingIDs.isValidCustomID(first) ? first : HeadingSlug.slug(for: first)
        var anchor = base
        var suffix = 2
        while used.contains(anchor) {
            anchor = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(anchor)
        for id in named { written[id] = anchor }
        return anchor
    }

    /// `blocks` with every `#…` link pointed at the id written for its place; a link whose
    /// place was not kept becomes its text, noted in `dropped`.
    func retarget(_ blocks: [ImportedBlock], dropped: inout [DroppedText]) -> [ImportedBlock] {
        blocks.map { retarget($0, &dropped) }
    }

    private func retarget(_ block: ImportedBlock, _ dropped: inout [DroppedText]) -> ImportedBlock {
        switch block {
        case .heading(var heading):
            heading.text = retarget(heading.text, &dropped)
            return .heading(heading)
        case .paragraph(let inlines): return .paragraph(retarget(inlines, &dropped))
        case .list(var list):
            list.items = list.items.map { retarget($0, dropped: &dropped) }
            return .list(list)
        case .table(var table):
            table.header = table.header.map { retarget($0, &dropped) }
            table.rows = table.rows.map { $0.map { retarget($0, &dropped) } }
            return .table(table)
        case .quote(let inner): return .quote(retarget(inner, dropped: &dropped))
        case .code: return block
        }
    }

    private func retarget(_ inlines: [Inline], _ dropped: inout [DroppedText]) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .emphasis(let inner): return [.emphasis(retarget(inner, &dropped))]
            case .strong(let inner): return [.strong(retarget(inner, &dropped))]
            case .link(let destination, let inner) where destination.hasPrefix("#"):
                let id = String(destination.dropFirst())
                if let anchor = written[id.removingPercentEncoding ?? id] { return [.link(destination: "#" + anchor, retarget(inner, &dropped))] }
                dropped.append(DroppedText(line: nil, text: "\(inner.plainText.trimmingCharacters(in: .whitespaces)) → \(destination)",
                                           reason: .relativeLink))
                return retarget(inner, &dropped)
            case .link(let destination, let inner): return [.link(destination: destination, retarget(inner, &dropped))]
            default: return [inline]
            }
        }
    }
}
