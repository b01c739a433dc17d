@testable import Diff
import Outline
import Testing

/// The tokenizer's shortcuts past the standard library's Unicode look-ups must decide as the
/// look-ups would.
@Suite struct TokenFastPathTests {
    private static let standaloneRanges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E,
    ]

    @Test func standaloneScalarsAreAGraphemeNextToOneAnother() {
        for range in Self.standaloneRanges {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                #expect(StandaloneScalar.contains(value))
                // Grapheme breaking goes by the properties of the two scalars at the boundary:
                // one of each kind on the other side stands for all of them.
                for other: Unicode.Scalar in ["a", "中", "，", "\u{3000}"] {
                    var before = String.UnicodeScalarView(), after = String.UnicodeScalarView()
                    before.append(scalar)
                    before.append(other)
                    after.append(other)
                    after.append(scalar)
                    guard String(before).count == 2, String(after).count == 2 else {
                        Issue.record("U+\(String(value, radix: 16)) joins \(other)")
                        return
                    }
                }
            }
        }
        for value: UInt32 in [0x0A, 0x0D, 0x7F, 0x300, 0x302A, 0x3099, 0xFF9E, 0x1F600, 0xAC00] {
            #expect(!StandaloneScalar.contains(value))
        }
    }

    @Test func ideographsAreClassedAsTheirGeneralCategorySays() {
        for value in Array(0x3400...0x4DBF) + Array(0x4E00...0x9FFF) {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(scalar.properties.generalCategory == .otherLetter)
            #expect(ScriptClass.of(scalar) == .unspaced)
        }
    }

    @Test func shortcutAndGraphemeBreakingGiveTheSameTokens() {
        // Standalone scalars take the shortcut; the marks, variation selectors and emoji among
        // them make the tokenizer ask the standard library.
        let texts = [
            "个人信息，ok。中文（72）咥劃",
            "中\u{301}文\u{FE00}字 a\u{302}b",
            "数据🙂👍🏽，「引用」ｘｙ１２",
            "East京West、の。",
        ]
        for text in texts {
            let tokens = RedlineToken.tokens(of: [InlineSpan(.text(text))])
            #expect(tokens.map(\.text).joined() == text)
            for token in tokens where token.kind == .character || token.kind == .punctuation {
                #expect(token.text.count == 1, "\(token.text) is one grapheme")
            }
        }
        #expect(RedlineToken.tokens(of: [InlineSpan(.text("中\u{301}文，"))]).map(\.text) == ["中\u{301}", "文", "，"])
        #expect(RedlineToken.tokens(of: [InlineSpan(.text("数据🙂x"))]).map(\.kind) == [.character, .character, .punctuation, .word])
    }
}
