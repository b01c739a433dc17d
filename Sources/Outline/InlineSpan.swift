/// A run of inline content with the formatting around it, as a redline compares and
/// re-renders it.
///
/// A block's inline tree is flattened into spans: each span says what it is (text, code, a
/// break, an image…) and which formatting encloses it, outermost first. A renderer opens and
/// closes elements where the marks of neighbouring spans differ, so `<ins>`/`<del>` can be
/// placed inside bold text or a link without breaking it.
public struct InlineSpan: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// Text as the reader sees it (entities and escapes already resolved).
        case text(String)
        /// An inline code span's literal.
        case code(String)
        /// A line break in the source that HTML renders as a space-like newline.
        case softBreak
        /// `<br />`.
        case hardBreak
        /// Boxed, so that every span stays small: images are rare, text is not.
        indirect case image(InlineImage)
        /// A footnote reference; `label` is the one its definition carries
        /// (`DocumentBlock.Kind.footnoteDefinition`). Its number is the 1-based position of that
        /// definition among the document's footnote definitions.
        case footnoteReference(label: String)
        /// Raw inline HTML, kept opaque: with `html: trusted` a page shows it as written; with
        /// `html: safe` an allowed tag becomes a mark (`InlineMark.element`), a `<br>` a break,
        /// an `<img>` an image, and what stays here shows nothing.
        case html(String)
        /// An allowed element of the text's own HTML that opens and closes around nothing
        /// (`<a id="backups"></a>`), kept for the place it marks (`html: safe`).
        case emptyElement(InlineElement)
    }

    public var content: Content
    /// The formatting enclosing the span, outermost first.
    public var marks: [InlineMark]

    public init(_ content: Content, marks: [InlineMark] = []) {
        self.content = content
        self.marks = marks
    }

    /// What a reader sees as text: breaks are spaces, an image is its alt text, footnote
    /// references and raw HTML are nothing.
    public var plainText: String {
        switch content {
        case .text(let text), .code(let text): text
        case .softBreak, .hardBreak: " "
        case .image(let image): image.alt
        case .footnoteReference, .html, .emptyElement: ""
        }
    }
}

/// Formatting that encloses inline content.
public enum InlineMark: Sendable, Hashable {
    case emphasis
    case strong
    case strikethrough
    /// `destination` is what the HTML's `href` holds before escaping: empty when safe mode
    /// refused it (as cmark-gfm does for `javascript:`, `vbscript:`, `file:` and `data:`
    /// other than images). `title` is empty when there is none.
    case link(destination: String, title: String)
    /// An allowed element of the text's own HTML (`html: safe`).
    case element(InlineElement)
}

/// An image: its source (emptied in safe mode by the same rule as links), title and plain
/// alt text.
public struct InlineImage: Sendable, Hashable {
    public var source: String
    public var title: String
    public var alt: String

    public init(source: String, title: String, alt: String) {
        self.source = source
        self.title = title
        self.alt = alt
    }
}

extension Array where Element == InlineSpan {
    /// The spans' plain text, joined.
    public var plainText: String {
        reduce(into: "") { $0 += $1.plainText }
    }
}
