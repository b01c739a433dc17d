/// Web and e-mail addresses written out in text, made links so they stay usable.
enum AutoLinks {
    /// A web address (with its scheme, or starting `www.`) or an e-mail address. Computed: a
    /// `Regex` is not `Sendable`, so it is made where it is used.
    private static var address: Regex<Substring> {
        #/(?:https?://|www\.)[^\s<>"“”‘’«»]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/#
    }

    /// `text` with its addresses as links, the rest as plain text.
    static func inlines(_ text: String) -> [Inline] {
        var out: [Inline] = []
        var rest = text[...]
        while let match = rest.firstMatch(of: address) {
            var found = rest[match.range]
            found = trimmedEnd(found)
            let before = rest[..<found.startIndex]
            if !before.isEmpty { out.append(.text(String(before))) }
            let shown = String(found)
            let destination = shown.contains("@") && !shown.contains("/") ? "mailto:" + shown
                : shown.hasPrefix("www.") ? "https://" + shown : shown
            out.append(.link(destination: destination, [.text(shown)]))
            rest = rest[found.endIndex...]
        }
        if !rest.isEmpty { out.append(.text(String(rest))) }
        return out
    }

    /// Punctuation that ends the sentence rather than the address, and a closing bracket whose
    /// opening one stands before the address.
    private static func trimmedEnd(_ found: Substring) -> Substring {
        var found = found
        while let last = found.last {
            if ".,;:!?'*".contains(last) {
                found = found.dropLast()
            } else if last == ")", found.count(where: { $0 == "(" }) < found.count(where: { $0 == ")" }) {
                found = found.dropLast()
            } else if last == "]", found.count(where: { $0 == "[" }) < found.count(where: { $0 == "]" }) {
                found = found.dropLast()
            } else {
                break
            }
        }
        return found
    }
}
