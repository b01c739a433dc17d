import Diff
import Outline

/// Random documents and random edits of them, from a seed.
struct RandomDocuments {
    private var generator: SeededGenerator

    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    private static let words = [
        "we", "collect", "your", "data", "email", "name", "keep", "delete", "share", "never", "partners", "law",
        "個人情報", "を", "提供", "しません", "第三者", "に", "ข้อมูล", "ของ", "คุณ", "Daten", "données", "naïve",
        "2024", "e-mail", "don't", "👍🏽",
    ]
    private static let punctuation = [",", ".", ";", "、", "。", "!", "(", ")", "—"]
    private static let spaces = [" ", " ", " ", "  ", "\n", "\t"]
    private static let markSets: [[InlineMark]] = [
        [], [], [], [.strong], [.emphasis], [.emphasis, .strong], [.strikethrough],
        [.link(destination: "https://example.org/a", title: "")], [.link(destination: "/b", title: "B")],
        [.strong, .link(destination: "https://example.org/c", title: "")],
    ]

    private mutating func pick<T>(_ values: [T]) -> T {
        values.randomElement(using: &generator)!
    }

    private mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &generator) < percent
    }

    mutating func text(words count: Int) -> String {
        var text = ""
        for index in 0..<count {
            if index > 0 { text += chance(85) ? pick(Self.spaces) : "" }
            text += pick(Self.words)
            if chance(15) { text += pick(Self.punctuation) }
        }
        return text
    }

    mutating func spans() -> [InlineSpan] {
        var spans: [InlineSpan] = []
        for _ in 0..<Int.random(in: 0...5, using: &generator) {
            let marks = pick(Self.markSets)
            switch Int.random(in: 0..<100, using: &generator) {
            case 0..<70: spans.append(InlineSpan(.text(text(words: Int.random(in: 1...12, using: &generator))), marks: marks))
            case 70..<78: spans.append(InlineSpan(.code(text(words: Int.random(in: 1...3, using: &generator))), marks: marks))
            case 78..<86: spans.append(InlineSpan(.softBreak, marks: marks))
            case 86..<90: spans.append(InlineSpan(.hardBreak))
            case 90..<94: spans.append(InlineSpan(.image(InlineImage(source: "a.png", title: "", alt: pick(Self.words)))))
            case 94..<97: spans.append(InlineSpan(.footnoteReference(label: pick(["1", "note"]))))
            default: spans.append(InlineSpan(.html("<b>")))
            }
        }
        return spans
    }

    mutating func block() -> DocumentBlock {
        let containers: [BlockContainer] = pick([[], [], [.blockQuote], [.list(ListStyle(numbering: .bullet, isTight: true))]])
        switch Int.random(in: 0..<100, using: &generator) {
        case 0..<45:
            return DocumentBlock(kind: .paragraph, containers: containers, fields: [spans()])
        case 45..<55:
            let words = text(words: Int.random(in: 1...4, using: &generator))
            return DocumentBlock(kind: .heading(level: Int.random(in: 1...3, using: &generator), id: "h-\(words.count)"),
                                 fields: [[InlineSpan(.text(words))]])
        case 55..<70:
            return DocumentBlock(kind: .listItem(task: pick([nil, .checked, .unchecked])),
                                 containers: [.list(ListStyle(numbering: .ordered(start: 1), isTight: false))], fields: [spans()])
        case 70..<85:
            let columns = Int.random(in: 1...3, using: &generator)
            var cells: [[InlineSpan]] = []
            for _ in 0..<columns { cells.append(spans()) }
            return DocumentBlock(kind: .tableRow(isHeader: chance(20), alignments: Array(repeating: .none, count: columns)), fields: cells)
        case 85..<92:
            return DocumentBlock(kind: .codeBlock(info: pick(["", "swift"])), fields: [[InlineSpan(.text(text(words: 6) + "\n"))]])
        case 92..<96:
            return DocumentBlock(kind: .thematicBreak, fields: [])
        default:
            return DocumentBlock(kind: .htmlBlock(pick(["<div>a</div>\n", "<hr>\n"])), fields: [])
        }
    }

    mutating func document() -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        for _ in 0..<Int.random(in: 0...24, using: &generator) { blocks.append(block()) }
        return blocks
    }

    /// `document` with a few edits: blocks deleted, inserted, moved, duplicated; words and
    /// formatting changed inside blocks, white space reflowed.
    mutating func edited(_ document: [DocumentBlock]) -> [DocumentBlock] {
        var blocks = document
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            switch Int.random(in: 0..<100, using: &generator) {
            case 0..<12 where !blocks.isEmpty:
                blocks.remove(at: Int.random(in: 0..<blocks.count, using: &generator))
            case 12..<24:
                blocks.insert(block(), at: Int.random(in: 0...blocks.count, using: &generator))
            case 24..<34 where !blocks.isEmpty:
                let moving = blocks.remove(at: Int.random(in: 0..<blocks.count, using: &generator))
                blocks.insert(moving, at: Int.random(in: 0...blocks.count, using: &generator))
            case 34..<38 where !blocks.isEmpty:
                blocks.insert(pick(blocks), at: Int.random(in: 0...blocks.count, using: &generator))
            case 38..<50 where !blocks.isEmpty:
                let index = Int.random(in: 0..<blocks.count, using: &generator)
                blocks[index] = reformed(blocks[index])
            default:
                guard !blocks.isEmpty else { break }
                let index = Int.random(in: 0..<blocks.count, using: &generator)
                blocks[index] = edit(blocks[index])
            }
        }
        return blocks
    }

    /// The block in another form, its words kept: a heading's level, a list's kind, an item
    /// made a paragraph or the reverse, a table row with a cell added or removed.
    private mutating func reformed(_ block: DocumentBlock) -> DocumentBlock {
        var block = block
        switch block.kind {
        case .heading(let level, let id):
            block.kind = .heading(level: level % 6 + 1, id: id)
        case .listItem:
            if chance(50) {
                block.kind = .paragraph
                block.containers = []
            } else {
                let ordered = block.containers.last.map { if case .list(let style) = $0 { style.isOrdered } else { false } } ?? false
                block.containers = [.list(ListStyle(numbering: ordered ? .bullet : .ordered(start: 1), isTight: chance(50)))]
            }
        case .paragraph:
            block.kind = .listItem(task: nil)
            block.containers = [.list(ListStyle(numbering: pick([.bullet, .ordered(start: 1)]), isTight: chance(50)))]
        case .tableRow(let isHeader, var alignments):
            let column = Int.random(in: 0...block.fields.count, using: &generator)
            if chance(50) || block.fields.count < 2 {
                block.fields.insert(spans(), at: column)
                alignments.insert(.none, at: min(column, alignments.count))
            } else {
                block.fields.remove(at: min(column, block.fields.count - 1))
                alignments.remove(at: min(column, alignments.count - 1))
            }
            block.kind = .tableRow(isHeader: isHeader, alignments: alignments)
        default:
            break
        }
        return block
    }

    private mutating func edit(_ block: DocumentBlock) -> DocumentBlock {
        var block = block
        guard !block.fields.isEmpty else { return block }
        let field = Int.random(in: 0..<block.fields.count, using: &generator)
        var spans = block.fields[field]
        guard !spans.isEmpty else {
            block.fields[field] = self.spans()
            return block
        }
        let index = Int.random(in: 0..<spans.count, using: &generator)
        switch Int.random(in: 0..<100, using: &generator) {
        case 0..<50:
            // A word or two changed, added or removed inside a text span.
            if case .text(let text) = spans[index].content {
                var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                let position = Int.random(in: 0..<words.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: words[position] = pick(Self.words)
                case 1: words.insert(self.text(words: Int.random(in: 1...3, using: &generator)), at: position)
                default: if words.count > 1 { words.remove(at: position) }
                }
                spans[index].content = .text(words.joined(separator: " "))
            }
        case 50..<60:
            spans[index].marks = pick(Self.markSets)
        case 60..<65:
            // Text put into code, or code made text again, its words kept.
            switch spans[index].content {
            case .text(let text): spans[index].content = .code(text)
            case .code(let text): spans[index].content = .text(text)
            default: spans[index].marks = pick(Self.markSets)
            }
        case 65..<75:
            // Reflowed: a space becomes a line break.
            if case .text(let text) = spans[index].content {
                spans[index].content = .text(text.replacingFirst(" ", with: "\n"))
            }
        case 75..<88:
            spans.remove(at: index)
        default:
            spans.insert(contentsOf: self.spans(), at: index)
        }
        block.fields[field] = spans
        return block
    }
}

extension String {
    func replacingFirst(_ target: Character, with replacement: Character) -> String {
        guard let index = firstIndex(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(index...index, with: String(replacement))
        return copy
    }
}
