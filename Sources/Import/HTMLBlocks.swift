/// Turns the elements of a page into policy blocks: headings, paragraphs, lists, tables,
/// quotes; links, emphasis and code inside them. What is not the policy is left out and noted.
struct HTMLBlocks {
    private(set) var blocks: [ImportedBlock] = []
    var dropped: [DroppedText] = []
    var statedDates: [StatedDate] = []
    var title: String?
    /// Headings with the level of their tag (1 to 6), made relative once the page is read.
    private var pending: [Inline] = []
    private var pendingLine: Int?
    private var paragraphs = RepeatedParagraphs()
    private var repeatedHere: [RepeatedParagraph] { paragraphs.repeated }
    /// Only top-level paragraphs are checked for repeats; list items repeat in parallel lists.
    private let topLevel: Bool
    /// Where the page's in-page links lead.
    var anchors: PageAnchors
    /// Ids of places met since the last block (`<a id="x"></a>`, `<section id="x">`), which
    /// the next heading or paragraph takes.
    private var pendingIDs: [String] = []

    init(topLevel: Bool, title: String? = nil, anchors: PageAnchors) {
        self.topLevel = topLevel
        self.title = title
        self.anchors = anchors
    }

    var repeated: [RepeatedParagraph] { repeatedHere }

    mutating func visit(_ nodes: [HTMLNode], line: Int) {
        for node in nodes {
            switch node {
            case .text(let text):
                if pending.isEmpty { pendingLine = line }
                pending.append(.text(HTMLText.collapsed(text)))
            case .element(let element):
                visit(element)
            }
        }
    }

