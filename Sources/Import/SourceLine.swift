/// One line of a plain-text page: its number in the file, how far it is indented, and its
/// text with the spacing a scrape leaves behind made ordinary.
struct SourceLine: Sendable, Equatable {
    var number: Int
    /// Leading white space in columns (a tab counts 4).
    var indent: Int
    /// Trimmed; no-break spaces read as spaces, zero-width characters gone, runs of spaces one.
    var text: String

    var isBlank: Bool { text.isEmpty }

    /// The lines of a decoded text (LF line breaks), numbered from 1.
    static func lines(of text: String) -> [SourceLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, raw in
            let spaced = normalizedSpaces(raw)
            var indent = 0
            for character in spaced {
                if character == " " { indent += 1 } else if character == "\t" { indent += 4 } else { break }
            }
            return SourceLine(number: index + 1, indent: indent, text: collapsed(spaced))
        }
    }

    /// No-break spaces, which scrapes leave at the ends of lines and alone on "empty" ones, are
    /// spaces, except where French typography puts them (before `;:!?»%`, after `«`).
    static func normalizedSpaces(_ text: Substring) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\u{00A0}", "\u{202F}", "\u{2007}":
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                let previous = index > 0 ? characters[index - 1] : " "
                let french = ";:!?»%".contains(next) || previous == "«"
                out.append(french && index > 0 ? character : " ")
            case "\u{200B}", "\u{200C}", "\u{FEFF}", "\u{00AD}", "\u{2060}":
                continue
            case "\u{000C}", "\u{000B}":
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }

    /// Trimmed, with every run of spaces and tabs inside made one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
