/// Text written into Markdown so that it reads back as the same text, escaping only what
/// would otherwise be read as syntax: "within [10] days" stays as it is, for the legal team
/// who edit it next.
enum MarkdownText {
    static func escaped(_ text: String, inTable: Bool = false) -> String {
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count + 4)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let previous = index > 0 ? characters[index - 1] : nil
            switch character {
            case "\\", "`", "*", "~":
                out += "\\" + String(character)
            case "_":
                // Inside a word (snake_case) an underscore is literal; at its edge it may open emphasis.
                let inWord = (previous?.isLetter == true || previous?.isNumber == true)
                    && (next?.isLetter == true || next?.isNumber == true)
                out += inWord ? "_" : "\\_"
            case "[":
                out += opensLinkOrNote(characters, at: index) ? "\\[" : "["
            case "<":
                let startsTag = next.map { $0.isLetter || "/!?".contains($0) } ?? false
                out += startsTag ? "\\<" : "<"
            case "&":
                out += startsEntity(characters, at: index) ? "\\&" : "&"
            case "{":
                // `{{ name }}` is a variable, `{#id}` at a heading's end an anchor.
                out += next == "{" || next == "#" ? "\\{" : "{"
            case "|":
                out += inTable ? "\\|" : "|"
            default:
                out.append(character)
            }
        }
        return out
    }

    /// `text` (already escaped) as the start of a block's line: what would start a heading, a
    /// quote, a list or a thematic break is escaped.
    static func lineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        switch first {
        case "#", ">", "-", "+", "=":
            return "\\" + text
        case "0"..."9":
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            let rest = text.dropFirst(digits.count)
            guard digits.count <= 9, let marker = rest.first, marker == "." || marker == ")",
                  rest.dropFirst().first.map({ $0 == " " }) ?? true else { return text }
            return digits + "\\" + rest
        default:
            return text
        }
    }

    /// A heading must not end with what reads as closing `#`s.
    static func headingEnd(_ text: String) -> String {
        guard text.hasSuffix("#") else { return text }
        let hashes = text.reversed().prefix { $0 == "#" }.count
        let before = text.dropLast(hashes)
        guard before.isEmpty || before.last == " " else { return text }
        return before + "\\" + text.suffix(hashes)
    }

    /// A link destination, in angle brackets when it holds spaces or brackets.
    static func destination(_ url: String) -> String {
        guard url.contains(where: { " ()<>\\".contains($0) }) else { return url }
        return "<" + url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
    }

    /// `[` opens a link when its `]` is followed by `(`, `[` or `:`, a footnote when `^` follows it,
    /// and a task box at the start of a text (`[ ]`, `[x]`).
    private static func opensLinkOrNote(_ characters: [Character], at index: Int) -> Bool {
        if index + 1 < characters.count, characters[index + 1] == "^" { return true }
        guard let close = characters[(index + 1)...].firstIndex(where: { $0 == "]" || $0 == "[" }),
              characters[close] == "]" else { return false }
        if index == 0, close == 2 { return true }
        guard close + 1 < characters.count else { return false }
        return "([:".contains(characters[close + 1])
    }

    /// `&copy;`, `&#169;`: a name or number and a semicolon.
    private static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
        var cursor = index + 1
        if cursor < characters.count, characters[cursor] == "#" { cursor += 1 }
        let start = cursor
        while cursor < characters.count, characters[cursor].isASCII, characters[cursor].isLetter || characters[cursor].isNumber {
            cursor += 1
        }
        return cursor > start && cursor < characters.count && characters[cursor] == ";"
    }
}

import Foundation
