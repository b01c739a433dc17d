import Diff
import Markdown

extension Redline {
    /// The redline as the site's compare pages show it (`RedlineHTML`), for a page made
    /// elsewhere: `policygen diff --format html`.
    public func html(old: RenderedDocument, new: RenderedDocument, unsafeHTML: Bool, movedHereLabel: String,
                     movedAwayLabel: String) -> String {
        RedlineHTML(newFootnotes: new.footnoteNumbers, oldFootnotes: old.footnoteNumbers, unsafeHTML: unsafeHTML,
                    movedHereLabel: movedHereLabel, movedAwayLabel: movedAwayLabel).render(self)
    }
}
