/// A piece of the page left out of the policy, and why.
public struct DroppedText: Sendable, Equatable {
    public enum Reason: String, Sendable, Equatable {
        case breadcrumb = "breadcrumb"
        case pageNavigation = "page navigation"
        case cookieBanner = "cookie banner"
        case tableOfContents = "table of contents (the site makes its own)"
        case dateStatement = "effective date statement (now in the front-matter)"
        case title = "the title (now in the front-matter)"
        case scriptOrStyle = "script or style"
        case navigation = "navigation"
        case footer = "footer"
        case form = "form"
        case image = "image"
        case relativeLink = "link to the old site (the text is kept)"
        case outsideContent = "outside the page's main content"
        case publishedChrome = "policygen's own page furniture (dates, notices, versions)"
    }

    /// The input file, when an import has several.
    public var file: String?
    /// The line in the input file it started on, when known.
    public var line: Int?
    public var text: String
    public var reason: Reason

    public init(file: String? = nil, line: Int?, text: String, reason: Reason) {
        self.file = file
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// A paragraph that stood twice in the page: kept once, at its first place.
public struct RepeatedParagraph: Sendable, Equatable {
    /// The input file, when an import has several.
    public var file: String?
    public var line: Int?
    public var firstLine: Int?
    public var text: String

    public init(file: String? = nil, line: Int?, firstLine: Int?, text: String) {
        self.file = file
        self.line = line
        self.firstLine = firstLine
        self.text = text
    }
}

/// What an import found and did, for the summary `policygen import` prints.
public struct ImportReport: Sendable, Equatable {
    /// Headings per level (2 for sections, 3 for subsections…), in level order.
    public var headingsPerLevel: [(level: Int, count: Int)] {
        var counts: [Int: Int] = [:]
        for heading in headings { counts[heading.level, default: 0] += 1 }
        return counts.keys.sorted().map { ($0, counts[$0]!) }
    }
    public var headings: [ImportedHeading]
    /// Lists, nested ones included, and their items.
    public var lists: Int
    public var listItems: Int
    public var nestedLists: Int
    public var tables: Int
    public var dropped: [DroppedText]
    public var repeated: [RepeatedParagraph]

    public init(_ document: ImportedDocument) {
        var headings: [ImportedHeading] = []
        var lists = 0, items = 0, nested = 0, tables = 0
        func visit(_ blocks: [ImportedBlock], depth: Int) {
            for block in blocks {
                switch block {
                case .heading(let heading): headings.append(heading)
                case .list(let list):
                    lists += 1
                    if depth > 0 { nested += 1 }
                    items += list.items.count
                    for item in list.items { visit(item, depth: depth + 1) }
                case .table: tables += 1
                case .quote(let inner): visit(inner, depth: depth)
                case .paragraph, .code: break
                }
            }
        }
        visit(document.blocks, depth: 0)
        self.headings = headings
        self.lists = lists
        self.listItems = items
        self.nestedLists = nested
        self.tables = tables
        self.dropped = document.dropped
        self.repeated = document.repeated
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.headings == b.headings && a.lists == b.lists && a.listItems == b.listItems
            && a.nestedLists == b.nestedLists && a.tables == b.tables && a.dropped == b.dropped
            && a.repeated == b.repeated
    }
}