    mutating func visit(_ element: HTMLElementNode) {
        if let reason = HTMLPageParts.dropReason(element) {
            drop(element, reason)
            return
        }
        switch element.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            finishParagraph()
            heading(element)
        case "ul", "ol":
            finishParagraph()
            if HTMLPageParts.isContentsList(element) {
                drop(element, .tableOfContents)
            } else {
                blocks.append(.list(list(element)))
            }
        case "table":
            finishParagraph()
            table(element)
        case "blockquote":
            finishParagraph()
            var inner = HTMLBlocks(topLevel: false, title: title, anchors: anchors)
            inner.visit(element.children, line: element.line)
            inner.finishParagraph()
            absorb(inner)
            if !inner.blocks.isEmpty { blocks.append(.quote(inner.blocks)) }
        case "pre":
            finishParagraph()
            let code = element.text.trimmingCharacters(in: .newlines)
            if !code.isEmpty { blocks.append(.code(code)) }
        case "dt":
            finishParagraph()
            let term = inlines(element.children)
            if !term.plainText.trimmingCharacters(in: .whitespaces).isEmpty {
                pending = [.strong(HTMLText.trimmed(term))]
                pendingLine = element.line
                finishParagraph()
            }
        case "hr":
            finishParagraph()
        case "br":
            pending.append(.lineBreak)
        default:
            if Self.blockNames.contains(element.name) {
                finishParagraph()
                pendingIDs += PageAnchors.ids(of: element)
                visit(element.children, line: element.line)
                finishParagraph()
            } else {
                if pending.isEmpty { pendingLine = element.line }
                pending += inlines([.element(element)])
            }
        }
    }

    /// Ends the paragraph being read: web debris and a date statement standing alone are
    /// dropped, a repeat is dropped and noted, addresses become links.
    mutating func finishParagraph() {
        let inlines = HTMLText.trimmed(pending)
        pending = []
        let text = inlines.plainText.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        let placed = (anchors.place(pendingIDs).map { [Inline.anchor($0)] } ?? []) + inlines
        pendingIDs = []
        if let reason = WebDebris.reason(for: text) {
            dropped.append(DroppedText(line: pendingLine, text: text, reason: reason))
            return
        }
        if let stated = StatedDate.find(in: text, line: pendingLine) {
            statedDates.append(stated)
            if stated.standsAlone {
                dropped.append(DroppedText(line: pendingLine, text: text, reason: .dateStatement))
                return
            }
        }
        if topLevel, !paragraphs.keep(text, line: pendingLine) { return }
        blocks.append(.paragraph(HTMLText.linkingAddresses(placed)))
    }

    // MARK: blocks

    private mutating func heading(_ element: HTMLElementNode) {
        var text = HTMLText.trimmed(inlines(element.children))
        let plain = text.plainText
        guard !plain.isEmpty else { return }
        let anchor = anchors.place(pendingIDs + PageAnchors.ids(of: element) + element.all("a").flatMap(PageAnchors.ids))
        pendingIDs = []
        let level = Int(String(element.name.dropFirst()))!
        if level == 1, title == nil {
            title = plain
            dropped.append(DroppedText(line: element.line, text: plain, reason: .title))
            return
        }
        var number: String?
        if case .text(let first) = text.first, let (found, rest) = HeadingNumber.parse(first), found.canHead {
            number = found.label
            text[0] = .text(rest)
            if rest.isEmpty { text.removeFirst() }
        }
        blocks.append(.heading(ImportedHeading(level: level, number: number, text: text, anchor: anchor)))
    }

    private mutating func list(_ element: HTMLElementNode) -> ImportedList {
        var items: [[ImportedBlock]] = []
        for child in element.elements {
            if child.name == "li" {
                var inner = HTMLBlocks(topLevel: false, title: title, anchors: anchors)
                inner.visit(child.children, line: child.line)
                inner.finishParagraph()
                absorb(inner)
                items.append(inner.blocks)
            } else if child.name == "ul" || child.name == "ol" {
                // A list written straight inside a list belongs to the item before it.
                let nested = ImportedBlock.list(list(child))
                if items.isEmpty { items.append([nested]) } else { items[items.count - 1].append(nested) }
            }
        }
        let start = element.name == "ol" ? Int(element.attributes["start"] ?? "") ?? 1 : 1
        return ImportedList(ordered: element.name == "ol", start: start, items: items.filter { !$0.isEmpty })
    }

    private mutating func table(_ element: HTMLElementNode) {
        let rows = element.elements.flatMap { $0.name == "tr" ? [$0] : $0.elements.filter { $0.name == "tr" } }
        var cells: [[[Inline]]] = []
        for row in rows {
            var written: [[Inline]] = []
            for cell in row.elements where cell.name == "td" || cell.name == "th" {
                var inner = HTMLBlocks(topLevel: false, title: title, anchors: anchors)
                inner.visit(cell.children, line: cell.line)
                inner.finishParagraph()
                absorb(inner)
                written.append(HTMLText.cell(inner.blocks))
                let span = Int(cell.attributes["colspan"] ?? "") ?? 1
                if span > 1 { written += Array(repeating: [], count: min(span, 20) - 1) }
            }
            if !written.isEmpty { cells.append(written) }
        }
        guard let first = cells.first else { return }
        if cells.allSatisfy({ $0.count <= 1 }) {
            // A table used to lay out one column of text is that text.
            for row in cells { if let cell = row.first, !cell.isEmpty { blocks.append(.paragraph(cell)) } }
            return
        }
        blocks.append(.table(ImportedTable(header: first, rows: Array(cells.dropFirst()))))
    }

    // MARK: inline content

    private mutating func inlines(_ nodes: [HTMLNode]) -> [Inline] {
        var out: [Inline] = []
        for node in nodes {
            switch node {
            case .text(let text):
                out.append(.text(HTMLText.collapsed(text)))
            case .element(let element):
                if let reason = HTMLPageParts.dropReason(element) {
                    drop(element, reason)
                    continue
                }
                let inner = { (this: inout HTMLBlocks) in this.inlines(element.children) }
                if element.name != "a", let anchor = anchors.place(PageAnchors.ids(of: element)) { out.append(.anchor(anchor)) }
                switch element.name {
                case "br": out.append(.lineBreak)
                case "em", "i", "cite", "dfn": out.append(.emphasis(inner(&self)))
                case "strong", "b": out.append(.strong(inner(&self)))
                case "code", "kbd", "samp", "tt": out.append(.code(HTMLText.collapsed(element.text)))
                case "a":
                    let text = inner(&self)
                    if text.plainText.trimmingCharacters(in: .whitespaces).isEmpty, element.attributes["href"] == nil {
                        // An empty anchor marks the place of what follows: a heading takes it.
                        pendingIDs += PageAnchors.ids(of: element)
                    } else {
                        if let anchor = anchors.place(PageAnchors.ids(of: element)) { out.append(.anchor(anchor)) }
                        out += link(element, text)
                    }
                default:
                    if Self.blockNames.contains(element.name) || element.name == "li" {
                        out.append(.text(" "))
                        out += inner(&self)
                        out.append(.text(" "))
                    } else {
                        out += inner(&self)
                    }
                }
            }
        }
        return out
    }

    /// A link to a web or mail address stays; one into the old site (relative, or to a place in
    /// the page, whose ids the new page will not have) keeps only its text.
    private mutating func link(_ element: HTMLElementNode, _ text: [Inline]) -> [Inline] {
        let href = (element.attributes["href"] ?? "").trimmingCharacters(in: .whitespaces)
        let lowered = href.lowercased()
        if href.count > 1, href.hasPrefix("#"), anchors.linked.contains(String(href.dropFirst()).removingPercentEncoding ?? "") {
            // Pointed at the place's written id once the page is read (`PageAnchors.retarget`).
            return [.link(destination: href, text)]
        }
        if ["http://", "https://", "mailto:", "tel:"].contains(where: lowered.hasPrefix) {
            return text.plainText.trimmingCharacters(in: .whitespaces).isEmpty ? [] : [.link(destination: href, text)]
        }
        if !href.isEmpty, href != "#", !lowered.hasPrefix("javascript:") {
            dropped.append(DroppedText(line: element.line, text: "\(text.plainText.trimmingCharacters(in: .whitespaces)) → \(href)",
                                       reason: .relativeLink))
        }
        return text
    }

    private mutating func drop(_ element: HTMLElementNode, _ reason: DroppedText.Reason) {
        var text = HTMLText.collapsed(element.text).trimmingCharacters(in: .whitespaces)
        if reason == .scriptOrStyle { text = "<\(element.name)>" }
        if reason == .image { text = element.attributes["alt"].map { "<\(element.name)> \($0)" } ?? "<\(element.name)>" }
        guard !text.isEmpty else { return }
        dropped.append(DroppedText(line: element.line, text: text, reason: reason))
    }

    private mutating func absorb(_ inner: HTMLBlocks) {
        anchors = inner.anchors
        dropped += inner.dropped
        statedDates += inner.statedDates
    }

    private static let blockNames: Set<String> = [
        "html", "body", "main", "article", "section", "div", "p", "header", "address", "center", "figure", "figcaption",
        "details", "summary", "dd", "dl", "hgroup", "fieldset", "caption", "li", "tbody", "thead", "tfoot", "tr", "td", "th",
    ]
}

import Foundation
