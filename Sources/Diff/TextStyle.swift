import Outline

/// How a piece of text is formatted, as a reader sees it: the order in which the marks
/// enclose it does not matter (`**[a](x)**` and `[**a**](x)` look the same).
public struct TextStyle: Sendable, Hashable {
    public var emphasis = false
    public var strong = false
    public var strikethrough = false
    public var code = false
    /// The link the text is in; nil outside a link.
    public var link: LinkTarget?
    /// The elements of the text's own HTML around it (`html: safe`), outermost first.
    public var elements: [InlineElement] = []

    public init(emphasis: Bool = false, strong: Bool = false, strikethrough: Bool = false, code: Bool = false,
                link: LinkTarget? = nil) {
        self.emphasis = emphasis
        self.strong = strong
        self.strikethrough = strikethrough
        self.code = code
        self.link = link
    }

    /// The style of a span: its marks, and whether it is code.
    public init(_ span: InlineSpan) {
        for mark in span.marks {
            switch mark {
            case .emphasis: emphasis = true
            case .strong: strong = true
            case .strikethrough: strikethrough = true
            case .link(let destination, let title): link = LinkTarget(destination: destination, title: title)
            case .element(let element): elements.append(element)
            }
        }
        if case .code = span.content { code = true }
    }

    /// The styles other than the link that this one has and `other` has not.
    public func styles(notIn other: TextStyle) -> [Style] {
        Style.allCases.filter { has($0) && !other.has($0) }
    }

    public func has(_ style: Style) -> Bool {
        switch style {
        case .strong: strong
        case .emphasis: emphasis
        case .strikethrough: strikethrough
        case .code: code
        }
    }

    /// A formatting a reader can see change, the link aside.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case strong = "bold"
        case emphasis = "italic"
        case strikethrough = "struck"
        case code
    }
}

/// Where a link goes: its destination and title, as the HTML's `href` and `title` hold them.
public struct LinkTarget: Sendable, Hashable {
    public var destination: String
    public var title: String

    public init(destination: String, title: String = "") {
        self.destination = destination
        self.title = title
    }
}

/// Text that reads the same in both versions but is formatted differently: made bold, put
/// into code, or in a link whose address changed (or that was added or removed).
public struct FormattingChange: Sendable, Hashable {
    public var old: TextStyle
    public var new: TextStyle

    public init(old: TextStyle, new: TextStyle) {
        self.old = old
        self.new = new
    }

    /// Formatting the text has now and had not.
    public var added: [TextStyle.Style] { new.styles(notIn: old) }
    /// Formatting the text had and has no more.
    public var removed: [TextStyle.Style] { old.styles(notIn: new) }
    /// Whether the link around the text changed: its address or title, or the link itself
    /// added or removed.
    public var linkChanged: Bool { old.link != new.link }
    /// Whether anything but the link changed.
    public var stylesChanged: Bool { !added.isEmpty || !removed.isEmpty || old.elements != new.elements }
}
