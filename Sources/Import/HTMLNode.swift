/// An HTML page as a Swift value, copied out of libxml2's tree so no C memory outlives the
/// parse: elements with their lowercase names and attributes, and text.
indirect enum HTMLNode: Sendable, Equatable {
    case element(HTMLElementNode)
    case text(String)
}

struct HTMLElementNode: Sendable, Equatable {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]
    /// The line of the input where the element starts.
    var line: Int

    /// The text inside, as written (white space not yet collapsed).
    var text: String {
        children.map { child in
            switch child {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }

    var elements: [HTMLElementNode] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first element of that name, this one or below it, in document order.
    func first(_ name: String) -> HTMLElementNode? {
        if self.name == name { return self }
        for element in elements {
            if let found = element.first(name) { return found }
        }
        return nil
    }

    /// Every element of that name below this one.
    func all(_ name: String) -> [HTMLElementNode] {
        elements.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }
}
