/// An element of a text's own HTML that the sanitizer keeps and that holds text
/// (`<sup>`, `<abbr title="…">`, `<span lang="fr">`): formatting, like emphasis.
public struct InlineElement: Sendable, Hashable {
    public struct Attribute: Sendable, Hashable {
        public var name: String
        /// nil for an attribute written without a value.
        public var value: String?

        public init(name: String, value: String?) {
            self.name = name
            self.value = value
        }
    }

    /// Lowercase, one of the sanitizer's allowed elements.
    public var name: String
    /// As the sanitizer kept them.
    public var attributes: [Attribute]

    /// As the earlier text's side of a redline writes it: its id prefixed with `pg:del-`, as a
    /// deleted heading's is, so that no id of the later text is written twice and a link of
    /// the earlier text still finds its place.
    public var onEarlierSide: InlineElement {
        InlineElement(name: name, attributes: attributes.map { attribute in
            guard attribute.name == "id", let value = attribute.value else { return attribute }
            return Attribute(name: "id", value: "pg:del-" + value)
        })
    }

    public init(name: String, attributes: [Attribute] = []) {
        self.name = name
        self.attributes = attributes
    }

    /// `<abbr title="Data Protection Officer">`, the values escaped.
    public var openTag: String {
        var tag = "<" + name
        for attribute in attributes {
            tag += " " + attribute.name
            if let value = attribute.value { tag += "=\"" + Self.escaped(value) + "\"" }
        }
        return tag + ">"
    }

    public var closeTag: String { "</\(name)>" }

    /// The element with nothing inside it: `<a id="backups"></a>`.
    public var emptyHTML: String { openTag + closeTag }

    /// The value of its `id`, if it has one.
    public var id: String? { attributes.first { $0.name == "id" }?.value }

    private static func escaped(_ value: String) -> String {
        var escaped = ""
        for character in value.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
