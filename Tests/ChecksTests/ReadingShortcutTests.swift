@testable import Checks
import Markdown
import Synchronization
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
            #expect(text.map { text in (0..<text.count).map { text.isHidden[$0] } } == expected?.hidden)
            #expect(text.map { text in (0..<text.count).allSatisfy(text.isRead) == !(0..<text.count).contains { text.isHidden[$0] } } ?? true)
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

    /// The table of byte pairs, made row by row, holds what each pair gives worked out alone.
    @Test func everyPairOfBytesHasTheFeaturesItsClassesGive() {
        var differing: [(Int, Int)] = []
        for previous in 0..<128 {
            for current in 0..<128 where BlockFeatures.asciiPairs[previous << 7 | current] != BlockFeatures.pair(current, after: previous) {
                differing.append((previous, current))
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
        #expect(BlockFeatures.asciiPairs.count == 128 * 128)
    }

    /// The site's pages are planned once, when a link first asks, and not at all when none does.
    @Test func sitePagesArePlannedWhenFirstAsked() {
        final class Plans: Sendable {
            let count = Mutex(0)
        }
        let plans = Plans()
        let pages = SitePages(planned: {
            plans.count.withLock { $0 += 1 }
            return SitePages { $0 == ["en", "privacy"] }
        })
        #expect(plans.count.withLock { $0 } == 0)
        #expect(pages.contains(["en", "privacy"]))
        #expect(!pages.contains(["en", "terms"]))
        #expect(plans.count.withLock { $0 } == 1)
    }

    /// A page PG206 passes over holds no letter foreign to the text, and one it reads holds one,
    /// for the scripts of an English, a Japanese, a Russian and a Korean text.
    @Test func pagesPassedOverHoldNoForeignLetter() {
        for native: Set<Script> in [[.latin], [.han, .hiragana, .katakana], [.cyrillic], [.hangul, .han]] {
            let allowed = ForeignScriptCheck.allowedScripts(native)
            var pages = ForeignScriptCheck.AllowedPages(allowed)
            var wrong: [UInt32] = []
            for page in UInt32(0)..<256 {
                let scalars = (page << 8..<(page + 1) << 8).compactMap(Unicode.Scalar.init)
                let holdsForeign = scalars.contains { Script.of($0).map { !allowed.contains($0) } ?? false }
                for scalar in scalars where pages.holdsNoForeignLetter(scalar.value) == holdsForeign {
                    // Passed over, a page must hold no foreign letter; read, it may hold one only
                    // where `Script.of` has ranges of its own (Latin, general punctuation).
                    if holdsForeign || !(page < 3 || page == 0x20) { wrong.append(scalar.value) }
                }
            }
            #expect(wrong.isEmpty, "\(native): \(wrong.prefix(5).map { String($0, radix: 16) })")
        }
    }

    /// Legal form words found scalar by scalar are those found splitting the run into Characters.
    @Test func legalFormWordsAreFoundAsInCharacters() {
        #expect(NameInOwnScript.longestLegalFormWord <= 4)
        let pieces = ["ООО", "ОАО", "АО", "ЗАО", "ПАО", "ТОВ", "ТОО", "شركة", "Политика", "конфиденциальности", "Й", "И\u{306}",
                      "ООО\u{301}", "О", " ", "«", "»", "-", "1", "株式会社", "サンプル", "Ab", "\r\n", ".", "Ё", "Е\u{308}"]
        var random = SystemRandomNumberGenerator()
        var differing: [String] = []
        for _ in 0..<4000 {
            let run = (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let scalars = Array(run.unicodeScalars)
            if NameInOwnScript.holdsLegalFormWord(run, scalars) != NameInOwnScript.holdsLegalFormWordReadingCharacters(run) {
                differing.append(run)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    /// The opening marks of PG203's empty brackets, told by a mask, are those its pairs open.
    @Test func openingMarksAreThoseOfThePairs() {
        let openings = Set("「『【（〔《〈".unicodeScalars)
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if JapaneseReferences.isOpening(scalar) != openings.contains(scalar) { differing.append(value) }
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

    /// The features noted while a block's text is made are those its scalars have, read the
    /// plain way, on every block of the text and on made-up runs of the characters they turn on.
    @Test func blockFeaturesAreThoseTheTextHas() {
        func expected(_ scalars: [Unicode.Scalar]) -> BlockFeatures {
            let text = String(String.UnicodeScalarView(scalars))
            var features: BlockFeatures = []
            let pairs = zip(scalars, scalars.dropFirst()).map { (String($0), String($1)) }
            if text.contains("[") || text.contains("［") { features.insert(.bracket) }
            if text.contains("{") || text.contains("%") { features.insert(.templateMark) }
            if text.contains(":") || text.contains("：") { features.insert(.colon) }
            if pairs.contains(where: { [" ", "\n", "\t"].contains($0.0) && [".", ",", ";", "!", "?", ")", " ", "\n", "\t"].contains($0.1) }) {
                features.insert(.gapMark)
            }
            if pairs.contains(where: { (["T", "F"].contains($0.0) && $0.1.first!.isASCII && $0.1.first!.isUppercase)
                || ($0.0 == "X" && $0.1 == "X") || (["l", "L"].contains($0.0) && ["o", "O"].contains($0.1)) }) {
                features.insert(.markerStart)
            }
            if scalars.contains(where: { !$0.isASCII }) { features.insert(.nonASCII) }
            if scalars.contains(where: { "○◯〇".unicodeScalars.contains($0) }) { features.insert(.circle) }
            if scalars.contains(where: { "「『【（〔《〈ま".unicodeScalars.contains($0) }) { features.insert(.cjkMark) }
            let lowered = text.lowercased()
            for phrase in ["at or", "at and"] {
                var from = lowered.startIndex
                while let range = lowered[from...].range(of: phrase) {
                    let before = range.lowerBound > lowered.startIndex ? lowered[lowered.index(before: range.lowerBound)] : " "
                    if !(before.isASCII && before.isLetter) { features.insert(.atConjunction) }
                    from = lowered.index(after: range.lowerBound)
                }
            }
            return features
        }
        var texts = Self.document.blocks.compactMap(BlockText.init)
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("a tToOlLXFE[{%:;.,!?)\n\t  Dr○〇「ま：［Bn".unicodeScalars)
        for _ in 0..<300 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 1...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
            texts += MarkdownRenderer.render(MarkdownSource(text: "Say " + text, path: "x.md"), options: MarkdownOptions())
                .document.blocks.compactMap(BlockText.init)
        }
        for text in texts {
            #expect(text.features == expected(text.scalars), "\(String(String.UnicodeScalarView(text.scalars)).debugDescription)")
        }
    }

    /// The edit distance cut off past two agrees with the whole one wherever that is two at most.
    @Test func theBoundedEditDistanceIsTheEditDistanceUpToTwo() {
        func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
            var previous = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var current = [i] + Array(repeating: 0, count: b.count)
                for j in stride(from: 1, through: b.count, by: 1) {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                previous = current
            }
            return a.isEmpty ? b.count : previous[b.count]
        }
        var random = SystemRandomNumberGenerator()
        var rows: ([Int], [Int]) = ([], [])
        let alphabet = Array("abc-é".unicodeScalars)
        for _ in 0..<3_000 {
            let a = (0..<Int.random(in: 0...7, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let b = (0..<Int.random(in: 0...7, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let whole = distance(a, b)
            #expect(NameHints.distance(a, b, rows: &rows) == (whole <= 2 ? whole : nil), "\(a) \(b)")
        }
        var hints = NameHints(["retention", "contact-us", "cookies"])
        #expect(hints.hint(for: "retension") == "did you mean 'retention'?")
        #expect(hints.hint(for: "cokies") == "did you mean 'cookies'?")
        #expect(hints.hint(for: "liability") == nil)
    }
}

/// A lead's first word compared as ASCII: what its canonical decomposition is, with or without
/// Foundation.
@Suite struct LowercaseWordTests {
    @Test func asciiFormIsTheDecompositionWhenThatIsASCII() {
        #expect(LowercaseWord("at").asciiForm == Array("at".utf8))
        #expect(LowercaseWord("e-mail").asciiForm == Array("e-mail".utf8))
        // Decomposes to ASCII: the Kelvin sign is `K`, the Greek question mark `;`.
        #expect(LowercaseWord("\u{212A}elvin").asciiForm == Array("Kelvin".utf8))
        #expect(LowercaseWord("a\u{37E}").asciiForm == Array("a;".utf8))
        // Decomposes to more than ASCII.
        #expect(LowercaseWord("à").asciiForm == nil)
        #expect(LowercaseWord("unter").asciiForm == Array("unter".utf8))
        #expect(LowercaseWord("über").asciiForm == nil)
    }

    @Test func numericTypeIsThePlainReading() {
        var numeric = 0, decimal = 0
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.hasNumericType != (scalar.properties.numericType != nil)
                || scalar.isDecimalNumericType != (scalar.properties.numericType == .decimal) {
                differing.append(value)
            }
            if scalar.hasNumericType { numeric += 1 }
            if scalar.isDecimalNumericType { decimal += 1 }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
        #expect(numeric > 1_000 && decimal > 500 && decimal < numeric)
    }
}
