import Diff
import Markdown
import Outline
import Testing

/// The Markdown redline on random Markdown: whatever the text holds (characters Markdown
/// reads as syntax, formatting next to punctuation or inside words), an unchanged document
/// reads back with the same characters in the same formatting, and between two random
/// versions, accepting every change gives the new text and rejecting every change the old.
@Suite struct MarkdownRedlinePropertyTests {
    private struct Source {
        var generator: SeededGenerator

        static let words = ["data", "we", "keep", "個人情報", "naïve", "2024", "e-mail", "x"]
        static let punctuation = [",", ".", ";", "(", ")", "\"", "'", "!", "?", ":", "—", "€", "©", "→", "-", "+", "="]
        static let literals = ["\\*", "\\_", "\\#", "\\[", "\\]", "\\<", "\\`", "\\|", "\\~", "&amp;", "&lt;", "1\\.", "\\>", "\\\\"]

        mutating func pick(_ values: [String]) -> String { values.randomElement(using: &generator)! }
        mutating func roll(_ sides: Int) -> Int { Int.random(in: 0..<sides, using: &generator) }

        mutating func atom() -> String {
            switch roll(10) {
            case 0...3: pick(Self.words)
            case 4: pick(Self.punctuation)
            case 5: pick(Self.literals)
            case 6: "**" + phrase(2) + "**"
            case 7: "*" + phrase(2) + "*"
            case 8: pick(["~~" + phrase(1) + "~~", "`" + pick(Self.words) + " " + pick(["|", "*", "`x`", "<b>"]) + "`",
                          "[" + phrase(2) + "](https://e.example/a_b \"T\")", "***" + pick(Self.words) + "***"])
            default: pick(Self.words) + pick(Self.punctuation)
            }
        }

        /// Atoms joined mostly by spaces, sometimes directly, inside words or around punctuation.
        mutating func phrase(_ count: Int) -> String {
            var text = pick(Self.words)
            for _ in 0..<count { text += (roll(4) == 0 ? "" : " ") + pick(Self.words + Self.punctuation) }
            return text
        }

        mutating func line() -> String {
            var text = ""
            for index in 0..<(2 + roll(7)) {
                if index > 0 { text += roll(5) == 0 ? "" : " " }
                text += atom()
            }
            return text.trimmingSpaces
        }

        /// A list: bullet or ordered from any number, tight or loose, items nested or of two paragraphs.
        mutating func list() -> String {
            let ordered = roll(2) == 0
            let start = roll(3) == 0 ? 1 + roll(12) : 1
            let loose = roll(3) == 0
            var items: [String] = []
            for index in 0..<(1 + roll(4)) {
                let marker = ordered ? "\(start + index). " : "- "
                let indent = String(repeating: " ", count: marker.count)
                var item = marker + line()
                switch roll(4) {
                case 0: item += "\n" + indent + (ordered ? "1. " : "* ") + line() + "\n" + indent + (ordered ? "2. " : "* ") + line()
                case 1 where loose: item += "\n\n" + indent + line()
                default: break
                }
                items.append(item)
            }
            return items.joined(separator: loose ? "\n\n" : "\n")
        }

        mutating func document() -> String {
            var blocks: [String] = []
            for _ in 0..<(1 + roll(6)) {
                switch roll(10) {
                case 0: blocks.append("## " + line())
                case 1: blocks.append((0..<(1 + roll(3))).map { _ in "- " + line() }.joined(separator: "\n"))
                case 2: blocks.append("> " + line() + "\n> " + line())
                case 3: blocks.append("| a | b |\n|---|---|\n| " + line().replacingPipes + " | " + line().replacingPipes + " |")
                case 4: blocks.append(list())
                case 5: blocks.append("```\n" + line() + "\n\n" + line() + "\n```")
                case 6: blocks.append(line() + "[^n]\n\n[^n]: " + line() + "\n\n    " + line())
                case 7: blocks.append(pick(["***", "- - " + line() + "\n  - " + line(), "-\n  ```\n  " + line() + "\n  ```",
                                            "> - " + line() + "\n>\n>   " + line()]))
                default: blocks.append(line() + (roll(2) == 0 ? "\n" + line() : ""))
                }
            }
            return blocks.joined(separator: "\n\n") + "\n"
        }
    }

