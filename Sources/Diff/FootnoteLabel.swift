/// A footnote's label as its author wrote it.
///
/// `DocumentBlock.Kind.footnoteDefinition` and `InlineSpan.Content.footnoteReference` carry
/// the label as cmark-gfm writes it into an `href`: bytes outside a safe set percent-encoded,
/// `&` and `'` as entities. The text formats write `[^label]`, so they undo that.
enum FootnoteLabel {
    static func written(_ label: String) -> String {
        guard label.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "&") }) else { return label }
        let entitiesUndone = label.replacingEntities()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entitiesUndone.utf8.count)
        let source = Array(entitiesUndone.utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "%"), index + 2 < source.count,
               let high = hexValue(source[index + 1]), let low = hexValue(source[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        // A label is text: a percent sign that did not start valid UTF-8 stays as written.
        return String(validating: bytes, as: UTF8.self) ?? label
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension String {
    /// The two entities cmark-gfm's href escaping writes, as characters.
    fileprivate func replacingEntities() -> String {
        var result = ""
        var rest = self[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let tail = rest[ampersand...]
            if tail.hasPrefix("&amp;") {
                result += "&"
                rest = tail.dropFirst(5)
            } else if tail.hasPrefix("&#x27;") {
                result += "'"
                rest = tail.dropFirst(6)
            } else {
                result += "&"
                rest = tail.dropFirst()
            }
        }
        return result + rest
    }
}
