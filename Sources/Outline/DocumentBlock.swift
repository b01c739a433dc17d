/// One block of a rendered document: the unit a redline aligns, and enough to render it
/// back with its formatting.
///
/// A document is a flat sequence of blocks in reading order. Nesting is kept as each
/// block's `containers` path, and a renderer regroups consecutive blocks:
/// - blocks whose paths share a prefix share those containers (`BlockContainer.continues`
///   tells whether two entries at one depth are the same element);
/// - a `.listItem` opens a new `<li>` in the list that ends its path; any other block whose
///   path ends in that list continues the open item (a second paragraph, a nested code block);
///   a `.footnoteDefinition` opens a new `<li id="fn-label">` of the footnotes the same way;
/// - consecutive `.tableRow`s with one path form one table, header rows in `<thead>`; a
///   header row after a body row starts the next table.
public struct DocumentBlock: Sendable, Hashable {
    /// The ids the text's own HTML elements in the block carry (`<a id="…">`).
    public var elementIDs: [String] {
        var ids: [String] = []
        for field in fields {
            for span in field {
                for case .element(let element) in span.marks {
                    if let id = element.id { ids.append(id) }
                }
                if case .emptyElement(let element) = span.content, let id = element.id { ids.append(id) }
            }
        }
        return ids
    }

    public enum Kind: Sendable, Hashable {
        /// `id` is the heading's anchor, the same as in `RenderedDocument.headings`.
        case heading(level: Int, id: String)
        case paragraph
        /// The start of a list item: its first paragraph when it begins with one (empty
        /// fields otherwise, the item's blocks following it). `task` is nil for a plain item.
        case listItem(task: TaskState?)
        /// One row of a GFM table, with one field per cell (cmark pads short rows with empty
        /// cells and drops extra ones, so every row of a table has one field per column).
        case tableRow(isHeader: Bool, alignments: [ColumnAlignment])
        /// A fenced or indented code block; its literal is the one text span of its field.
        case codeBlock(info: String)
        case thematicBreak
        /// Raw HTML, kept opaque and without fields: HTML shows it only with `unsafe_html`
        /// (in safe mode cmark writes nothing of it but a comment).
        case htmlBlock(String)
        /// The start of a footnote definition: its first paragraph, like `listItem`. `label`
        /// is what cmark writes after `fn-` in the definition's id (escaped for an `href`).
        case footnoteDefinition(label: String)
    }

    public enum TaskState: Sendable, Hashable {
        case unchecked
        case checked
    }

    public enum ColumnAlignment: Sendable, Hashable {
        case none
        case left
        case center
        case right
    }

    public var kind: Kind
    /// The containers the block sits in, outermost first.
    public var containers: [BlockContainer]
    /// The id of the section the block belongs to: the nearest heading at or above it in
    /// reading order (a heading's own id); nil before the first heading.
    public var sectionID: String?
    /// The inline content, one sequence per field: one field for headings, paragraphs, list
    /// items, footnote definitions and code blocks; one per cell for table rows; none for
    /// thematic breaks and raw HTML.
    public var fields: [[InlineSpan]]

    public init(kind: Kind, containers: [BlockContainer] = [], sectionID: String? = nil, fields: [[InlineSpan]]) {
        self.kind = kind
        self.containers = containers
        self.sectionID = sectionID
        self.fields = fields
    }

    /// The first field's spans: the inline content of a block that has one field.
    public var inlines: [InlineSpan] { fields.first ?? [] }

    /// What a reader sees as text, fields separated by a space.
    public var plainText: String {
        fields.map(\.plainText).joined(separator: " ")
    }

    /// How many lists enclose the block: 1 for an item of a top-level list.
    public var listDepth: Int {
        containers.count(where: { if case .list = $0 { true } else { false } })
    }
}

/// An element that encloses blocks.
public enum BlockContainer: Sendable, Hashable {
    case blockQuote
    /// Inside an item of a list with this style.
    case list(ListStyle)
    /// Inside a footnote definition (the footnotes cmark renders at the end of the page).
    case footnotes

    /// Whether a block with `self` at some depth stays in the element that `previous`, at the
    /// same depth of the block before it, opened. Lists continue when both are bullet lists
    /// or both ordered, so that items from two versions regroup into one list; cmark only
    /// ends a list where something else comes between (or the marker changes).
    public func continues(_ previous: BlockContainer) -> Bool {
        switch (self, previous) {
        case (.blockQuote, .blockQuote), (.footnotes, .footnotes): true
        case (.list(let style), .list(let other)): style.isOrdered == other.isOrdered
        default: false
        }
    }
}

/// How a list is rendered.
public struct ListStyle: Sendable, Hashable {
    public enum Numbering: Sendable, Hashable {
        case bullet
        /// `<ol start>` when `start` is not 1.
        case ordered(start: Int)
    }

    public var numbering: Numbering
    /// A tight list renders its items' paragraphs without `<p>`.
    public var isTight: Bool

    public init(numbering: Numbering, isTight: Bool) {
        self.numbering = numbering
        self.isTight = isTight
    }

    public var isOrdered: Bool {
        if case .ordered = numbering { true } else { false }
    }
}
