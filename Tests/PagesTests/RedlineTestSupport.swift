@testable import Pages
import Diff
import Markdown

/// A body rendered the way the site renders it.
func renderedBody(_ body: String, unsafeHTML: Bool = false) -> RenderedDocument {
    MarkdownRenderer.render(MarkdownSource(text: body, path: "x.md"), options: MarkdownOptions(unsafeHTML: unsafeHTML)).document
}

/// The redline of two bodies as the compare pages render it.
func redlineHTML(_ old: String, _ new: String, unsafeHTML: Bool = false,
                 movedHere: String = "Moved here", movedAway: String = "Moved") -> String {
    let (a, b) = (renderedBody(old, unsafeHTML: unsafeHTML), renderedBody(new, unsafeHTML: unsafeHTML))
    return RedlineHTML(newFootnotes: b.footnoteNumbers, oldFootnotes: a.footnoteNumbers, unsafeHTML: unsafeHTML,
                       movedHereLabel: movedHere, movedAwayLabel: movedAway)
        .render(Redline(old: a.blocks, new: b.blocks))
}
