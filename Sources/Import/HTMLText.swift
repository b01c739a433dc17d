import Foundation

/// Text taken from HTML: white space collapsed as a browser shows it, trimmed at block edges,
/// addresses written out made links.
enum HTMLText {
    /// Runs of white space (line breaks included) as one space; no-break spaces as a scrape's.
    static func collapsed(_ text: String) -> String {
        let spaced = SourceLine.normalizedSpaces(Substring(text))
        var out = ""
        var lastWasSpace = false
        for character in spaced {
            if character.isWhitespace && character != "\u{00A0}" && character != "\u{202F}" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(character)
                lastWasSpace = false
            }
        }
        return out
    }

    /// Adjacent texts merged, doubled spaces made one, spaces and breaks trimmed at both ends.
    static func trimmed(_ inlines: [Inline]) -> [Inline] {
        var merged: [Inline] = []
        for inline in inlines {
            if case .text(let text) = inline, case .text(let before)? = merged.last {
                merged[merged.count - 1] = .text(before + text)
            } else {
                merged.append(inline)
            }
        }
        merged = merged.map { inline in
            if case .text(let text) = inline { return .text(collapsed(text)) }
            return inline
        }
        while let first = merged.first, isBlank(first) { merged.removeFirst() }
        while let last = merged.last, isBlank(last) { merged.removeLast() }
        if case .text(let text)? = merged.first { merged[0] = .text(String(text.drop { $0 == " " })) }
        if case .text(let text)? = merged.last {
            merged[merged.count - 1] = .text(String(text.reversed().drop { $0 == " " }.reversed()))
        }
        return merged.filter { if case .text("") = $0 { false } else { true } }
    }

    /// Addresses written as text, outside links, become links.
    static func linkingAddresses(_ inlines: [Inline]) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .text(let text): AutoLinks.inlines(text)
            case .emphasis(let inner): [.emphasis(linkingAddresses(inner))]
            case .strong(let inner): [.strong(linkingAddresses(inner))]
            default: [inline]
            }
        }
    }

    /// A table cell's blocks as one line of text.
    static func cell(_ blocks: [ImportedBlock]) -> [Inline] {
        var out: [Inline] = []
        for block in blocks {
            let inlines: [Inline]
            switch block {
            case .paragraph(let content): inlines = content
            case .heading(let heading): inlines = heading.text
            case .list(let list): inlines = list.items.flatMap { cell($0) + [.text("; ")] }.dropLast()
            case .quote(let inner): inlines = cell(inner)
            case .table, .code: inlines = []
            }
            if !out.isEmpty, !inlines.isEmpty { out.append(.text(" ")) }
            out += inlines
        }
        return linkingAddresses(trimmed(out))
    }

    private static func isBlank(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let text): text.allSatisfy { $0 == " " }
        case .lineBreak: true
        default: false
        }
    }
}
