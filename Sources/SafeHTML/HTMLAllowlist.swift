/// What HTML written in a text may keep: the elements and attributes of GitHub's markup
/// sanitizer (html-pipeline's SanitizationFilter) and Ruby Sanitize's relaxed config, less
/// what HTML5 made obsolete (the page must stay valid) and plus what policies use (`details`).
///
/// Everything not listed is removed. An element listed in `removedWithContent` goes with what
/// it holds (scripts, styles, embedded documents and foreign markup, form controls); any other
/// element that is not allowed goes alone and its text stays.
enum HTMLAllowlist {
    static let elements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
        "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ]

    /// Elements that hold nothing, written without an end tag.
    static let void: Set<String> = ["br", "col", "hr", "img", "input", "wbr"]

    static let removedWithContent: Set<String> = [
        "applet", "audio", "button", "canvas", "datalist", "frameset", "head", "iframe", "math", "noembed",
        "noframes", "noscript", "object", "option", "picture", "plaintext", "script", "select", "style", "svg",
        "template", "textarea", "title", "video", "xmp",
    ]

    /// Forbidden elements that hold nothing: removed alone, since libxml2 (HTML 4) may leave
    /// some of them open around the text that follows.
    static let removedEmpty: Set<String> = ["base", "basefont", "embed", "frame", "input", "link", "meta", "param", "source", "track"]

    /// Attributes any allowed element may carry.
    static let global: Set<String> = ["id", "title", "lang", "dir"]

    static let byElement: [String: Set<String>] = [
        "a": ["href", "hreflang", "name"],
        "img": ["src", "alt", "width", "height"],
        "blockquote": ["cite"], "q": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
        "td": ["colspan", "rowspan", "headers", "align"], "th": ["colspan", "rowspan", "headers", "scope", "align"],
        "tr": ["align"], "thead": ["align"], "tbody": ["align"], "tfoot": ["align"],
        "col": ["span"], "colgroup": ["span"],
        "ol": ["start", "reversed", "type"], "li": ["value"],
        "details": ["open"], "time": ["datetime"], "abbr": [], "dfn": [],
    ]

    /// The URL attributes, and the schemes each may use (a relative URL always may).
    static let urlSchemes: [String: Set<String>] = [
        "href": ["http", "https", "mailto", "tel"],
        "src": ["http", "https"],
        "cite": ["http", "https"],
    ]

    static func allows(_ attribute: String, on element: String) -> Bool {
        global.contains(attribute) || byElement[element]?.contains(attribute) == true
    }

    /// What cmark-gfm (with policygen's headings, footnotes and task lists) writes itself. Its
    /// markup is kept as written; it is still held to these names, so that no markup, whoever
    /// is taken to have written it, leaves the sanitizer unchecked.
    static let renderedElements: Set<String> = elements.union(["input", "section"])
    static let renderedAttributes: Set<String> = [
        "align", "alt", "aria-label", "checked", "class", "data-footnote-backref", "data-footnote-backref-idx",
        "data-footnote-ref", "data-footnotes", "disabled", "href", "id", "src", "start", "title", "type",
    ]
}
