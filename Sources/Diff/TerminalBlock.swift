import Outline

/// How one block of a redline reads in a terminal: its form written as in Markdown (`## ` for
/// a heading, `* ` or `3. ` for a list item, `> ` for a quote, `| a | b |` for a table row,
/// code between fences) around its content. Formatting inside the text is not shown.
struct TerminalBlock {
    let block: DocumentBlock
    /// The content of each field, in pieces.
    let fields: [[TerminalLine.Piece]]
    /// The number an item of an ordered list shows.
    let number: Int?
    /// How the block's frame (its markers, fences) is coloured: with the whole block when it
    /// was inserted or deleted.
    let frame: TokenRun.Operation

    func lines() -> [TerminalLine] {
        let first = TerminalLine(containerLead(firstLine: true), frame)
        let next = TerminalLine(containerLead(firstLine: false), frame)
        switch block.kind {
        case .codeBlock(let info):
            var content = TerminalLine.lines(fields.first ?? [])
            if content.count > 1, content.last?.pieces.isEmpty == true { content.removeLast() }
            return [first + TerminalLine("```" + info, frame)] + content.map { next + $0 } + [next + TerminalLine("```", frame)]
        case .tableRow:
            var row = TerminalLine("|", frame)
            for cell in fields {
                row.append(" ", frame)
                row.pieces += cell
                row.append(" |", frame)
            }
            return [first + row]
        case .thematicBreak:
            return [first + TerminalLine("* * *", frame)]
        default:
            let content = TerminalLine.lines(fields.first ?? [])
            return content.enumerated().map { index, line in
                index == 0 ? first + TerminalLine(kindLead, frame) + line : next + line
            }
        }
    }

    private var kindLead: String {
        switch block.kind {
        case .heading(let level, _): String(repeating: "#", count: level) + " "
        case .listItem(let task?): task == .checked ? "[x] " : "[ ] "
        default: ""
        }
    }

    /// What the block's containers write before its first line, or before the lines after it.
    private func containerLead(firstLine: Bool) -> String {
        let path = block.containers
        var lead = ""
        for (depth, container) in path.enumerated() {
            let startsHere = firstLine && depth == path.count - 1
            switch container {
            case .blockQuote:
                lead += "> "
            case .list(let style):
                guard startsHere, case .listItem = block.kind else { lead += "  "; continue }
                lead += style.isOrdered ? "\(number ?? 1). " : "* "
            case .footnotes:
                guard startsHere, case .footnoteDefinition(let label) = block.kind else { lead += "  "; continue }
                lead += "[^\(FootnoteLabel.written(label))]: "
            }
        }
        return lead
    }
}
