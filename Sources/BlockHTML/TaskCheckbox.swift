import Localization
import Outline

/// The box of a task-list item (`- [x] …`). cmark-gfm writes a bare disabled checkbox, which
/// a screen reader announces as an unnamed form field; ours is named by the item's text, so
/// it reads "Correct it, checkbox, checked".
public enum TaskCheckbox {
    /// The box, followed by the space cmark puts before the item's text.
    public static func html(_ state: DocumentBlock.TaskState, label: String) -> String {
        let checked = state == .checked ? " checked=\"\"" : ""
        let name = label.isEmpty ? "" : " aria-label=\"\(HTMLText.escape(label))\""
        return "<input type=\"checkbox\"\(checked) disabled=\"\"\(name) /> "
    }
}

/// A table column's alignment (`|---:|`) as a class, not cmark-gfm's `align` attribute,
/// which HTML5 made obsolete (the Nu validator reports it), nor its `style` option, which a
/// Content-Security-Policy without `'unsafe-inline'` blocks. The theme's stylesheet aligns
/// `pg-align-left`, `pg-align-center` and `pg-align-right`.
public enum ColumnAlignmentClass {
    /// ` class="pg-align-right"`, or nothing for a column without alignment.
    public static func attribute(_ alignment: DocumentBlock.ColumnAlignment) -> String {
        alignment == .none ? "" : " class=\"pg-align-\(alignment)\""
    }
}
