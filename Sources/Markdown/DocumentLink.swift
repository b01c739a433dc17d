/// A position in a content file: 1-based line, and column in Unicode scalars.
public struct SourcePoint: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A link or image of a body as written (variables inserted), for the checks: its target
/// before the safe-mode rule, its text, and where it starts in the file.
public struct DocumentLink: Sendable, Hashable {
    public var destination: String
    /// The plain text of the link's content; empty for an image.
    public var text: String
    public var isImage: Bool
    public var start: SourcePoint

    public init(destination: String, text: String, isImage: Bool, start: SourcePoint) {
        self.destination = destination
        self.text = text
        self.isImage = isImage
        self.start = start
    }
}

/// A link or image as the block reader finds it, in cmark's numbering (`InlinePlace`).
struct ParsedLink {
    var destination: String
    var text: String
    var isImage: Bool
    /// Where cmark says it starts (the line of its first inline when its text goes over lines).
    var start: (line: Int, column: Int)
    /// Where cmark says it ends: its last byte.
    var end: (line: Int, column: Int)
    /// The furthest place known to be before it in its block: an autolink, which cmark
    /// places badly or not at all, is searched for from there.
    var after: InlinePlace
    /// Its block, in `ParsedLinks.blocks`.
    var block: Int

    /// A URL or address written as it is (`<…>`, `www.…` or bare), which cmark made a link.
    var isAutolink: Bool {
        !isImage && !text.isEmpty && [text, "mailto:" + text, "http://" + text].contains(destination)
    }
}
