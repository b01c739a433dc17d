import Outline
import SafeHTML

/// `html: safe`: the tags a text writes in its lines become what a redline compares and
/// re-renders, as the sanitizer kept them: `<sup>…</sup>` formatting like emphasis, `<br>` a
/// line break, `<img>` an image. A tag the sanitizer removed stays an opaque `.html` span,
/// which shows nothing.
enum InlineHTMLMarks {
    /// Inline elements nested deeper than this stay opaque spans: each tag looks through the
    /// open ones, which must stay few for the time to stay linear.
    private static let deepest = 32

    /// Elements that hold text within a line.
    private static let phrasing: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
        "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    /// `tags` holds, for each tag written in a line of text (outside image descriptions), in
    /// document order, what the sanitizer kept of it; the blocks hold those tags as `.html`
    /// spans in the same order.
    static func apply(_ tags: [[AuthoredTag]], to blocks: [DocumentBlock]) -> [DocumentBlock] {
        let spans = blocks.reduce(0) { count, block in
            count + block.fields.reduce(0) { $0 + $1.count { if case .html = $0.content { true } else { false } } }
        }
        guard spans == tags.count, !tags.isEmpty else { return blocks }
        var next = 0
        return blocks.map { block in
            var block = block
            block.fields = block.fields.map { field in convert(field, tags: tags, next: &next) }
            return block
        }
    }

    private static func convert(_ field: [InlineSpan], tags: [[AuthoredTag]], next: inout Int) -> [InlineSpan] {
        // Open elements, each with the number of the span's own marks open when it started,
        // and the number of spans converted by then.
        var open: [(element: InlineElement, depth: Int, spansBefore: Int)] = []
        var converted: [InlineSpan] = []
        converted.reserveCapacity(field.count)
        var afterBreak = false
        for span in field {
            let skipsSoftBreak = afterBreak
            afterBreak = false
            if skipsSoftBreak, case .softBreak = span.content { continue }
            guard case .html = span.content else {
                converted.append(InlineSpan(span.content, marks: marks(span.marks, with: open)))
                continue
            }
            let kept = tags[next]
            next += 1
            switch kept.first {
            case .start(let name, let attributes)? where kept.count == 1 && phrasing.contains(name) && open.count < deepest:
                open.append((element(name, attributes), span.marks.count, converted.count))
            case .end(let name)? where kept.count == 1 && open.contains { $0.element.name == shown(name) }:
                let index = open.lastIndex { $0.element.name == shown(name) }!
                // An element that opened and closed around nothing still marks a place.
                if index == open.count - 1, converted.count == open[index].spansBefore,
                   open[index].element.attributes.contains(where: { $0.name == "id" }) {
                    converted.append(InlineSpan(.emptyElement(open[index].element), marks: marks(span.marks, with: Array(open[..<index]))))
                }
                open.removeSubrange(index...)
            case .start("br", _)?:
                converted.append(InlineSpan(.hardBreak, marks: marks(span.marks, with: open)))
                // `<br>` at the end of a line is one break, as Markdown's own `\` is.
                afterBreak = true
            case .start("img", let attributes)?:
                func value(_ name: String) -> String { attributes.first { $0.name == name }?.value ?? "" }
                converted.append(InlineSpan(.image(InlineImage(source: value("src"), title: value("title"), alt: value("alt"))),
                                            marks: marks(span.marks, with: open)))
            case .start("wbr", _)?:
                break
            default:
                converted.append(span)
            }
        }
        return converted
    }

    /// A span's marks with the open elements placed among them where they started.
    private static func marks(_ own: [InlineMark], with open: [(element: InlineElement, depth: Int, spansBefore: Int)]) -> [InlineMark] {
        guard !open.isEmpty else { return own }
        var marks: [InlineMark] = []
        var placed = 0
        for index in 0...own.count {
            while placed < open.count, open[placed].depth <= index || index == own.count {
                marks.append(.element(open[placed].element))
                placed += 1
            }
            if index < own.count { marks.append(own[index]) }
        }
        return marks
    }

    /// A redline marks its changes with `<ins>` and `<del>`: the text's own are shown as
    /// `<u>` and `<s>`, as struck-through Markdown is.
    private static func shown(_ name: String) -> String {
        switch name {
        case "del": "s"
        case "ins": "u"
        default: name
        }
    }

    private static func element(_ name: String, _ attributes: [HTMLAttribute]) -> InlineElement {
        InlineElement(name: shown(name), attributes: attributes.compactMap { attribute in
            ["del", "ins"].contains(name) && !["title", "id"].contains(attribute.name) ? nil
                : InlineElement.Attribute(name: attribute.name, value: attribute.value)
        })
    }
}
