import Outline

/// A body rendered to HTML, with the headings it contains.
public struct RenderedDocument: Sendable, Hashable {
    /// The body's HTML; every heading carries its `id`.
    public var html: String
    /// Every heading, in document order.
    public var headings: [OutlineHeading]
    /// The h2 … `tocDepth` headings, nested.
    public var tableOfContents: TableOfContents

    public init(html: String, headings: [OutlineHeading], tableOfContents: TableOfContents) {
        self.html = html
        self.headings = headings
        self.tableOfContents = tableOfContents
    }
}
