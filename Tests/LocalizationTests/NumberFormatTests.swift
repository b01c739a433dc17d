import Config
import Localization
import Testing

@Suite struct NumberFormatTests {
    @Test(arguments: [("en", "12,345"), ("de", "12.345"), ("fr", "12\u{202F}345"), ("ja", "12,345"), ("ar-EG", "١٢٬٣٤٥")])
    func groupingFollowsTheLocale(_ tag: String, _ expected: String) {
        #expect(NumberFormat(language: LanguageCode(rawValue: tag)!).string(12_345) == expected)
    }
}
