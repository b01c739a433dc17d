import Config
import Localization
import Testing

@Suite struct PluralRuleTests {
    static func categories(_ language: String, _ counts: [Int]) -> [PluralCategory] {
        let rule = PluralRule(language: LanguageCode(rawValue: language)!)
        return counts.map(rule.category)
    }

    @Test func eachShippedLanguageCountsAsCLDRSays() {
        #expect(Self.categories("en", [0, 1, 2, 11]) == [.other, .one, .other, .other])
        #expect(Self.categories("de", [1, 21]) == [.one, .other])
        #expect(Self.categories("fr", [0, 1, 2, 1_000_000]) == [.one, .one, .other, .many], "0 and 1 take the singular")
        #expect(Self.categories("pt-BR", [0, 1, 2]) == [.one, .one, .other])
        #expect(Self.categories("es", [0, 1, 2, 2_000_000]) == [.other, .one, .other, .many])
        #expect(Self.categories("ja", [0, 1, 2]) == [.other, .other, .other])
        #expect(Self.categories("zh-Hant", [1]) == [.other])
        #expect(Self.categories("ko", [1]) == [.other])
        #expect(Self.categories("he", [1, 2, 3, 20]) == [.one, .two, .other, .other])
        #expect(Self.categories("ar", [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111])
            == [.zero, .one, .two, .few, .few, .many, .many, .other, .other, .other, .few, .many])
    }

    @Test func aCountTakesItsFormAndFallsBackToOther() {
        let arabic = InterfaceStrings(language: LanguageCode(rawValue: "ar")!, values: [
            "w_one": "كلمة واحدة", "w_two": "كلمتان", "w_few": "{count} كلمات", "w_other": "{count} كلمة",
        ])
        #expect(arabic.plural("w", count: 1, shownCount: "١") == "كلمة واحدة")
        #expect(arabic.plural("w", count: 2, shownCount: "٢") == "كلمتان")
        #expect(arabic.plural("w", count: 5, shownCount: "٥") == "٥ كلمات")
        #expect(arabic.plural("w", count: 0, shownCount: "٠") == "٠ كلمة", "no zero form: the other form")
        let english = InterfaceStrings(language: LanguageCode(rawValue: "en")!, values: ["w_one": "{count} word", "w_other": "{count} words"])
        #expect(english.plural("w", count: 1, shownCount: "1") == "1 word")
        #expect(english.plural("w", count: 1_000, shownCount: "1,000") == "1,000 words")
    }

    @Test func aLanguageNeverBorrowsAFormItDoesNotUse() {
        let english = InterfaceStrings(language: LanguageCode(rawValue: "en")!, values: ["w_one": "{count} word", "w_other": "{count} words"])
        let japanese = InterfaceStrings(language: LanguageCode(rawValue: "ja")!, values: ["w_other": "{count}語"])
        let (filled, missing) = japanese.filled(from: english)
        #expect(missing.isEmpty && filled.values["w_one"] == nil, "Japanese has no singular")
        let german = InterfaceStrings(language: LanguageCode(rawValue: "de")!, values: ["w_other": "{count} Wörter"])
        #expect(german.filled(from: english).strings.plural("w", count: 1, shownCount: "1") == "1 Wörter",
                "its own 'other' form rather than the English singular")
    }
}
