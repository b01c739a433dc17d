import Content

/// Writes an imported policy as a policygen content file: front-matter, then the body with
/// headings from `##` down (the title is the page's `<h1>`).
public struct MarkdownWriter: Sendable {
    /// Section numbers stay in the heading text ("## 5.2. Retention") unless the theme numbers
    /// sections itself.
    public var keepsHeadingNumbers: Bool

    public init(keepsHeadingNumbers: Bool = true) {
        self.keepsHeadingNumbers = keepsHeadingNumbers
    }

    /// The whole file. `summary` is written (empty, for the author) when the policy already has
    /// versions, whose successors must say what changed.
    public func file(title: String, effective: EffectiveDate, summary: String?, blocks: [ImportedBlock]) -> String {
        var lines = ["---", "title: \(Self.quoted(title))", "effective: \(effective)"]
        if let summary {
            lines.append("summary: \(Self.quoted(summary))  # what changed: shown in the history, the feeds and the comparison")
        }
        lines += ["---", ""]
        return lines.joined(separator: "\n") + body(blocks)
    }

    /// The blocks, each followed by a blank line but the last.
    public func body(_ blocks: [ImportedBlock]) -> String {
        var parts: [String] = []
        var previous: ImportedBlock?
        for block in blocks {
            parts.append(write(block, after: previous))
            previous = block
        }
        return parts.isEmpty ? "" : parts.joined(separator: "\n\n") + "\n"
    }

    private func write(_ block: ImportedBlock, after previous: ImportedBlock?) -> String {
        switch block {
        case .heading(let heading):
            var text = inline(heading.text)
            if keepsHeadingNumbers, let number = heading.number {
                // "1、What we collect", "第1条（目的）": no space where Chinese and Japanese write none.
                let space = text.isEmpty || Self.isFullWidth(number.last) || Self.isFullWidth(text.first) ? "" : " "
                text = MarkdownText.escaped(number) + space + text
            }
            let anchor = heading.anchor.map { " {#\($0)}" } ?? ""
            return String(repeating: "#", count: max(2, min(heading.level, 6))) + " " + MarkdownText.headingEnd(text) + anchor
        case .paragraph(let inlines):
            return MarkdownText.lineStart(inline(inlines))
        case .list(let list):
            // Two lists in a row would read as one; the second takes the other marker.
            var alternate = false
            if case .list(let before) = previous, before.ordered == list.ordered { alternate = true }
            return write(list, alternate: alternate)
        case .table(let table):
            return write(table)
        case .quote(let inner):
            return body(inner).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .code(let code):
            var fence = "```"
            while code.contains(fence) { fence += "`" }
            return fence + "\n" + code + (code.hasSuffix("\n") ? "" : "\n") + fence
        }
    }

    private func write(_ list: ImportedList, alternate: Bool) -> String {
        let loose = list.items.contains { item in item.count { if case .paragraph = $0 { true } else { false } } > 1 }
        var items: [String] = []
        for (offset, item) in list.items.enumerated() {
            let marker = list.ordered ? "\(list.start + offset)\(alternate ? ")" : ".") " : (alternate ? "* " : "- ")
            let indent = String(repeating: " ", count: marker.count)
            var parts: [String] = []
            var previous: ImportedBlock?
            for block in item {
                parts.append(write(block, after: previous))
                previous = block
            }
            let content = parts.joined(separator: loose ? "\n\n" : "\n")
            let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
            var written = marker + (lines.first.map(String.init) ?? "")
            for line in lines.dropFirst() { written += "\n" + (line.isEmpty ? "" : indent + line) }
            items.append(written)
        }
        return items.joined(separator: loose ? "\n\n" : "\n")
    }

    private func write(_ table: ImportedTable) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        func row(_ cells: [[Inline]]) -> String {
            let texts = (0..<columns).map { $0 < cells.count ? inline(cells[$0], inTable: true) : "" }
            return "| " + texts.joined(separator: " | ") + " |"
        }
        let delimiter = "|" + String(repeating: " --- |", count: columns)
        return ([row(table.header), delimiter] + table.rows.map(row)).joined(separator: "\n")
    }

    private func inline(_ inlines: [Inline], inTable: Bool = false) -> String {
        inlines.map { inline($0, inTable: inTable) }.joined()
    }

    private func inline(_ inline: Inline, inTable: Bool) -> String {
        switch inline {
        case .text(let text):
            return MarkdownText.escaped(text, inTable: inTable)
        case .emphasis(let inner):
            return delimited(inner, by: "*", inTable: inTable)
        case .strong(let inner):
            return delimited(inner, by: "**", inTable: inTable)
        case .code(let code):
            var fence = "`"
            while code.contains(fence) { fence += "`" }
            let padded = code.hasPrefix("`") || code.hasSuffix("`") ? " " + code + " " : code
            return fence + (inTable ? padded.replacingOccurrences(of: "|", with: "\\|") : padded) + fence
        case .link(let destination, let inner):
            let shown = inner.plainText
            let bare = destination == shown || destination == "mailto:" + shown
            if bare, !destination.contains(where: { " <>".contains($0) }) { return "<" + shown + ">" }
            return "[" + self.inline(inner, inTable: inTable) + "](" + MarkdownText.destination(destination) + ")"
        case .lineBreak:
            return inTable ? " " : "\\\n"
        case .anchor(let id):
            // Kept by `html: safe`, as every allowed element is.
            return "<a id=\"\(id)\"></a>"
        }
    }

    /// Emphasis must not start or end with a space, so spaces move outside the delimiters.
    private func delimited(_ inner: [Inline], by delimiter: String, inTable: Bool) -> String {
        let text = self.inline(inner, inTable: inTable)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return text }
        let lead = text.prefix { $0 == " " }, trail = String(text.reversed().prefix { $0 == " " })
        return lead + delimiter + trimmed + delimiter + trail
    }

    private static func isFullWidth(_ character: Character?) -> Bool {
        guard let scalar = character?.unicodeScalars.first else { return false }
        return HeadingShape.isUnspacedScript(scalar) || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    /// A YAML double-quoted scalar: any title reads back exactly.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

import Foundation
