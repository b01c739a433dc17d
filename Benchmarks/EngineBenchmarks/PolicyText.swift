/// Generated policy-like Markdown, and an edited copy, always the same for the same seed.
struct PolicyText {
    /// A block of the generated document, as words (some carrying Markdown: bold, links).
    enum Block {
        case heading(level: Int, words: [String])
        case paragraph([String])
        case list(ordered: Bool, items: [[String]])
        case table(rows: [[[String]]])
    }

    private static let vocabulary = """
        we collect use store share process retain delete personal data information about you when your account \
        service services provide improve protect secure secure law lawful basis consent contract legitimate interest \
        purpose purposes third parties processors partners vendors affiliates advertising analytics cookies device \
        identifiers address email name phone payment billing location usage logs records request requests rights \
        access rectify erase restrict object portability withdraw complaint authority supervisory transfer transfers \
        outside european economic area safeguards standard contractual clauses retention period periods necessary \
        comply obligations legal claims fraud prevention security incidents children under age notice changes \
        update updates effective date contact us questions controller officer protection privacy policy terms \
        the of and to in for with by from on as at or may will our this that which such any all other including
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    private var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// Sections of prose, lists and tables until the Markdown reaches `bytes`.
    mutating func document(bytes: Int) -> [Block] {
        var blocks: [Block] = [.heading(level: 1, words: ["Privacy", "Policy"])]
        var size = 0
        var section = 0
        while size < bytes {
            section += 1
            let heading = Block.heading(level: 2, words: ["\(section)."] + words(2...5).map(capitalised))
            blocks.append(heading)
            size += Self.markdown([heading]).utf8.count
            for _ in 0..<Int.random(in: 3...7, using: &generator) {
                let block: Block
                switch Int.random(in: 0..<100, using: &generator) {
                case 0..<62: block = .paragraph(paragraph())
                case 62..<77: block = .list(ordered: false, items: sentences(2...6))
                case 77..<86: block = .list(ordered: true, items: sentences(2...5))
                case 86..<95: block = .heading(level: 3, words: ["\(section).\(Int.random(in: 1...9, using: &generator))"] + words(2...4).map(capitalised))
                default:
                    var rows: [[[String]]] = []
                    for _ in 0..<Int.random(in: 3...8, using: &generator) { rows.append([words(1...2), words(2...6), words(1...3)]) }
                    block = .table(rows: rows)
                }
                blocks.append(block)
                size += Self.markdown([block]).utf8.count
            }
        }
        return blocks
    }

    /// A copy with about 5% of its tokens changed (counting a moved paragraph as deleted and
    /// inserted, as line and word diffs do): words replaced (1.5%), deleted (0.4%) and
    /// inserted (0.4%); and, per 300 blocks, a paragraph deleted, one inserted and one moved.
    mutating func edited(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            switch block {
            case .heading(let level, let words):
                result.append(.heading(level: level, words: edit(words)))
            case .paragraph(let words):
                result.append(.paragraph(edit(words)))
            case .list(let ordered, let items):
                var edited: [[String]] = []
                for item in items { edited.append(edit(item)) }
                result.append(.list(ordered: ordered, items: edited))
            case .table(let rows):
                var edited: [[[String]]] = []
                for row in rows {
                    var cells: [[String]] = []
                    for cell in row { cells.append(edit(cell)) }
                    edited.append(cells)
                }
                result.append(.table(rows: edited))
            }
        }
        for _ in 0..<max(1, blocks.count / 300) {
            let paragraphs = result.indices.filter { if case .paragraph = result[$0] { true } else { false } }
            guard paragraphs.count > 3 else { break }
            result.remove(at: paragraphs.randomElement(using: &generator)!)
            result.insert(.paragraph(paragraph()), at: Int.random(in: 1..<result.count, using: &generator))
            let movable = result.indices.filter { if case .paragraph = result[$0] { true } else { false } }
            let moving = result.remove(at: movable.randomElement(using: &generator)!)
            result.insert(moving, at: Int.random(in: 1..<result.count, using: &generator))
        }
        return result
    }

    /// The blocks as Markdown; with `oneParagraph`, all their words as a single paragraph.
    static func markdown(_ blocks: [Block], oneParagraph: Bool = false) -> String {
        if oneParagraph {
            return blocks.map { block -> String in
                switch block {
                case .heading(_, let words), .paragraph(let words): words.joined(separator: " ")
                case .list(_, let items): items.map { $0.joined(separator: " ") }.joined(separator: " ")
                case .table(let rows): rows.map { $0.map { $0.joined(separator: " ") }.joined(separator: " ") }.joined(separator: " ")
                }
            }.joined(separator: " ") + "\n"
        }
        var text = ""
        for block in blocks {
            switch block {
            case .heading(let level, let words):
                text += String(repeating: "#", count: level) + " " + words.joined(separator: " ") + "\n\n"
            case .paragraph(let words):
                text += words.joined(separator: " ") + "\n\n"
            case .list(let ordered, let items):
                for (number, item) in items.enumerated() {
                    text += (ordered ? "\(number + 1). " : "- ") + item.joined(separator: " ") + "\n"
                }
                text += "\n"
            case .table(let rows):
                text += "| Data | Purpose | Kept |\n|---|---|---|\n"
                for row in rows { text += "| " + row.map { $0.joined(separator: " ") }.joined(separator: " | ") + " |\n" }
                text += "\n"
            }
        }
        return text
    }

    private mutating func edit(_ words: [String]) -> [String] {
        var result: [String] = []
        for word in words {
            let roll = Int.random(in: 0..<1000, using: &generator)
            // Words carrying Markdown are left alone, so the edits never break the syntax.
            let plain = word.allSatisfy { $0.isLetter || $0.isNumber }
            if roll < 15 && plain {
                result.append(self.word())
            } else if roll < 19 && plain {
                continue
            } else {
                result.append(word)
                if roll < 23 { result.append(self.word()) }
            }
        }
        return result
    }

    private mutating func paragraph() -> [String] {
        sentences(2...6).flatMap { $0 }
    }

    private mutating func sentences(_ count: ClosedRange<Int>) -> [[String]] {
        var result: [[String]] = []
        for _ in 0..<Int.random(in: count, using: &generator) { result.append(sentence()) }
        return result
    }

    private mutating func sentence() -> [String] {
        var words = words(8...20)
        words[0] = capitalised(words[0])
        for index in words.indices.dropFirst() {
            switch Int.random(in: 0..<100, using: &generator) {
            case 0..<3: words[index] = "**\(words[index])**"
            case 3..<5: words[index] = "[\(words[index])](https://example.com/\(words[index]))"
            case 5..<10: words[index] += ","
            default: break
            }
        }
        words[words.count - 1] += "."
        return words
    }

    private mutating func words(_ count: ClosedRange<Int>) -> [String] {
        var result: [String] = []
        for _ in 0..<Int.random(in: count, using: &generator) { result.append(word()) }
        return result
    }

    private mutating func word() -> String {
        Self.vocabulary.randomElement(using: &generator)!
    }

    private func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
