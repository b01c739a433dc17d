/// A run of X or of ○ that shows the form a value is written in rather than a value left
/// blank: quoted (`"XXX-XX-XXXX"`, `「〇〇年〇〇月〇〇日」`), or announced as an example or a
/// format (`in the format (XXX) XXX-XXXX`, `e.g. XXXX`, `例：〇〇株式会社`). The run is taken
/// with what it is written with (other runs, digits, `( ) - . /`, 年 月 日), so that
/// `(XXX) XXX-XXXX` is one example. Without a quote or a word announcing it, `Call XXX-XXXX`
/// is still a blank.
enum FormatExample {
    static func isExample(_ run: Range<Int>, in block: BlockText) -> Bool {
        let extent = self.extent(of: run, in: block)
        return isQuoted(extent, in: block) || hasCue(before: extent.lowerBound, in: block)
            || hasCue(after: extent.upperBound, in: block)
    }

    private static func isPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "X", "○", "◯", "〇", "0"..."9", "(", ")", "-", ".", "/", "+", ":", "年", "月", "日", "（", "）", "－": true
        default: false
        }
    }

    /// The run with the parts of the form around it (a space joins parts too), within a form's
    /// length of it: a long run of such parts is no form, and each run looks this far at most.
    private static func extent(of run: Range<Int>, in block: BlockText) -> Range<Int> {
        var start = run.lowerBound, end = run.upperBound
        while start > 0, run.lowerBound - start < 24 {
            if isPart(block.scalars[start - 1]) { start -= 1 }
            else if block.scalars[start - 1] == " ", start > 1, isPart(block.scalars[start - 2]) { start -= 2 }
            else { break }
        }
        while end < block.count, end - run.upperBound < 24 {
            if isPart(block.scalars[end]) { end += 1 }
            else if block.scalars[end] == " ", end + 1 < block.count, isPart(block.scalars[end + 1]) { end += 2 }
            else { break }
        }
        // Sentence punctuation at the end is not part of the form.
        while end > run.upperBound, ".:".unicodeScalars.contains(block.scalars[end - 1]) { end -= 1 }
        return start..<end
    }

    private static let opening = Set("\"“'‘«「『".unicodeScalars)
    private static let closing = Set("\"”'’»」』".unicodeScalars)

    private static func isQuoted(_ extent: Range<Int>, in block: BlockText) -> Bool {
        extent.lowerBound > 0 && extent.upperBound < block.count
            && opening.contains(block.scalars[extent.lowerBound - 1]) && closing.contains(block.scalars[extent.upperBound])
    }

    /// Words announcing an example or a format, in the few words before the form (on its line).
    private static let cuesBefore = ["format", "formats", "formatted", "e.g", "eg", "example", "examples", "such as",
                                     "like", "as in", "pattern", "i.e", "例", "形式", "書式", "フォーマット"]

    /// The 40 scalars at most before `start`, on its line or in its cell.
    static func lineBefore(_ start: Int, in block: BlockText) -> Range<Int> {
        let scalars = block.scalars
        var from = start
        while from > 0, start - from < 40, scalars[from - 1] != "\n", scalars[from - 1] != BlockText.fieldSeparator {
            from -= 1
        }
        return from..<start
    }

    /// The 12 scalars at most after `end`, on its line.
    static func lineAfter(_ end: Int, in block: BlockText) -> Range<Int> {
        let scalars = block.scalars
        var to = end
        while to < block.count, to - end < 12, scalars[to] != "\n" { to += 1 }
        return end..<to
    }

    /// The cues as scalars: ASCII ones are compared with words, the others looked for in the line.
    private static let cueScalars: [(scalars: [Unicode.Scalar], isASCII: Bool)] = cuesBefore.map { cue in
        (Array(cue.unicodeScalars), cue.unicodeScalars.allSatisfy(\.isASCII))
    }

    /// Whether a cue stands in the few words before `start` (on its line, 40 scalars at most):
    /// an ASCII cue as one of the last four words, or ending them (`such as`); another anywhere
    /// in those scalars. Read scalar by scalar when they are plain (`PlainScalars`), as nearly
    /// all are; else as Characters.
    static func hasCue(before start: Int, in block: BlockText) -> Bool {
        let scalars = block.scalars
        let from = lineBefore(start, in: block).lowerBound
        guard PlainScalars.arePlain(from..<start, in: scalars) else { return hasCueReadingCharacters(from..<start, in: block) }
        // Every ASCII cue holds an ASCII letter, which a plain scalar lowercases to only from
        // itself: before a Japanese blank (most often none) only the other cues are looked for.
        if !scalars[from..<start].contains(where: { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A }) {
            return cueScalars.contains { !$0.isASCII && holds($0.scalars, in: scalars[from..<start]) }
        }
        // The last four words (runs of letters and dots), lowercased, trimmed of dots and joined by spaces.
        var words: [Range<Int>] = []
        var end = start
        while words.count < 4, end > from {
            guard isWordPart(scalars[end - 1]) else {
                end -= 1
                continue
            }
            var first = end - 1
            while first > from, isWordPart(scalars[first - 1]) { first -= 1 }
            var low = first, high = end
            while low < high, scalars[low] == "." { low += 1 }
            while high > low, scalars[high - 1] == "." { high -= 1 }
            words.append(low..<high)
            end = first
        }
        var joined: [Unicode.Scalar] = []
        var wordsInJoined: [Range<Int>] = []
        for (number, word) in words.reversed().enumerated() {
            if number > 0 { joined.append(" ") }
            let at = joined.count
            for index in word { joined.append(PlainScalars.lowercased(scalars[index])) }
            wordsInJoined.append(at..<joined.count)
        }
        for cue in cueScalars {
            if cue.isASCII {
                if joined.count >= cue.scalars.count, joined[(joined.count - cue.scalars.count)...].elementsEqual(cue.scalars) {
                    return true
                }
                if wordsInJoined.contains(where: { joined[$0].elementsEqual(cue.scalars) }) { return true }
            } else if holds(cue.scalars, in: scalars[from..<start]) {
                return true
            }
        }
        return false
    }

    private static func holds(_ needle: [Unicode.Scalar], in scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.count >= needle.count else { return false }
        for start in scalars.startIndex...(scalars.endIndex - needle.count)
        where scalars[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// A letter (`Character.isLetter`) or a dot, of a plain scalar.
    @inline(__always)
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || PlainScalars.isLetter(scalar)
    }

    /// `hasCue(before:in:)` of the scalars `range`, read as Characters.
    static func hasCueReadingCharacters(_ range: Range<Int>, in block: BlockText) -> Bool {
        let before = block.string(range).lowercased()
        let words = before.split { !$0.isLetter && $0 != "." }.suffix(4).map { $0.trimmingCharacters(".") }
        let joined = words.joined(separator: " ")
        return cuesBefore.contains { cue in
            cue.unicodeScalars.allSatisfy { $0.isASCII } ? words.contains(cue) || joined.hasSuffix(cue) : before.contains(cue)
        }
    }

    /// Whether the first word in the few scalars after `end` (on its line) is "format".
    static func hasCue(after end: Int, in block: BlockText) -> Bool {
        let scalars = block.scalars
        let to = lineAfter(end, in: block).upperBound
        guard PlainScalars.arePlain(end..<to, in: scalars) else { return hasCueAfterReadingCharacters(end..<to, in: block) }
        var first = end
        while first < to, !PlainScalars.isLetter(scalars[first]) { first += 1 }
        var last = first
        while last < to, PlainScalars.isLetter(scalars[last]) { last += 1 }
        return scalars[first..<last].lazy.map(PlainScalars.lowercased).elementsEqual("format".unicodeScalars)
    }

    /// `hasCue(after:in:)` of the scalars `range`, read as Characters.
    static func hasCueAfterReadingCharacters(_ range: Range<Int>, in block: BlockText) -> Bool {
        block.string(range).lowercased().split { !$0.isLetter }.first == "format"
    }
}

private extension StringProtocol {
    func trimmingCharacters(_ characters: String) -> String {
        String(drop(while: characters.contains).reversed().drop(while: characters.contains).reversed())
    }
}
