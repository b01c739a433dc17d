@testable import Checks
import Markdown
import Testing

/// The quick ways the checks read a text (ASCII by the byte, tables made once, text written
/// straight into storage) give what the plain Unicode ways they stand for give, on a text that
/// mixes ASCII, composed and decomposed letters, CJK, white space of every kind, and spans of
/// every kind.
@Suite struct ReadingShortcutTests {
    private static let markdown = """
        ## Contact US at the E-MAIL: below

        Write to **Us** at `code here` or ![Logo – ＡＢＣ](logo.png) E-Mail: L’Adresse Téléphone : café \
        cafe\u{301} CAFE\u{301}[^1] <span>raw</span> 中文，「」（ ） ＡＢＣ Ⅻ ① ٣ ΣΑΣ İSTANBUL STRASSE Straße \u{212A}elvin
        second\tline\u{A0}with\u{2003}spaces\u{3000}ideographic\u{85}next  
        hard break, then lorem ipsum and XXX after Article XXX; TODO: 二〇〇五年 ○○ \u{1F600} 𝐀𝐁 \u{20000}

        日本語の文章です。「括弧」と（丸括弧）と\u{3000}全角スペース、café  and naïve\u{A0}text\u{85}end ＡＢＣ

        | Name | E-mail <b>x</b> |
        |---|---|
        | 一 | 二\u{A0}three \u{0301}mark |
        | CONTACT | l'adresse |

        - item with\ttab and  two spaces, Ａ full-width and Ⓐ circled
        - Политика конфиденциальности and עִבְרִית and हिन्दी

        1. A \\
           hard-broken item

        [^1]: A note with `code` and [a link](https://example.com).
        """

    private static let document = MarkdownRenderer.render(MarkdownSource(text: markdown, path: "en.md"),
                                                          options: MarkdownOptions()).document

    @Test func blockTextsHoldEverySpanInOrder() {
        #expect(Self.document.blocks.count >= 8)
        for block in Self.document.blocks {
            var expected: (scalars: [Unicode.Scalar], hidden: [Bool])?
            switch block.kind {
            case .codeBlock, .htmlBlock, .thematicBreak: expected = nil
            default:
                var scalars: [Unicode.Scalar] = []
                var hidden: [Bool] = []
                func append(_ text: String, _ isHidden: Bool) {
                    for scalar in text.unicodeScalars {
                        scalars.append(scalar)
                        hidden.append(isHidden)
                    }
                }
                for (number, field) in block.fields.enumerated() {
                    if number > 0 { append("\u{1F}", false) }
                    for span in field {
                        switch span.content {
                        case .text(let text): append(text, false)
                        case .softBreak, .hardBreak: append("\n", false)
                        case .code(let code), .html(let code): append(code, true)
                        case .image(let image): append(image.alt, true)
                        case .footnoteReference: append("\u{FFFC}", true)
                        case .emptyElement(let element): append(element.emptyHTML, true)
                        }
                    }
                }
                expected = (scalars, hidden)
            }
            let text = BlockText(block)
            #expect(text?.scalars == expected?.scalars)
            #expect(text?.isHidden == expected?.hidden)
            #expect(text.map { (0..<$0.count).allSatisfy($0.isRead) == !$0.isHidden.contains(true) } ?? true)
        }
    }

    @Test func wordsAreLowercasedAndComparedAsUnicodeDoes() {
        let compared = ["contact", "e-mail", "l'adresse", "strasse", "straße", "à", "a\u{300}", "sur", "ΣΑΣ", "σας",
                        "istanbul", "i\u{307}stanbul", "kelvin", "\u{212A}elvin", "cafe\u{301}", "café", "to", "at", "us"]
            .map(LowercaseWord.init)
        var words = 0
        for block in Self.document.blocks {
            guard let text = BlockText(block) else { continue }
            for token in ProseToken.tokens(of: text) {
                let lower = token.kind == .word ? text.string(token.range).lowercased() : ""
                let expected = String(lower.map { $0 == "’" ? "'" : $0 })
                #expect(token.lowercased(in: text) == expected)
                for word in compared {
                    #expect(token.lowercases(to: word, in: text) == (expected == word.text),
                            "\(expected) against \(word.text)")
                }
                if token.kind == .word { words += 1 }
            }
        }
        #expect(words > 50)
    }

    @Test func normalizedTextIsThePlainTextNormalized() {
        // Paragraphs of ASCII, of composed text, and of text to compose (`cafe\u{301}`).
        #expect(Self.document.blocks.count { $0.plainText.contains("全角スペース") } == 1)
        for block in Self.document.blocks {
            let normalized = RepeatedParagraphCheck.normalizedText(of: block)
            // Compared byte for byte: `==` on strings would let composed and decomposed text pass.
            #expect(Array(normalized.utf8) == Array(RepeatedParagraphCheck.normalize(block.plainText).utf8))
        }
    }

    @Test func longEnoughCountsScalarsUpToSixty() {
        #expect(RepeatedParagraphCheck.isLongEnough(String(repeating: "x", count: 60)))
        #expect(!RepeatedParagraphCheck.isLongEnough(String(repeating: "x", count: 59)))
        #expect(!RepeatedParagraphCheck.isLongEnough(String(repeating: "é", count: 59)))
        #expect(RepeatedParagraphCheck.isLongEnough(String(repeating: "e\u{301}", count: 30)))
    }

    @Test func everyScalarHasTheScriptItsPropertiesGive() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Script.of(scalar) != Script.lookedUp(scalar) { differing.append(value) }
        }
        #expect(differing.isEmpty)
    }

    @Test func linkTargetsAreTrimmedAsFoundationTrims() {
        let mailto = "is a mailto: link without an e-mail address"
        let tel = "is a tel: link without a phone number"
        let cases: [(String, String?)] = [
            ("", "has no target"), (" ", "has no target"), ("\u{A0}\u{3000}", "has no target"),
            ("#", "leads to '#', the top of the same page, not somewhere meant"),
            (" #\n", "leads to '#', the top of the same page, not somewhere meant"),
            ("mailto:", mailto), ("MAILTO:?subject=Hi", mailto), (" Mailto:%20 ", mailto),
            ("\u{A0}mailto:\u{A0}", mailto), ("tel:", tel), ("TEL: ", tel), ("\u{2003}tel:", tel),
            ("mailto:privacy@example.com", nil), ("tel:+1-555-0100", nil), ("https://example.com/", nil),
            ("ḿailto:", nil), ("mailto\u{301}:", nil), ("m\u{301}ailto:", nil), ("\u{212A}tel:", nil),
            ("/privacy", nil), ("@/privacy", nil),
        ]
        for (target, expected) in cases {
            #expect(EmptyLinkCheck.emptyTarget(target) == expected, "\(target.debugDescription)")
        }
    }
}
