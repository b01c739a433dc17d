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

    private static func hasCue(before start: Int, in block: BlockText) -> Bool {
        var from = start
        while from > 0, start - from < 40, block.scalars[from - 1] != "\n", block.scalars[from - 1] != BlockText.fieldSeparator {
            from -= 1
        }
        let before = block.string(from..<start).lowercased()
        let words = before.split { !$0.isLetter && $0 != "." }.suffix(4).map { $0.trimmingCharacters(".") }
        let joined = words.joined(separator: " ")
        return cuesBefore.contains { cue in
            cue.unicodeScalars.allSatisfy { $0.isASCII } ? words.contains(cue) || joined.hasSuffix(cue) : before.contains(cue)
        }
    }

    private static func hasCue(after end: Int, in block: BlockText) -> Bool {
        var to = end
        while to < block.count, to - end < 12, block.scalars[to] != "\n" { to += 1 }
        return block.string(end..<to).lowercased().split { !$0.isLetter }.first == "format"
    }
}

private extension StringProtocol {
    func trimmingCharacters(_ characters: String) -> String {
        String(drop(while: characters.contains).reversed().drop(while: characters.contains).reversed())
    }
}
