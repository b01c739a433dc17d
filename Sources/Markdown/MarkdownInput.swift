import Config

/// How a body is rendered; comes from `policygen.yaml`.
public struct MarkdownOptions: Sendable {
    /// What raw HTML in content becomes (`html:`).
    public var html: HTMLMode
    /// `toc_depth`: the deepest heading level listed in the table of contents.
    public var tocDepth: Int

    /// `html: trusted`: raw HTML in content is rendered as written (the tag filter still applies).
    public var unsafeHTML: Bool { html == .trusted }

    public init(html: HTMLMode = .safe, tocDepth: Int = 3) {
        self.html = html
        self.tocDepth = tocDepth
    }
}

/// A Markdown body (front-matter already removed) and the variables its `{{ … }}` name.
public struct MarkdownSource: Sendable {
    public var text: String
    /// `variables` with the text's language's `language_variables` merged over them.
    public var variables: VariableTree
    /// The file, relative to the site folder; only for diagnostics.
    public var path: String
    /// The line of the file on which `text` starts (after the front-matter); only for diagnostics.
    public var firstLine: Int

    public init(text: String, path: String, firstLine: Int = 1, variables: VariableTree = VariableTree()) {
        self.text = text
        self.variables = variables
        self.path = path
        self.firstLine = firstLine
    }
}
