import Diagnostics
import Outline

/// Markdown bodies to HTML: CommonMark + GFM through cmark-gfm, headings with ids, and the
/// table of contents.
public enum MarkdownRenderer {
    public static func render(_ source: MarkdownSource,
                              options: MarkdownOptions) -> (document: RenderedDocument, diagnostics: [Diagnostic]) {
        // All cmark-gfm work happens under the one lock; naming the ids is quick pure Swift,
        // done there because the HTML of each heading needs its id.
        let output = CmarkLibrary.shared.withLock { library in
            library.render(source.text, unsafeHTML: options.unsafeHTML) { headings, footnoteIDs in
                HeadingIDs.assign(headings.map { (text: $0.text, customID: $0.customID) }, reserved: footnoteIDs)
            }
        }
        let headings = zip(output.headings, output.ids).map { heading, id in
            OutlineHeading(level: heading.level, text: heading.text, id: id, isCustomID: heading.customID != nil)
        }
        let document = RenderedDocument(html: output.html, headings: headings,
                                        tableOfContents: TableOfContents(headings: headings, maxLevel: options.tocDepth),
                                        blocks: output.blocks)
        return (document, HeadingDiagnostics.check(output.headings, footnoteIDs: output.footnoteIDs, in: source))
    }
}
