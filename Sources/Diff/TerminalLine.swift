/// A line of `policygen diff`'s terminal output, in pieces that are equal, deleted or
/// inserted, or notes, and how it is written: with `[-…-]{+…+}` markers as `git diff
/// --word-diff=plain` writes them and notes as ` {~…~}`, or in colour (deletions red,
/// insertions green, notes cyan).
struct TerminalLine {
    struct Piece {
        var text: String
        var operation: TokenRun.Operation
        /// A change inside a block, marked where it stands; otherwise the whole line says
        /// what happened (`+ `, `- `), so the piece carries no marker, only colour.
        var isInline: Bool
        /// A note about formatting, not text of the document.
        var isNote = false

        init(text: String, operation: TokenRun.Operation, isInline: Bool) {
            self.text = text
            self.operation = operation
            self.isInline = isInline
        }

        init(note: String) {
            text = note
            operation = .equal
            isInline = true
            isNote = true
        }
    }

    var pieces: [Piece]

    init(_ pieces: [Piece] = []) { self.pieces = pieces }

    init(_ text: String, _ operation: TokenRun.Operation = .equal) {
        pieces = text.isEmpty ? [] : [Piece(text: text, operation: operation, isInline: false)]
    }

    mutating func append(_ text: String, _ operation: TokenRun.Operation = .equal, inline: Bool = false) {
        guard !text.isEmpty else { return }
        pieces.append(Piece(text: text, operation: operation, isInline: inline))
    }

    static func + (line: TerminalLine, more: TerminalLine) -> TerminalLine {
        TerminalLine(line.pieces + more.pieces)
    }

    /// Pieces holding line breaks, split into lines.
    static func lines(_ pieces: [Piece]) -> [TerminalLine] {
        var lines = [TerminalLine()]
        for piece in pieces {
            for (index, part) in piece.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { lines.append(TerminalLine()) }
                if !part.isEmpty {
                    var part = Piece(text: String(part), operation: piece.operation, isInline: piece.isInline)
                    part.isNote = piece.isNote
                    lines[lines.count - 1].pieces.append(part)
                }
            }
        }
        return lines
    }

    static let red = "\u{1B}[31m"
    static let green = "\u{1B}[32m"
    static let cyan = "\u{1B}[36m"
    static let reset = "\u{1B}[0m"

    /// The line as text, without its line break. In colour, neighbouring pieces of one colour
    /// share it, and the line ends reset, so it never leaves the terminal coloured.
    func written(colour: Bool) -> String {
        var text = ""
        var current: String?
        for piece in pieces {
            if piece.isNote {
                if current != nil { text += Self.reset }
                current = nil
                text += colour ? " " + Self.cyan + piece.text + Self.reset : " {~" + piece.text + "~}"
                continue
            }
            if colour {
                let wanted: String? = switch piece.operation {
                case .equal: nil
                case .deleted: Self.red
                case .inserted: Self.green
                }
                if wanted != current {
                    if current != nil { text += Self.reset }
                    if let wanted { text += wanted }
                    current = wanted
                }
                text += piece.text
                continue
            }
            switch piece.operation {
            case .equal: text += piece.text
            case .deleted: text += piece.isInline ? "[-" + piece.text + "-]" : piece.text
            case .inserted: text += piece.isInline ? "{+" + piece.text + "+}" : piece.text
            }
        }
        if current != nil { text += Self.reset }
        return text
    }
}
