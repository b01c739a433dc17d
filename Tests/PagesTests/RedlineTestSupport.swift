import Config
@testable import Pages
import Diff
import Markdown

/// A body rendered the way the site renders it.
func renderedBody(_ body: String, mode: HTMLMode = .safe) -> RenderedDocument {
    MarkdownRenderer.render(MarkdownSource(text: body, path: "x.md"), options: MarkdownOptions(html: mode)).document
}

/// The redline of two bodies as the compare pages render it.
func redlineHTML(_ old: String, _ new: String, mode: HTMLMode = .safe,
                 movedHere: String = "Moved here", movedAway: String = "Moved") -> String {
    let (a, b) = (renderedBody(old, mode: mode), renderedBody(new, mode: mode))
    return RedlineHTML(newFootnotes: b.footnoteNumbers, oldFootnotes: a.footnoteNumbers, html: mode,
                       movedHereLabel: movedHere, movedAwayLabel: movedAway)
        .render(Redline(old: a.blocks, new: b.blocks))
}
