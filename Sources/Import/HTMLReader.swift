/// Reads a saved web page: the main content's headings, lists, tables, links and emphasis;
/// navigation, scripts, styles, footers and banners left out.
public enum HTMLReader {
    public static func read(_ bytes: [UInt8]) -> ImportedDocument {
        guard let root = HTMLParser.parse(bytes) else { return ImportedDocument() }
        let body = root.first("body") ?? root
        let path = HTMLPageParts.contentPath(in: body)
        let content = path.reduce(body) { $0.elements[$1] }
        // The page's <h1> may stand in a header outside <main>.
        var title: String?
        var outsideTitle: DroppedText?
        if content.first("h1") == nil, let h1 = body.first("h1") {
            title = HTMLText.collapsed(h1.text).trimmingCharacters(in: .whitespaces)
            outsideTitle = DroppedText(line: h1.line, text: title!, reason: .title)
        }
        var blocks = HTMLBlocks(topLevel: true, title: title?.isEmpty == false ? title : nil,
                                anchors: PageAnchors(linksIn: content))
        blocks.visit(content.children, line: content.line)
        blocks.finishParagraph()

        var dropped = blocks.dropped
        let retargeted = blocks.anchors.retarget(relativeLevels(blocks.blocks), dropped: &dropped)
        var document = ImportedDocument(title: blocks.title, blocks: retargeted,
                                        statedDates: blocks.statedDates, dropped: dropped, repeated: blocks.repeated)
        document.pageTitle = pageTitle(root)
        document.statedDates += PublishedPage.effectiveDates(in: body)
        if let outsideTitle { document.dropped.append(outsideTitle) }
        document.dropped += around(path[...], in: body, published: PublishedPage.isBody(content))
        document.dropped.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return document
    }

    /// What stands beside the path to the main content, each piece with why it is not the policy.
    private static func around(_ path: ArraySlice<Int>, in element: HTMLElementNode, published: Bool) -> [DroppedText] {
        guard let next = path.first else { return [] }
        var dropped: [DroppedText] = []
        for (index, child) in element.elements.enumerated() {
            if index == next {
                dropped += around(path.dropFirst(), in: child, published: published)
                continue
            }
            let reason = HTMLPageParts.dropReason(child) ?? (published ? .publishedChrome : .outsideContent)
            var text = HTMLText.collapsed(child.text).trimmingCharacters(in: .whitespaces)
            if reason == .scriptOrStyle { text = "<\(child.name)>" }
            if !text.isEmpty { dropped.append(DroppedText(line: child.line, text: text, reason: reason)) }
        }
        return dropped
    }

    /// `<title>`, without the site's name after a bar or dash ("Privacy Policy | Example Co.").
    private static func pageTitle(_ root: HTMLElementNode) -> String? {
        guard let head = root.first("title") else { return nil }
        let text = HTMLText.collapsed(head.text).trimmingCharacters(in: .whitespaces)
        let first = text.components(separatedBy: " | ").first!.components(separatedBy: " – ").first!
            .components(separatedBy: " — ").first!.components(separatedBy: " - ").first!
        let trimmed = first.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Heading levels as the page uses them, made consecutive from 2: a page whose sections are
    /// `<h3>` under an `<h1>` title gets `##` sections, and a skipped level is closed up.
    static func relativeLevels(_ blocks: [ImportedBlock]) -> [ImportedBlock] {
        var used = Set<Int>()
        func collect(_ blocks: [ImportedBlock]) {
            for block in blocks {
                switch block {
                case .heading(let heading): used.insert(heading.level)
                case .quote(let inner): collect(inner)
                default: break
                }
            }
        }
        collect(blocks)
        let ranks = Dictionary(uniqueKeysWithValues: used.sorted().enumerated().map { ($1, min($0 + 2, 6)) })
        func map(_ blocks: [ImportedBlock]) -> [ImportedBlock] {
            blocks.map { block in
                switch block {
                case .heading(var heading):
                    heading.level = ranks[heading.level] ?? 2
                    return .heading(heading)
                case .quote(let inner): return .quote(map(inner))
                default: return block
                }
            }
        }
        return map(blocks)
    }
}

import Foundation
