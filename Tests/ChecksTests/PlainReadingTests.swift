@testable import Checks
import Foundation
import Markdown
import Testing

/// What the checks read scalar by scalar where a stretch is plain (`PlainScalars`) is what
/// reading it as Characters gives, on made-up lines of cue words, plain and other scalars
/// (decomposed letters, marks, Kelvin signs, capitals of every script).
@Suite struct PlainReadingTests {
    /// Pieces the made-up lines are built of: words the readers look for, in every case, and
    /// what could make a shortcut differ from the Characters it stands for.
    private static let pieces = [
        "format", "Format", "FORMAT", "formats", "formatted", "reformat", "e.g.", "E.G.", "eg", "leg", "example",
        "examples", "such", "as", "in", "like", "unlike", "pattern", "i.e.", "...", ".", " ", " ", " ", "  ", "\t",
        ",", ":", "(", ")", "-", "/", "X", "XXX", "XXX-XXXX", "〇〇", "○○", "◯", "0", "12", "例", "例：", "形式",
        "書式", "フォーマット", "フォーマ", "ト", "\u{3099}", "「", "」", "、", "。", "ＡＢＣ", "ａｂｃ", "Ⅻ", "café",
        "cafe\u{301}", "\u{301}", "\u{212A}", "İ", "ΣΑΣ", "Русский", "\u{A0}", "\u{3000}", "\u{2003}", "\u{85}",
        "“", "”", "«", "—", "…", "•", "\u{1F600}", "𝐀", "日本語", "カ\u{3099}", "ガ",
    ]

    /// Lines of `pieces`, or of its plain pieces alone.
    private static func blocks(count: Int, plainOnly: Bool = false, pieces length: ClosedRange<Int> = 1...14) -> [BlockText] {
        let pieces = plainOnly ? pieces.filter { $0.unicodeScalars.allSatisfy(PlainScalars.isPlain) } : pieces
        var random = SystemRandomNumberGenerator()
        var texts: [BlockText] = []
        for _ in 0..<count {
            let line = (0..<Int.random(in: length, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            texts += MarkdownRenderer.render(MarkdownSource(text: "Say " + line + "\nand " + line, path: "x.md"),
                                             options: MarkdownOptions()).document.blocks.compactMap(BlockText.init)
        }
        return texts
    }

    @Test func cuesOfFormatsAreFoundAsInCharacters() {
        var plain = 0, found = 0
        for block in Self.blocks(count: 160) + Self.blocks(count: 80, plainOnly: true) {
            for offset in 0...block.count {
                let before = FormatExample.lineBefore(offset, in: block)
                let after = FormatExample.lineAfter(offset, in: block)
                let text = String(String.UnicodeScalarView(block.scalars[before]))
                #expect(FormatExample.hasCue(before: offset, in: block)
                            == FormatExample.hasCueReadingCharacters(before, in: block), "\(text.debugDescription)")
                #expect(FormatExample.hasCue(after: offset, in: block)
                            == FormatExample.hasCueAfterReadingCharacters(after, in: block))
                if PlainScalars.arePlain(before, in: block.scalars) { plain += 1 }
                if FormatExample.hasCue(before: offset, in: block) { found += 1 }
            }
        }
        // Both ways were taken, and cues were found.
        #expect(plain > 400)
        #expect(found > 400)
    }

