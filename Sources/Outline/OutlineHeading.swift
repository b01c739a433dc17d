/// One heading of a rendered document, as the table of contents and link checks see it.
public struct OutlineHeading: Sendable, Hashable {
    /// 1...6, as in `<h1>`...`<h6>`.
    public var level: Int
    /// The heading's plain text: no formatting, and without its `{#custom-id}`.
    public var text: String
    /// The anchor id the heading carries in the HTML.
    public var id: String
    /// True when the author wrote the id (`{#id}`), false when it was made from `text`.
    public var isCustomID: Bool

    public init(level: Int, text: String, id: String, isCustomID: Bool) {
        self.level = level
        self.text = text
        self.id = id
        self.isCustomID = isCustomID
    }
}
