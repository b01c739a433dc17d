import BlockHTML
import Outline

/// A body rendered to HTML, with the headings and blocks it contains.
public struct RenderedDocument: Sendable, Hashable {
    /// The body's HTML; every heading carries its `id`.
    public var html: String
    /// Where the target of each `@/` site link sits in `html` (`SiteLinkedHTML`): a page writes
    /// the HTML in pieces, its own relative path to each link's page in the gaps.
    public var siteLinks: [Range<Int>]
    /// Every heading, in document order.
    public var headings: [OutlineHeading]
    /// The h2 … `tocDepth` headings, nested.
    public var tableOfContents: TableOfContents
    /// The body's blocks in reading order, as a redline compares them; heading blocks carry
    /// the ids of `headings`.
    public var blocks: [DocumentBlock]
    /// Where each of `blocks` starts in the file.
    public var blockStarts: [SourcePoint]
    /// Every link and image of the Markdown, in document order.
    public var links: [DocumentLink]
    /// The `@/` site links of the text's own HTML (`html: safe` or `trusted`), in document
    /// order, each at its tag (`HTMLSiteLinks`): for PG200, with `links`' own.
    public var htmlSiteLinks: [DocumentLink]
    /// `html: safe`: what the sanitizer left out of the text's HTML, in document order.
    public var removedHTML: [RemovedHTML]
    /// `html: safe`: the ids the text's HTML elements keep (`<a id="…">`), which links may name.
    public var htmlIDs: [String]

    public init(html: String, siteLinks: [Range<Int>]? = nil, headings: [OutlineHeading], tableOfContents: TableOfContents,
                blocks: [DocumentBlock] = [], blockStarts: [SourcePoint] = [], links: [DocumentLink] = [],
                htmlSiteLinks: [DocumentLink] = [], removedHTML: [RemovedHTML] = [], htmlIDs: [String] = []) {
        self.html = html
        self.siteLinks = siteLinks ?? SiteLinkedHTML(finding: html).siteLinks
        self.headings = headings
        self.tableOfContents = tableOfContents
        self.blocks = blocks
        self.blockStarts = blockStarts
        self.links = links
        self.htmlSiteLinks = htmlSiteLinks
        self.removedHTML = removedHTML
        self.htmlIDs = htmlIDs
    }

    /// The HTML with where its site links' targets are.
    public var linkedHTML: SiteLinkedHTML { SiteLinkedHTML(html: html, siteLinks: siteLinks) }
}
