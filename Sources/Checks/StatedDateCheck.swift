import Content
import Diagnostics
import Outline

/// PG216: a date the text states for itself ("Effective date: November 16, 2020", "Last
/// updated: 3 March 2023", "最終更新日：2023年3月3日", in every language `policygen import`
/// reads dates in) that disagrees with its `effective`:
/// - a stated effective date that is another day;
/// - a stated update after the text took effect;
/// - a stated update before the previous version took effect, in a text that differs from
///   that version's (the statement was not updated with the text).
///
/// Only a line that states the date and little else counts, at the top of the text (its first
/// five blocks) or else at its foot (a paragraph or heading among its last three blocks):
/// that is where a page says when it took effect. A date in a sentence ("the rules effective
/// 1 January 2020 for California") or in a list of earlier versions is not the text's own.
enum StatedDateCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.statedDateDiffers: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        let blocks = text.blockTexts
        // Loops rather than lazy sequences: each lazy type is generic metadata made at run time.
        var found: Statement?
        for block in blocks.prefix(5) {
            found = statement(in: block.text, block: block.index)
            if found != nil { break }
        }
        if found == nil {
            for block in blocks.suffix(3).reversed() where isParagraphOrHeading(text.document.blocks[block.index].kind) {
                found = statement(in: block.text, block: block.index)
                if found != nil { break }
            }
        }
        guard let found, let message = disagreement(found.date, text: text) else { return [] }
        return [.warning(.statedDateDiffers, at: text.location(at: found.offset, in: found.block, block: found.index), message,
                         hint: "correct the date where it is wrong: the stated one, or effective in the front-matter "
                             + "(a text in effect cannot change: publish a new version)")]
    }

    private static func isParagraphOrHeading(_ kind: DocumentBlock.Kind) -> Bool {
        switch kind {
        case .paragraph, .heading: true
        default: false
        }
    }

    /// The first line or cell of the block that states a date and little else, among its first
    /// eight: a statement opens its block.
    private struct Statement {
        let date: StatedDate
        let offset: Int
        let block: BlockText
        let index: Int
    }

    private static func statement(in block: BlockText, block index: Int) -> Statement? {
        var start = 0
        var lines = 0
        while start < block.count, lines < 8 {
            lines += 1
            var end = start
            var digits = 0
            var hasYear = false
            var previous: Unicode.Scalar = "\n"
            while end < block.count, block.scalars[end] != "\n", block.scalars[end] != BlockText.fieldSeparator {
                let scalar = block.scalars[end]
                end += 1
                // A line too long to state a date alone is passed over unread.
                guard end - start <= 120 else { continue }
                digits = isDecimalDigit(scalar) ? digits + 1 : 0
                if digits == 4 || (scalar == "和" && previous == "令") || (scalar == "成" && previous == "平") { hasYear = true }
                // Only scalars the fold keeps part the era's two: a mark between them (`令\u{301}和`)
                // goes, and they then meet.
                if scalar.isASCII || (scalar.value >= 0x3400 && scalar.value <= 0x9FFF) { previous = scalar }
            }
            // A date has a year of four digits (or an era's name, 令和 or 平成: a Japanese text
            // writes 法令 on every other line), and a line that states one alone is short: most
            // lines are not read at all.
            if hasYear, end - start <= 120, !block.isHidden(start..<end),
               let stated = StatedDate.find(in: block.string(start..<end)), stated.standsAlone {
                var first = start
                while first < end, block.scalars[first].properties.isWhitespace { first += 1 }
                return Statement(date: stated, offset: first, block: block, index: index)
            }
            start = end + 1
        }
        return nil
    }

    /// Whether `scalar` is a decimal digit (general category Nd), told without the property
    /// for ASCII and for the CJK, kana and Hangul blocks (U+2E80 to U+9FFF and U+AC00 to
    /// U+D7FF), which hold none: a Japanese line is mostly those.
    @inline(__always)
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        if (value >= 0x2E80 && value <= 0x9FFF) || (value >= 0xAC00 && value <= 0xD7FF) { return false }
        return scalar.isDecimalNumericType
    }

    private static func disagreement(_ stated: StatedDate, text: CheckedText) -> String? {
        let effective = text.translation.frontMatter.effective
        switch stated.kind {
        case .effective where stated.date != effective:
            return "the text states it takes effect on \(stated.date) ('\(stated.statement)'), but its effective date is \(effective)"
        case .updated where stated.date > effective:
            return "the text states it was last updated on \(stated.date) ('\(stated.statement)'), after it took effect on \(effective)"
        case .updated:
            guard let previous = text.previous, text.sameBlocksAsPrevious == false, stated.date < previous.effective else {
                return nil
            }
            return "the text states it was last updated on \(stated.date) ('\(stated.statement)'), before the previous "
                + "version \(previous.id) took effect on \(previous.effective), yet it differs from that version's text"
        default:
            return nil
        }
    }
}
