/// A policy recovered from a page, before it is written as Markdown: the title, the blocks of
/// the body, and what was left out on the way.
public struct ImportedDocument: Sendable, Equatable {
    /// The text's own title (the first heading-like line, or `<h1>`), for the front-matter.
    public var title: String?
    /// The page's `<title>`, without the site's name: the title when the text has none.
    public var pageTitle: String?
    public var blocks: [ImportedBlock]
    /// Dates the text states it takes effect or was updated, in the order they stand.
    public var statedDates: [StatedDate]
    public var dropped: [DroppedText]
    public var repeated: [RepeatedParagraph]

    public init(title: String? = nil, blocks: [ImportedBlock] = [], statedDates: [StatedDate] = [],
                dropped: [DroppedText] = [], repeated: [RepeatedParagraph] = []) {
        self.title = title
        self.blocks = blocks
        self.statedDates = statedDates
        self.dropped = dropped
        self.repeated = repeated
    }
}

/// Text inside a block.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    /// A link; an address written bare (`https://…`, `privacy@…`) has itself as its text.
    case link(destination: String, [Inline])
    case lineBreak
    /// A place in the page that an in-page link leads to, written `<a id="…"></a>`.
    case anchor(String)
}

public indirect enum ImportedBlock: Sendable, Equatable {
    case heading(ImportedHeading)
    case paragraph([Inline])
    case list(ImportedList)
    case table(ImportedTable)
    case quote([ImportedBlock])
    case code(String)
}

public struct ImportedHeading: Sendable, Equatable {
    /// 2 for a section, 3 for a subsection…: the title alone is level 1.
    public var level: Int
    /// The section number as written ("5.2.", "第3条", "(1)"), kept apart so it can be dropped.
    public var number: String?
    public var text: [Inline]
    /// The id given as `{#…}`, for the page's own links to the heading.
    public var anchor: String?

    public init(level: Int, number: String? = nil, text: [Inline], anchor: String? = nil) {
        self.level = level
        self.number = number
        self.text = text
        self.anchor = anchor
    }
}

public struct ImportedList: Sendable, Equatable {
    public var ordered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    /// Each item is a run of blocks: its text, then any nested list.
    public var items: [[ImportedBlock]]

    public init(ordered: Bool, start: Int = 1, items: [[ImportedBlock]]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

public struct ImportedTable: Sendable, Equatable {
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(header: [[Inline]], rows: [[[Inline]]]) {
        self.header = header
        self.rows = rows
    }
}

extension Array where Element == Inline {
    /// The text a reader sees, without formatting.
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let text), .code(let text): text
            case .emphasis(let inner), .strong(let inner), .link(_, let inner): inner.plainText
            case .lineBreak: " "
            case .anchor: ""
            }
        }.joined()
    }
}
