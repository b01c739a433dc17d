/// How text is written in Markdown so that cmark-gfm reads back exactly that text.
enum MarkdownEscaping {
    /// Characters that start or end inline syntax wherever they stand: emphasis, code, links,
    /// raw HTML, strikethrough, table cells, and the backslash itself.
    private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "~", "|"]

    /// Text inside a line. `atLineStart`: the text begins a line of a block, where `#`, `>`,
    /// `-`, `+`, `=`, `1.` and indentation would start a heading, quote, list, setext
    /// underline or code block.
    static func text(_ text: String, atLineStart: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if alwaysEscaped.contains(character) {
                out += "\\" + String(character)
            } else if character == "&", index + 1 < characters.count,
                      characters[index + 1] == "#" || characters[index + 1].isASCIILetterOrDigit {
                // Would read as the start of an entity such as `&copy;`.
                out += "\\&"
            } else if character == "{", index + 1 < characters.count, characters[index + 1] == "{" {
                // Would read as a variable reference, `{{ name }}`.
                out += "\\{"
            } else {
                out.append(character)
            }
        }
        return atLineStart ? lineStart(out) : out
    }

    /// Escapes what would make `line` (already escaped within) start a block.
    private static func lineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        switch first {
        case "#", ">", "-", "+", "=":
            return "\\" + line
        case " ", "\t":
            // Leading white space would indent the line (or vanish): keep it as a character reference.
            return (first == " " ? "&#32;" : "&#9;") + line.dropFirst()
        case "0"..."9":
            // `2024. ` or `3) ` would start an ordered list.
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let rest = line.dropFirst(digits.count)
            guard digits.count <= 9, let marker = rest.first, marker == "." || marker == ")" else { return line }
            return digits + "\\" + rest
        default:
            return line
        }
    }

    /// A heading's text, which must not end in what reads as a closing sequence of `#`.
    static func headingEnd(_ line: String) -> String {
        guard line.hasSuffix("#") else { return line }
        let hashes = line.reversed().prefix { $0 == "#" }.count
        let before = line.dropLast(hashes)
        guard before.isEmpty || before.last == " " || before.last == "\t" else { return line }
        return before + "\\" + line.suffix(hashes)
    }

    /// A code span holding `code`, with a fence of backticks longer than any run inside it.
    static func codeSpan(_ code: String, inTable: Bool) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        // In a table row every `|` not escaped ends a cell, code or not; GFM drops the backslash.
        var content = inTable ? code.reduce(into: "") { $0 += $1 == "|" ? "\\|" : String($1) } : code
        // cmark drops one space at each end when both ends have one (and not only spaces);
        // a backtick at an end would join the fence.
        let onlySpaces = content.allSatisfy { $0 == " " }
        if content.hasPrefix("`") || content.hasSuffix("`") || (content.hasPrefix(" ") && content.hasSuffix(" ") && !onlySpaces) {
            content = " " + content + " "
        }
        return fence + content + fence
    }

    /// A link or image destination: as it is when nothing in it needs escaping, else in angle
    /// brackets, where spaces and parentheses need none.
    static func destination(_ url: String) -> String {
        let plain = !url.isEmpty && url.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value != 0x7F && !"<>()\\&|".unicodeScalars.contains(scalar)
        }
        if plain { return url }
        var out = "<"
        for character in url {
            switch character {
            case "<", ">", "\\", "&", "|": out += "\\" + String(character)
            case "\n": out += "%0A"
            default: out.append(character)
            }
        }
        return out + ">"
    }

    /// A link or image title in double quotes; nothing when there is none.
    static func title(_ title: String) -> String {
        guard !title.isEmpty else { return "" }
        var out = " \""
        for character in title {
            switch character {
            case "\"", "\\", "&", "|": out += "\\" + String(character)
            case "\n": out += "&#10;"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// A footnote label inside `[^…]`.
    static func label(_ label: String) -> String {
        var out = ""
        for character in FootnoteLabel.written(label) {
            if character == "[" || character == "]" || character == "\\" { out += "\\" }
            out.append(character)
        }
        return out
    }

    /// The fence of a code block: three backticks, or more than the longest run of them in the
    /// code; tildes when the info string holds a backtick.
    static func codeFence(code: String, info: String) -> String {
        let character: Character = info.contains("`") ? "~" : "`"
        var longest = 0, run = 0
        for current in code {
            run = current == character ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: character, count: max(3, longest + 1))
    }
}

extension Character {
    fileprivate var isASCIILetterOrDigit: Bool {
        isASCII && (isLetter || isNumber)
    }
}