    @Test func snippetsAreCollapsedAsInCharacters() {
        var random = SystemRandomNumberGenerator()
        var plain = 0
        for block in Self.blocks(count: 200) + Self.blocks(count: 100, plainOnly: true, pieces: 20...40) {
            for _ in 0..<20 {
                let start = Int.random(in: 0...block.count, using: &random)
                let end = Int.random(in: start...min(block.count, start + 120), using: &random)
                // Compared byte for byte: `==` on strings would let composed and decomposed text pass.
                #expect(Array(EmptyReferenceCheck.snippet(block, from: start, to: end).utf8)
                            == Array(EmptyReferenceCheck.snippetReadingCharacters(block, from: start, to: end).utf8))
                if PlainScalars.arePlain(start..<end, in: block.scalars) && end - start > 60 { plain += 1 }
            }
        }
        #expect(plain > 200)
    }

    @Test func asciiBracketsAreReadAsInCharacters() {
        let pieces = ["Company", "Name", "name", "NAME", "email", "EMAIL", "protected", "Protected", "sic", "intentionally",
                      "omitted", "left", "blank", "x", "X", "N", "XX", "XXXXX", "_", "__", "#", "*", "1", "10", "1,000",
                      "30-60", "5%", "%", "2.5", "1/2", ".", ",", ";", ":", "the", "of", "The", "-", "'", "&", "/", "@",
                      "COMPANY_NAME", "_name_", "insert", "Insert", "date", "GDPR", "Reserved", "reserved.", "a", "A",
                      "e-mail", "DPO", "Url", "to", "To", "3rd", "9", "!", "(", ")", "+", "\"", "[", "~"]
        let spaces = [" ", " ", " ", "  ", "\t", "\r\n", "\n", "\u{0B}", ""]
        var random = SystemRandomNumberGenerator()
        var kinds: [PlaceholderKind?: Int] = [:]
        let written = ["email protected", " Email\tprotected ", "x", " X ", "10", "1,000 ", "Company Name", "sic",
                       "Intentionally Omitted", "___", "XN", "insert date", "[Of The Name]"]
        let made = (0..<8_000).map { _ in
            (0..<Int.random(in: 0...5, using: &random)).map { _ in
                spaces.randomElement(using: &random)! + pieces.randomElement(using: &random)!
            }.joined() + spaces.randomElement(using: &random)!
        }
        for content in written + made {
            for (atLineStart, touchesWord) in [(false, false), (true, false), (false, true)] {
                let kind = BracketContent.kind(of: content, atLineStart: atLineStart, touchesWord: touchesWord)
                #expect(kind == BracketContent.kindReadingCharacters(of: content, atLineStart: atLineStart, touchesWord: touchesWord),
                        "\(content.debugDescription)")
                kinds[kind, default: 0] += 1
            }
            #expect(BracketContent.isNumber(content) == BracketContent.isNumberReadingCharacters(content), "\(content.debugDescription)")
        }
        // Every kind a bracket can be came up, and none.
        #expect(kinds.keys.count == 5)
    }

    /// The scalars a paragraph is compared by without Foundation's NFC are composed whatever
    /// stands before them, and compose with nothing after them: checked for the blocks outside
    /// Latin-1 and CJK (whose scalars are checked the same way by `ReadingShortcutTests`).
    @Test func scalarsComposedAloneStayAsTheyAre() {
        let added = (UInt32(0x400)...0x4FF).map { $0 } + (UInt32(0x25A0)...0x25FF).map { $0 }
        let composedAlone = added.filter(RepeatedParagraphCheck.isComposedAlone).compactMap(Unicode.Scalar.init)
        #expect(composedAlone.count > 300)
        // Every scalar beside a sample of the others (every fifth), Latin letters and marks.
        let neighbours = composedAlone.enumerated().filter { $0.offset % 5 == 0 }.map(\.element)
            + Array("aeiouAEIOU ".unicodeScalars) + ["\u{301}", "\u{306}", "\u{308}", "\u{300}"]
        for scalar in composedAlone {
            #expect(scalar.properties.canonicalCombiningClass == .notReordered)
            for neighbour in neighbours {
                for pair in [[neighbour, scalar], [scalar, neighbour]] {
                    let text = String(String.UnicodeScalarView(pair))
                    let composed = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
                    // Unchanged, unless the neighbour (a mark) composes with the scalar, which then is not alone.
                    if neighbour.properties.canonicalCombiningClass == .notReordered || pair.first == neighbour {
                        #expect(composed == pair, "\(pair.map(\.value))")
                    }
                }
            }
            #expect(String(scalar).count == 1)
        }
    }

    @Test func plainScalarsAreCharactersOfTheirOwn() {
        var random = SystemRandomNumberGenerator()
        let plain = (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init).filter(PlainScalars.isPlain)
        #expect(plain.count > 20_000)
        for scalar in plain {
            let character = Character(scalar)
            #expect(String(character).lowercased() == String(PlainScalars.lowercased(scalar)), "\(scalar.value)")
            #expect(character.isLetter == PlainScalars.isLetter(scalar), "\(scalar.value)")
            #expect(character.isWhitespace == PlainScalars.isWhitespace(scalar), "\(scalar.value)")
            // Beside any other plain scalar (CR LF aside), each stays a Character of its own.
            let other = plain.randomElement(using: &random)!
            guard !(scalar == "\r" && other == "\n") else { continue }
            #expect(String(String.UnicodeScalarView([scalar, other])).count == 2, "\(scalar.value) \(other.value)")
            #expect(String(String.UnicodeScalarView([other, scalar])).count == 2 || (other == "\r" && scalar == "\n"))
            #expect(String(String.UnicodeScalarView([scalar, scalar])).count == 2, "\(scalar.value)")
        }
    }
}
