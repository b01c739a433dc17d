import Diagnostics

/// PG202: text a template left unfilled: `[10]`, `[Company Name]`, `[•]`, `[email protected]`
/// (what Cloudflare shows for an address it hid), the editors' markers of `editorsMarkers`, a
/// run of capital X, lorem ipsum, and the Japanese blanks ○○ and 〇〇.
///
/// Precision first: only brackets that cmark left as text count (links, footnotes and task
/// boxes never reach here); a bracketed number that both starts a note and is cited elsewhere
/// in the text is a note reference; brackets touching a word (`[T]he`, `employee[s]`) are
/// editorial alterations, and `[sic]`, `[…]`, `[Reserved]` are editorial too.
enum PlaceholderCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.placeholder: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        // Each block's brackets are found once, for the notes and for the placeholders.
        let blocks = text.blockTexts.map { index, block in (index: index, text: block, brackets: brackets(in: block)) }
        let notes = noteNumbers(in: blocks.map { ($0.text, $0.brackets) })
        var found: [Diagnostic] = []
        for (index, block, brackets) in blocks {
            for placeholder in placeholders(in: block, brackets: brackets, notes: notes) {
                let location = text.location(of: placeholder.needle, at: placeholder.offset, in: block, block: index,
                                             wholeWord: placeholder.isWord)
                found.append(.warning(.placeholder, at: location, placeholder.message, hint: placeholder.hint))
            }
        }
        return found
    }

    private struct Placeholder {
        var offset: Int
        var shown: String
        var kind: PlaceholderKind
        /// Words are located as whole words, so that a marker is not found inside a longer word.
        var isWord = false

        /// What is searched for in the file: the placeholder up to its first space, since the
        /// file may break the line or write `&#160;` there.
        var needle: String {
            String(shown.unicodeScalars.prefix { !$0.properties.isWhitespace }.map(Character.init))
        }

        var message: String {
            switch kind {
            case .hiddenAddress: "'\(shown)' stands where an e-mail address belongs"
            case .marker: "'\(shown)' marks unfinished text"
            case .filler: "'\(shown)' is filler text"
            case .number, .words, .blank: "unfilled placeholder '\(shown)'"
            }
        }

        var hint: String {
            switch kind {
            case .number:
                "write the value; if it cites a note, start the note with '\(shown)'"
            case .words, .blank:
                "write what it stands for, or a variable such as {{ company.name }} defined in policygen.yaml"
            case .hiddenAddress:
                "Cloudflare writes this over addresses it hides in pages; write the address, or a variable"
            case .marker:
                "finish the text and delete the marker"
            case .filler:
                "replace the filler with the real text"
            }
        }
    }

    private static func placeholders(in block: BlockText, brackets: [(range: Range<Int>, content: String)],
                                     notes: Set<String>) -> [Placeholder] {
        var found: [Placeholder] = []
        for bracket in brackets {
            guard let kind = BracketContent.kind(of: bracket.content,
                                                 atLineStart: block.isLineStart(bracket.range.lowerBound),
                                                 touchesWord: touchesWord(bracket.range, in: block)) else { continue }
            if kind == .number, notes.contains(BracketContent.noteLabel(of: bracket.content)) { continue }
            found.append(Placeholder(offset: bracket.range.lowerBound, shown: block.string(bracket.range), kind: kind))
        }
        found += markers(in: block)
        found += blanks(in: block)
        return found.sorted { $0.offset < $1.offset }
    }

    /// `[…]` left as text in one line of the block, with what is between the brackets.
    static func brackets(in block: BlockText) -> [(range: Range<Int>, content: String)] {
        var found: [(Range<Int>, String)] = []
        var index = 0
        while index < block.count {
            defer { index += 1 }
            guard block.scalars[index] == "[" || block.scalars[index] == "［", !block.isHidden[index] else { continue }
            var end = index + 1
            let stops = "[]［］\n\u{1F}".unicodeScalars
            while end < block.count, end - index <= 80, !stops.contains(block.scalars[end]) {
                end += 1
            }
            guard end < block.count, block.scalars[end] == "]" || block.scalars[end] == "］" else { continue }
            let range = index..<end + 1
            // `[text](` is link syntax cmark refused (a space in the target): not a placeholder.
            let isFailedLink = range.upperBound < block.count && block.scalars[range.upperBound] == "("
            if !block.isHidden(range) && !isFailedLink {
                found.append((range, block.string(index + 1..<end)))
            }
            index = end
        }
        return found
    }

    private static func touchesWord(_ range: Range<Int>, in block: BlockText) -> Bool {
        let before = range.lowerBound > 0 ? block.scalars[range.lowerBound - 1] : nil
        let after = range.upperBound < block.count ? block.scalars[range.upperBound] : nil
        return [before, after].contains { $0?.properties.isAlphabetic ?? false }
    }

    /// Bracketed numbers that are note references: written at the start of a line or cell
    /// (the note) and elsewhere too (where it is cited).
    private static func noteNumbers(in blocks: [(text: BlockText, brackets: [(range: Range<Int>, content: String)])])
        -> Set<String> {
        var starting: Set<String> = []
        var cited: Set<String> = []
        for (block, brackets) in blocks {
            for bracket in brackets where BracketContent.isNumber(bracket.content) {
                let number = BracketContent.noteLabel(of: bracket.content)
                if block.isLineStart(bracket.range.lowerBound) { starting.insert(number) } else { cited.insert(number) }
            }
        }
        return starting.intersection(cited)
    }

    /// Words an editor leaves for "still to write", in capitals as they are written.
    static let editorsMarkers: Set<String> = ["TODO", "TBD", "FIXME"]

    /// The editors' markers, runs of three or more capital X, and lorem ipsum, as words.
    private static func markers(in block: BlockText) -> [Placeholder] {
        var found: [Placeholder] = []
        var previousWord = ""
        var index = 0
        while index < block.count {
            guard BlockText.isLatinWordPart(block.scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < block.count, BlockText.isLatinWordPart(block.scalars[end]) { end += 1 }
            // Only a word that may be a marker (all capitals, or a run of X) or "lorem" becomes a
            // String, and the word before a run of X (a Roman thirty after "Article"): most words
            // of a policy are neither. Only a word of five letters lowercases to "lorem".
            let first = block.scalars[index]
            let mayBeLorem = (first == "l" || first == "L") && end - index == "lorem".unicodeScalars.count
            let mayMatter = mayBeLorem || first == "X"
                || block.scalars[index..<end].allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
            var next = end
            while next < block.count, block.scalars[next] == " " || block.scalars[next] == "\n" { next += 1 }
            let nextMayMatter = next < block.count && block.scalars[next] == "X"
            guard mayMatter || nextMayMatter else {
                previousWord = ""
                index = end
                continue
            }
            let word = block.string(index..<end)
            defer {
                previousWord = word
                index = end
            }
            guard !block.isHidden(index..<end) else { continue }
            if editorsMarkers.contains(word) || isXRun(word, after: previousWord) {
                found.append(Placeholder(offset: index, shown: word, kind: .marker, isWord: true))
            } else if word.lowercased() == "lorem", nextWord(after: end, in: block)?.lowercased() == "ipsum" {
                found.append(Placeholder(offset: index, shown: word + " ipsum", kind: .filler, isWord: true))
            }
        }
        return found
    }

    /// Three or more capital X, but not three after "Article" and the like: a Roman thirty.
    private static func isXRun(_ word: String, after previousWord: String) -> Bool {
        guard word.count >= 3, word.allSatisfy({ $0 == "X" }) else { return false }
        let numbered = ["article", "chapter", "title", "part", "section", "schedule", "annex", "appendix", "book",
                        "volume", "rule", "clause"]
        return !(word.count == 3 && numbered.contains(previousWord.lowercased()))
    }

    private static func nextWord(after offset: Int, in block: BlockText) -> String? {
        var start = offset
        while start < block.count, block.scalars[start].properties.isWhitespace { start += 1 }
        guard start > offset else { return nil }
        var end = start
        while end < block.count, BlockText.isLatinWordPart(block.scalars[end]) { end += 1 }
        return end > start ? block.string(start..<end) : nil
    }

    private static let kanjiNumerals = Set("一二三四五六七八九十百千万".unicodeScalars)

    /// ○○, ◯◯ and 〇〇, which Japanese templates leave for a name or a number; 〇 beside a
    /// kanji numeral is a zero (二〇〇五年).
    private static func blanks(in block: BlockText) -> [Placeholder] {
        var found: [Placeholder] = []
        var index = 0
        while index < block.count {
            let scalar = block.scalars[index]
            // Compared one by one: searching a string's scalars for each scalar of every text was slow.
            guard scalar == "○" || scalar == "◯" || scalar == "〇" else {
                index += 1
                continue
            }
            var end = index
            while end < block.count, block.scalars[end] == scalar { end += 1 }
            let besideNumeral = scalar == "〇" && [index - 1, end].contains {
                block.scalars.indices.contains($0)
                    && (kanjiNumerals.contains(block.scalars[$0]) || block.scalars[$0].properties.numericType != nil)
            }
            if end - index >= 2, !besideNumeral, !block.isHidden(index..<end) {
                found.append(Placeholder(offset: index, shown: block.string(index..<end), kind: .blank))
            }
            index = end
        }
        return found
    }
}
