/// Gathers list items into lists, nesting them by indentation and by a change of marker:
/// "a." items after "(3)" are a list inside item (3); "(4)" closes it again.
struct ListBuilder: Sendable {
    enum Marker: Sendable, Hashable {
        case bullet(Character)
        case number(HeadingNumber.Style)
    }

    private struct Item: Sendable {
        var blocks: [ImportedBlock] = []
        /// Lines of the paragraph being read, joined when it ends.
        var text: String

        mutating func finishText() {
            guard !text.isEmpty else { return }
            blocks.append(.paragraph(AutoLinks.inlines(text)))
            text = ""
        }
    }

    private struct OpenList: Sendable {
        var marker: Marker
        var indent: Int
        var ordered: Bool
        var start: Int
        var lastValue: Int
        var items: [Item]

        func finished() -> ImportedBlock {
            .list(ImportedList(ordered: ordered, start: start, items: items.map { item in
                var item = item
                item.finishText()
                return item.blocks
            }))
        }
    }

    private var open: [OpenList] = []

    var isOpen: Bool { !open.isEmpty }

    /// The indentation of the innermost list's markers.
    var innermostIndent: Int? { open.last?.indent }

    /// The text of the last item of the innermost list.
    var lastItemText: String? { open.last?.items.last?.text }

    /// Whether a numbered line continues an open list (the next number of the same style).
    func continues(_ number: HeadingNumber) -> Bool {
        open.contains { $0.marker == .number(number.style) && $0.lastValue + 1 == number.value }
    }

    /// Adds an item. Decimal numbers make ordered lists; letters and Roman numerals keep their
    /// label in the text, which Markdown could not number that way.
    mutating func add(bullet: Character, indent: Int, text: String) {
        add(marker: .bullet(bullet), indent: indent, value: 1, ordered: false, text: text)
    }

    mutating func add(number: HeadingNumber, indent: Int, text: String) {
        var style = number.style
        var value = number.value
        if let letter = number.letterValue, let letters = open.last(where: { Self.isLetterList($0.marker) }),
           letters.lastValue + 1 == letter, case .number(let letterStyle) = letters.marker {
            // "i." after "h." is the ninth letter, not Roman one.
            style = letterStyle
            value = letter
        }
        let ordered = number.isDecimal
        add(marker: .number(style), indent: indent, value: value, ordered: ordered,
            text: ordered ? text : number.label + " " + text)
    }

    /// Continues the last item's text with a line broken off it.
    mutating func appendToLastItem(_ line: String) {
        guard !open.isEmpty, !open[open.count - 1].items.isEmpty else { return }
        let last = open[open.count - 1].items.count - 1
        let text = open[open.count - 1].items[last].text
        open[open.count - 1].items[last].text = text.isEmpty ? line : text + " " + line
    }

    /// A paragraph of its own inside the last item (indented under it after a blank line).
    mutating func addParagraphToLastItem(_ line: String) {
        guard !open.isEmpty, !open[open.count - 1].items.isEmpty else { return }
        let last = open[open.count - 1].items.count - 1
        open[open.count - 1].items[last].finishText()
        open[open.count - 1].items[last].text = line
    }

    /// Closes every open list and returns the outermost one.
    mutating func finish() -> ImportedBlock? {
        while open.count > 1 { closeInnermost() }
        return open.popLast()?.finished()
    }

    private mutating func add(marker: Marker, indent: Int, value: Int, ordered: Bool, text: String) {
        if let index = open.lastIndex(where: { $0.marker == marker && $0.indent <= indent + 1 }),
           open[(index + 1)...].allSatisfy({ $0.indent >= open[index].indent - 1 }) {
            while open.count > index + 1 { closeInnermost() }
            open[index].items.append(Item(text: text))
            open[index].lastValue = value
            return
        }
        while open.count > 1, let innermost = open.last, innermost.indent > indent + 1 { closeInnermost() }
        open.append(OpenList(marker: marker, indent: indent, ordered: ordered, start: value, lastValue: value,
                             items: [Item(text: text)]))
        if open.count > 1 {
            // The new list belongs to the last item of the list around it.
            let parent = open.count - 2
            if open[parent].items.isEmpty { open[parent].items.append(Item(text: "")) }
        }
    }

    /// Ends the innermost list, placing it in the last item of the list around it.
    private mutating func closeInnermost() {
        guard open.count > 1, let innermost = open.popLast() else { return }
        let last = open[open.count - 1].items.count - 1
        open[open.count - 1].items[last].finishText()
        open[open.count - 1].items[last].blocks.append(innermost.finished())
    }

    private static func isLetterList(_ marker: Marker) -> Bool {
        guard case .number(let style) = marker else { return false }
        switch style {
        case .dotted(_, _, let counter), .parenthesized(let counter): return counter == .lowerLetter || counter == .upperLetter
        default: return false
        }
    }
}
