import Outline

/// Opens and closes the containers around blocks as they come: block quotes, lists and their
/// items, the footnotes section, tables.
struct ContainerHTML {
    var html: HTMLBytes
    /// Set after a tight list item's text: it ends with a line break if a block follows in the item.
    var tightItemText = false
    /// Each open container, whether it has an open item, and whether that item belongs to the
    /// old version only (a deleted or moved-away item: new text must not be nested in it).
    private var open: [(container: BlockContainer, itemOpen: Bool, itemIsOld: Bool)] = []
    private var table: (containers: [BlockContainer], inBody: Bool)?
    /// The depth from which the next block's containers start anew, whatever they continue.
    var restart: Int?
    /// What the open footnote's item ends with before it closes (its back-links, when its
    /// last block is not a paragraph).
    var footnoteEnd = ""

    init(capacity: Int) { html = HTMLBytes(capacity: capacity) }

    mutating func place(_ block: DocumentBlock, isOld: Bool) {
        let path = block.containers
        let startsItem: Bool
        switch block.kind {
        case .listItem, .footnoteDefinition: startsItem = true
        default: startsItem = false
        }
        var keep = 0
        while keep < min(path.count, open.count), path[keep].continues(open[keep].container) { keep += 1 }
        // New text never continues an item only the old version has (a deleted or moved-away
        // one): hiding the old would hide it too. It gets a fresh item in the same list.
        let freshItem = isOld ? nil : (0..<keep).first { depth in
            open[depth].itemOpen && open[depth].itemIsOld && (depth < path.count - 1 || !startsItem)
        }
        if let freshItem { keep = freshItem + 1 }
        if let restart, restart < keep { keep = restart }

        if let table, !(isRow(block) && table.containers == path && keep == path.count && !(isHeaderRow(block) && table.inBody)) {
            closeTable()
        }
        let itemDepth = open.count
        close(downTo: keep)
        let staysInItem = open.count == itemDepth && !(startsItem && keep == path.count) && freshItem == nil
        if tightItemText, staysInItem || path.count > itemDepth { html += "\n" }
        tightItemText = false
        if let freshItem {
            html += "</li>\n<li>\n"
            open[freshItem].itemIsOld = false
        }
        if startsItem, keep == path.count, keep > 0, open[keep - 1].itemOpen {
            endFootnote(open[keep - 1].container)
            html += "</li>\n"
            open[keep - 1].itemOpen = false
        }
        for index in keep..<path.count {
            let container = path[index]
            html += opening(container)
            let itemOpen = isList(container) && (index < path.count - 1 || !startsItem)
            if itemOpen { html += "<li>\n" }
            open.append((container, itemOpen, isOld))
        }
        if startsItem, !open.isEmpty {
            open[open.count - 1].itemOpen = true
            open[open.count - 1].itemIsOld = isOld
        }
        if isRow(block) { placeRow(header: isHeaderRow(block), containers: path) }
    }

    mutating func closeAll() {
        tightItemText = false
        closeTable()
        close(downTo: 0)
    }

    private mutating func placeRow(header: Bool, containers: [BlockContainer]) {
        if table == nil {
            html += "<table>\n" + (header ? "<thead>\n" : "<tbody>\n")
            table = (containers, !header)
        } else if !header, table?.inBody == false {
            html += "</thead>\n<tbody>\n"
            table?.inBody = true
        }
    }

    private mutating func closeTable() {
        guard let current = table else { return }
        html += (current.inBody ? "</tbody>\n" : "</thead>\n") + "</table>\n"
        table = nil
    }

    private mutating func close(downTo depth: Int) {
        while open.count > depth {
            let (container, itemOpen, _) = open.removeLast()
            if itemOpen {
                endFootnote(container)
                html += "</li>\n"
            }
            html += closing(container)
        }
    }

    private mutating func endFootnote(_ container: BlockContainer) {
        guard container == .footnotes, !footnoteEnd.isEmpty else { return }
        html += footnoteEnd
        footnoteEnd = ""
    }

    private func opening(_ container: BlockContainer) -> String {
        switch container {
        case .blockQuote: "<blockquote>\n"
        case .list(let style):
            switch style.numbering {
            case .bullet: "<ul>\n"
            case .ordered(let start): start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            }
        case .footnotes: "<section class=\"footnotes\" data-footnotes>\n<ol>\n"
        }
    }

    private func closing(_ container: BlockContainer) -> String {
        switch container {
        case .blockQuote: "</blockquote>\n"
        case .list(let style): style.isOrdered ? "</ol>\n" : "</ul>\n"
        case .footnotes: "</ol>\n</section>\n"
        }
    }

    private func isList(_ container: BlockContainer) -> Bool {
        switch container {
        case .list, .footnotes: true
        case .blockQuote: false
        }
    }

    private func isRow(_ block: DocumentBlock) -> Bool {
        if case .tableRow = block.kind { return true }
        return false
    }

    private func isHeaderRow(_ block: DocumentBlock) -> Bool {
        if case .tableRow(let isHeader, _) = block.kind { return isHeader }
        return false
    }
}