    /// Each field's characters with the formatting around them; formatting written as raw HTML
    /// tags (`<strong>`) counts as the formatting it renders as. What stands inside `dropping`
    /// (`del` or `ins`) is left out, and so are blocks left empty.
    private func styled(_ blocks: [DocumentBlock], dropping: String? = nil) -> [[[String]]] {
        // A code block, which cannot hold marks, is wrapped whole: `<del>`, the block, `</del>`.
        var wrapped: String?
        var kept: [DocumentBlock] = []
        for block in blocks {
            if case .htmlBlock(let html) = block.kind, let tag = ["ins", "del"].first(where: { html.hasPrefix("<\($0)>") || html.hasPrefix("</\($0)>") }) {
                wrapped = html.hasPrefix("</") ? nil : tag
                continue
            }
            if dropping == nil || wrapped != dropping { kept.append(block) }
        }
        let styled = kept.map { block in
            block.fields.map { spans in
                var tags: [String: Int] = [:]
                var characters: [String] = []
                var inNote = false
                for span in spans {
                    // The notes on formatting changes are neither version's text.
                    if span.content == .html("<span class=\"pg-note\">") { inNote = true }
                    if inNote {
                        if span.content == .html("</span>") { inNote = false }
                        continue
                    }
                    if case .html(let html) = span.content {
                        for tag in ["strong", "em", "s", "ins", "del"] {
                            if html == "<\(tag)>" { tags[tag, default: 0] += 1 }
                            if html == "</\(tag)>" { tags[tag, default: 0] -= 1 }
                        }
                        continue
                    }
                    if let dropping, tags[dropping, default: 0] > 0 { continue }
                    tags["ins"] = nil
                    tags["del"] = nil
                    var marks = Set(span.marks.compactMap { mark -> String? in
                        switch mark {
                        case .emphasis: "em"
                        case .strong: "strong"
                        case .strikethrough: "s"
                        case .link(let destination, let title): "a \(destination) \(title)"
                        // As raw tags are read above: the text's own <b> is not formatting compared here.
                        case .element(let element): ["strong", "em", "s"].contains(element.name) ? element.name : nil
                        }
                    })
                    for (tag, depth) in tags where depth > 0 { marks.insert(tag) }
                    if case .code = span.content { marks.insert("code") }
                    let label = marks.sorted().joined(separator: "+")
                    for character in span.plainText {
                        // White space is compared as a reader sees it: a run of it is one space.
                        let shown = character.isWhitespace ? " " + label : "\(character)\(label)"
                        if character.isWhitespace, characters.last == shown { continue }
                        characters.append(shown)
                    }
                }
                // A deleted footnote whose label lives on is written as a paragraph naming it.
                if case .paragraph = block.kind, characters.starts(with: ["[", "^"]),
                   let end = characters.indices.first(where: { characters[$0...].starts(with: ["]", ":", " "]) }) {
                    characters.removeFirst(end + 3)
                }
                return characters
            }
        }
        return dropping == nil ? styled : styled.filter { $0.contains { !$0.isEmpty } }
    }

    @Test func anUnchangedRandomDocumentReadsBackInTheSameFormatting() {
        var source = Source(generator: SeededGenerator(seed: 7))
        for round in 0..<1000 {
            let text = source.document()
            let original = MarkdownRenderer.render(MarkdownSource(text: text, path: "a.md"), options: MarkdownOptions()).document
            let written = MarkdownRedline().render(Redline(old: original.blocks, new: original.blocks))
            let back = MarkdownRenderer.render(MarkdownSource(text: written, path: "b.md"),
                                               options: MarkdownOptions(html: .trusted)).document.blocks
            #expect(styled(back) == styled(original.blocks), "round \(round)\n\(text)\n--- written:\n\(written)")
            #expect(back.map(\.kind).map(kindName) == original.blocks.map(\.kind).map(kindName), "round \(round)\n\(written)")
        }
    }

    @Test func acceptingOrRejectingEveryChangeOfARandomRedlineGivesEitherVersion() {
        var source = Source(generator: SeededGenerator(seed: 11))
        let options = MarkdownOptions()
        for round in 0..<1000 {
            let oldText = source.document()
            var newText = oldText
            for _ in 0..<(1 + source.roll(3)) {
                let (from, to) = [("data", "files"), ("we", "they"), (" keep", " **keep**"), ("x", "x,"), ("2024", "*2025*"),
                                  ("naïve", "naïve data"), ("e-mail", "email"), (".", "")][source.roll(8)]
                if let range = newText.range(of: from) { newText.replaceSubrange(range, with: to) }
            }
            if source.roll(3) == 0 { newText += "\nA new paragraph, **bold**.\n" }
            let old = MarkdownRenderer.render(MarkdownSource(text: oldText, path: "a.md"), options: options).document.blocks
            let new = MarkdownRenderer.render(MarkdownSource(text: newText, path: "b.md"), options: options).document.blocks
            let written = MarkdownRedline().render(Redline(old: old, new: new))
            let back = MarkdownRenderer.render(MarkdownSource(text: written, path: "c.md"),
                                               options: MarkdownOptions(html: .trusted)).document.blocks
            #expect(styled(back, dropping: "del") == styled(new, dropping: "del"), "round \(round)\n\(written)")
            #expect(styled(back, dropping: "ins") == styled(old, dropping: "ins"), "round \(round)\n\(written)")
        }
    }

    private func kindName(_ kind: DocumentBlock.Kind) -> String {
        switch kind {
        case .heading(let level, _): "h\(level)"
        default: "\(kind)"
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = self[...]
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    /// A line for a table cell: its pipes escaped, as a cell's must be.
    fileprivate var replacingPipes: String {
        var result = ""
        var previous: Character?
        for character in self {
            result += character == "|" && previous != "\\" ? "\\|" : String(character)
            previous = character
        }
        return result
    }
}
