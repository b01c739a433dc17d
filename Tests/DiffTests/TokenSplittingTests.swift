import Diff
import Outline
import Testing

@Suite struct TokenSplittingTests {
    private func split(_ text: String) -> [String] {
        RedlineToken.tokens(of: [InlineSpan(.text(text))]).map(\.text)
    }

    private func kinds(_ text: String) -> [RedlineToken.Kind] {
        RedlineToken.tokens(of: [InlineSpan(.text(text))]).map(\.kind)
    }

    @Test func wordsSpacesAndPunctuation() {
        #expect(split("We keep it, for 30 days.") == ["We", " ", "keep", " ", "it", ",", " ", "for", " ", "30", " ", "days", "."])
        #expect(kinds("a, b") == [.word, .punctuation, .space, .word])
        #expect(split("e-mail  don't\n\tx_y") == ["e", "-", "mail", "  ", "don", "'", "t", "\n\t", "x_y"])
    }

    @Test func accentedAndCombiningLettersStayInTheirWord() {
        #expect(split("naïve café") == ["naïve", " ", "café"])
        #expect(split("cafe\u{301} ok") == ["cafe\u{301}", " ", "ok"])
        #expect(split("Привет мир") == ["Привет", " ", "мир"])
        // Persian keeps the zero-width non-joiner inside its word.
        #expect(split("می\u{200C}خواهم x") == ["می\u{200C}خواهم", " ", "x"])
    }

    @Test func scriptsWithoutSpacesGoByGrapheme() {
        #expect(split("個人情報を提供") == ["個", "人", "情", "報", "を", "提", "供"])
        #expect(kinds("データ。") == [.character, .character, .character, .punctuation])
        #expect(split("ข้อมูล") == ["ข้", "อ", "มู", "ล"])
        #expect(split("East京West") == ["East", "京", "West"])
    }

    @Test func emojiSequencesAreOneToken() {
        #expect(split("ok 👍🏽 👨‍👩‍👧!") == ["ok", " ", "👍🏽", " ", "👨‍👩‍👧", "!"])
    }

    @Test func tokensKeepTheirSpanFormattingAndJoinBackToTheText() {
        let spans = [InlineSpan(.text("a "), marks: [.strong]), InlineSpan(.code("x y")), InlineSpan(.softBreak),
                     InlineSpan(.image(InlineImage(source: "i.png", title: "", alt: "pic"))), InlineSpan(.hardBreak)]
        let tokens = RedlineToken.tokens(of: spans)
        #expect(tokens.map(\.span) == [
            InlineSpan(.text("a"), marks: [.strong]), InlineSpan(.text(" "), marks: [.strong]),
            InlineSpan(.code("x")), InlineSpan(.code(" ")), InlineSpan(.code("y")), InlineSpan(.softBreak),
            InlineSpan(.image(InlineImage(source: "i.png", title: "", alt: "pic"))), InlineSpan(.hardBreak),
        ])
        #expect(tokens.map(\.kind) == [.word, .space, .word, .space, .word, .space, .element, .element])
        let texts = ["Lorem ipsum, dolor.", "個人情報 ok", "a\u{301}\u{302}b  c", "", "👍🏽👍🏽x"]
        for text in texts { #expect(split(text).joined() == text) }
    }

    @Test func wordsAndCharactersCountAsWords() {
        #expect(RedlineToken.tokens(of: [InlineSpan(.text("We keep 個人情報, 3 days."))]).count(where: \.isWord) == 4 + 4)
    }
}
