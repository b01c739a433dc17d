import Config
import Diagnostics
import Localization
import Testing

@Suite struct PlaceholderEdgeTests {
    private let english = LanguageCode(rawValue: "en")!

    @Test func aStrayBraceDoesNotHideTheNextPlaceholder() {
        let strings = InterfaceStrings(language: english, values: ["k": "{ {date} and {date}} {"])
        #expect(strings.html("k", ["date": "D"]) == "{ D and D} {")
    }

    @Test func anEmptyValueCountsAsMissing() throws {
        var diagnostics: [Diagnostic] = []
        let strings = try #require(InterfaceStrings.parse("a:\nb: ~\nc: text\nd: \"\"\n", path: "i18n/en.yaml",
                                                           language: english, diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(strings.values == ["c": "text", "d": ""], "a quoted empty text is a choice; a bare key is not")
        let fallback = InterfaceStrings(language: english, values: ["a": "A", "b": "B", "c": "C"])
        #expect(strings.filled(from: fallback).missing == ["a", "b"])
    }
}
