/// Keys over model values (front-matter, policy settings) through reflection: every stored
/// property counts, including ones added later, so a new field can never be left out of a key.
/// Dictionaries and sets are taken in a stable order, unlike their iteration order.
extension CacheKey.Builder {
    public mutating func add(reflecting value: Any) {
        switch value {
        case let text as String: add("S"); add(text)
        case let text as Substring: add("S"); add(String(text))
        case let number as Int: add("I"); add(number)
        case let flag as Bool: add("B"); add(flag)
        case let number as Double: add("D"); add(number.bitPattern.description)
        case let number as any BinaryInteger: add("N"); add(String(describing: number))
        default: addStructure(value)
        }
    }

    private mutating func addStructure(_ value: Any) {
        let mirror = Mirror(reflecting: value)
        add(String(describing: mirror.subjectType))
        switch mirror.displayStyle {
        case .dictionary, .set:
            // Each element on its own, then sorted: the same contents give the same key.
            let parts = mirror.children.map { child -> String in
                var builder = CacheKey.Builder("element")
                builder.add(reflecting: child.value)
                return builder.finish().hex
            }.sorted()
            add(parts.count)
            for part in parts { add(part) }
        case .enum:
            // The case's name, then its associated values (a case without any has no children).
            add(String(describing: value).prefix { $0 != "(" }.description)
            fallthrough
        default:
            add(mirror.children.count)
            for child in mirror.children {
                add(child.label)
                add(reflecting: child.value)
            }
        }
    }
}
