internal import CLibXML2

/// An element copied out of a parsed page into plain Swift values, so test
/// assertions never touch libxml2 memory and can outlive the document.
public struct HTMLElement: Sendable, Hashable {
    /// Lowercased tag name (`"nav"`, `"h2"`).
    public var name: String
    /// Attribute values by lowercased name; a bare boolean attribute (`<details open>`) maps to `""`.
    public var attributes: [String: String]
    /// Text of all descendants, entities decoded, as in XPath's `string()`; comments excluded.
    public var text: String
    /// Element children in document order (text and comments are not included).
    public var children: [HTMLElement]

    public init(name: String, attributes: [String: String] = [:], text: String = "", children: [HTMLElement] = []) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    /// `element["href"]`: the attribute's value, or nil when it is absent.
    public subscript(attribute: String) -> String? {
        attributes[attribute.lowercased()]
    }
}

extension HTMLElement {
    /// Deep copy of an element node and its element subtree.
    init(node: xmlNodePtr) {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            var key = LibXML2.borrow(current.pointee.name).lowercased()
            if let prefix = current.pointee.ns?.pointee.prefix {
                key = LibXML2.borrow(prefix) + ":" + key
            }
            // Browsers keep the first of duplicated attributes; so do we.
            if attributes[key] == nil {
                attributes[key] = LibXML2.consume(xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1))
            }
            attribute = current.pointee.next
        }

        var children: [HTMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                children.append(HTMLElement(node: current))
            }
            child = current.pointee.next
        }

        self.init(
            name: LibXML2.borrow(node.pointee.name).lowercased(),
            attributes: attributes,
            text: LibXML2.consume(xmlNodeGetContent(node)),
            children: children
        )
    }
}
