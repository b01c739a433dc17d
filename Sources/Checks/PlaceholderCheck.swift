import Diagnostics

/// PG202: text a template left unfilled: `[10]`, `[Company Name]`, `[•]`, `[email protected]`
/// (what Cloudflare shows for an address it hid), the editors' markers of `editorsMarkers`, a
/// run of capital X, lorem ipsum, and the Japanese blanks ○○ and 〇〇.
///
/// Precision first: only brackets that cmark left as text count (links, footnotes and task
/// boxes never reach here); bracketed numbers that cite notes are left alone (`NoteNumbers`);
/// brackets touching a word (`[T]he`, `employee[s]`) are editorial alterations, and `[sic]`,
/// `[…]`, `[Reserved]` are editorial too; a run of X or of ○ that shows the form of a value
/// (`in the format (XXX) XXX-XXXX`, `「〇〇年〇〇月」`) is an example, not a blank (`FormatExample`).
enum PlaceholderCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.placeholder: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        // Each block's brackets are found once, for the notes and for the placeholders.
        let blocks = text.blockTexts.map { index, block in BracketedBlock(index: index, text: block, brackets: brackets(in: block)) }
        let notes = NoteNumbers(blocks)
        var found: [Diagnostic] = []
        for block in blocks {
            let (index, block, brackets) = (block.index, block.text, block.brackets)
            for placeholder in placeholders(in: block, brackets: brackets, notes: notes) {
                // Where, asked of `text` itself at most once: a closure capturing it copied the whole
                // CheckedText (a score of references) for every finding, those past the cap too.
                guard text.findingCap.admits(.placeholder, .warning,
                                             at: text.location(at: placeholder.offset, in: block, block: index)) else { continue }
                found.append(.warning(.placeholder, at: text.location(at: placeholder.offset, in: block, block: index),
                                      placeholder.message, hint: placeholder.hint))
            }
        }
        return found
    }

    private struct Placeholder {
        var offset: Int
        var shown: String
        var kind: PlaceholderKind

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

    private static func placeholders(in block: BlockText, brackets: [BracketedText],
                                     notes: NoteNumbers) -> [Placeholder] {
        var found: [Placeholder] = []
        for bracket in brackets {
            guard let kind = BracketContent.kind(of: bracket.content,
                                                 atLineStart: block.isLineStart(bracket.range.lowerBound),
                                                 touchesWord: touchesWord(bracket.range, in: block)) else { continue }
            if kind == .number, notes.cites(BracketContent.noteLabel(of: bracket.content)) { continue }
            found.append(Placeholder(offset: bracket.range.lowerBound, shown: block.string(bracket.range), kind: kind))
        }
        found += markers(in: block)
        found += blanks(in: block)
        return found.sorted { $0.offset < $1.offset }
    }

    /// `[…]` left as text in one line of the block, with what is between the brackets.
    static func brackets(in block: BlockText) -> [BracketedText] {
        guard block.features.contains(.bracket) else { return [] }
        var found: [BracketedText] = []
        var index = 0
        while index < block.count {
            defer { index += 1 }
            guard block.scalars[index] == "[" || block.scalars[index] == "［", !block.isHidden[index] else { continue }
            var end = index + 1
            while end < block.count, end - index <= 80 {
                // A switch: looking each scalar up in a string's scalars decoded the string each time.
                switch block.scalars[end] {
                case "[", "]", "［", "］", "\n", BlockText.fieldSeparator: break
                default:
                    end += 1
                    continue
                }
                break
            }
            guard end < block.count, block.scalars[end] == "]" || block.scalars[end] == "］" else { continue }
            let range = index..<end + 1
            // `[text](` is link syntax cmark refused (a space in the target): not a placeholder.
            let isFailedLink = range.upperBound < block.count && block.scalars[range.upperBound] == "("
            if !block.isHidden(range) && !isFailedLink {
                found.append(BracketedText(range: range, content: block.string(index + 1..<end)))
            }
            index = end
        }
        return found
    }

    private static func touchesWord(_ range: Range<Int>, in block: BlockText) -> Bool {
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
        }
        return (range.lowerBound > 0 && isLetter(block.scalars[range.lowerBound - 1]))
            || (range.upperBound < block.count && isLetter(block.scalars[range.upperBound]))
    }

    /// Words an editor leaves for "still to write", in capitals as they are written.
    static let editorsMarkers: Set<String> = ["TODO", "TBD", "FIXME"]

    /// The editors' markers, runs of three or more capital X, and lorem ipsum, as words.
    private static func markers(in block: BlockText) -> [Placeholder] {
        guard block.features.contains(.markerStart) else { return [] }
        var found: [Placeholder] = []
        // Every marker and "lorem" starts with T, F, X, l or L: other scalars are passed over
        // with a comparison or two, and only such a word's start is looked at further.
        let starts: [Range<Int>] = block.scalars.withUnsafeBufferPointer { scalars in
            var starts: [Range<Int>] = []
            var index = 0
            while index < scalars.count {
                let value = scalars[index].value
                guard value == 0x54 || value == 0x46 || value == 0x58 || value == 0x6C || value == 0x4C,
                      index == 0 || !BlockText.isLatinWordPart(scalars[index - 1]) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < scalars.count, BlockText.isLatinWordPart(scalars[end]) { end += 1 }
                // Markers are written in capitals, a run of X is all X, and "lorem" is five letters.
                let second = end - index >= 3 ? scalars[index + 1].value : 0
                let mayBe = switch value {
                case 0x58: second == 0x58
                case 0x54, 0x46: second >= 0x41 && second <= 0x5A && end - index <= 5
                default: (second == 0x6F || second == 0x4F) && end - index == 5
                }
                if mayBe { starts.append(index..<end) }
                index = end
            }
            return starts
        }
        for word in starts {
            let index = word.lowerBound, end = word.upperBound
            guard !block.isHidden(index..<end) else { continue }
            let word = block.string(index..<end)
            if editorsMarkers.contains(word)
                || (isXRun(word, after: previousWord(before: index, in: block)) && !FormatExample.isExample(index..<end, in: block)) {
                found.append(Placeholder(offset: index, shown: word, kind: .marker))
            } else if word.lowercased() == "lorem", nextWord(after: end, in: block)?.lowercased() == "ipsum" {
                found.append(Placeholder(offset: index, shown: word + " ipsum", kind: .filler))
            }
        }
        return found
    }

    /// The word right before `offset`, spaces and line breaks between; empty when something else stands there.
    private static func previousWord(before offset: Int, in block: BlockText) -> String {
        var end = offset
        while end > 0, block.scalars[end - 1] == " " || block.scalars[end - 1] == "\n" { end -= 1 }
        var start = end
        while start > 0, BlockText.isLatinWordPart(block.scalars[start - 1]) { start -= 1 }
        return block.string(start..<end)
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
        guard block.features.contains(.circle) else { return [] }
        var found: [Placeholder] = []
        var index = 0
        while index < block.count {
            let scalar = block.scalars[index]
            // Compared one by one: searching a string's scalars for each scalar of every text was slow.
            guard scalar.value >= 0x25CB, scalar == "○" || scalar == "◯" || scalar == "〇" else {
                index += 1
                continue
            }
            var end = index
            while end < block.count, block.scalars[end] == scalar { end += 1 }
            let besideNumeral = scalar == "〇" && [index - 1, end].contains {
                block.scalars.indices.contains($0)
                    && (kanjiNumerals.contains(block.scalars[$0]) || block.scalars[$0].hasNumericType)
            }
            if end - index >= 2, !besideNumeral, !block.isHidden(index..<end),
               !FormatExample.isExample(index..<end, in: block) {
                found.append(Placeholder(offset: index, shown: block.string(index..<end), kind: .blank))
            }
            index = end
        }
        return found
    }
}
