import Config
import Diff
import Localization
import Markdown

extension Redline {
    /// The redline as the site's compare pages show it (`RedlineHTML`), in the language of
    /// `strings`, for a page made elsewhere: `policygen diff --format html`.
    public func html(old: RenderedDocument, new: RenderedDocument, html mode: HTMLMode, strings: InterfaceStrings) -> String {
        RedlineHTML(newFootnotes: new.footnoteNumbers, oldFootnotes: old.footnoteNumbers, html: mode,
                    movedHereLabel: strings.html("moved_here"), movedAwayLabel: strings.html("moved_away"),
                    notes: RedlineNoteWording(strings: strings)).render(self)
    }
}
