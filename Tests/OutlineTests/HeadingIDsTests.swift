import Outline
import Testing

@Suite struct HeadingIDsTests {
    private func ids(_ texts: [String]) -> [String] {
        HeadingIDs.assign(texts.map { (text: $0, customID: nil) })
    }

    @Test func uniqueHeadingsKeepTheirSlugs() {
        #expect(ids(["Introduction", "Data we collect", "Contact"]) == ["introduction", "data-we-collect", "contact"])
    }

    @Test func duplicatesAreSuffixedInOrder() {
        #expect(ids(["Intro", "Intro", "Intro"]) == ["intro", "intro-1", "intro-2"])
    }

    @Test func headingsDifferingOnlyInPunctuationGetDistinctIDs() {
        #expect(ids(["Data: use", "Data use", "Data — use?"]) == ["data-use", "data-use-1", "data-use-2"])
    }

    @Test func aSuffixNeverCollidesWithALaterLiteralHeading() {
        let result = ids(["a", "a", "a-1"])
        #expect(result == ["a", "a-1", "a-1-1"])
        #expect(Set(result).count == result.count)
    }

    @Test func aSuffixSkipsAnIDTakenEarlier() {
        #expect(ids(["a", "a-1", "a"]) == ["a", "a-1", "a-2"])
    }

    @Test func customIDsAreReservedForTheWholeDocument() {
        let result = HeadingIDs.assign([
            (text: "Contact", customID: nil),
            (text: "Write to us", customID: "contact"),
            (text: "Contact", customID: nil),
        ])
        #expect(result == ["contact-1", "contact", "contact-2"])
    }

    @Test func customIDIsKeptExactlyAsWritten() {
        let result = HeadingIDs.assign([(text: "Anything", customID: "Data_Use-2024")])
        #expect(result == ["Data_Use-2024"])
    }

    @Test func reservedSectionFallbackIsSteppedAround() {
        let result = HeadingIDs.assign([(text: "?!", customID: nil), (text: "x", customID: "section")])
        #expect(result == ["section-1", "section"])
    }

    @Test func equalCustomIDsAreLeftForTheCallerToReport() {
        let result = HeadingIDs.assign([(text: "A", customID: "same"), (text: "B", customID: "same")])
        #expect(result == ["same", "same"])
    }

    @Test(arguments: ["contact", "data-use_2", "個人情報", "ภาษาไทย", "caf\u{E9}", "Mixed_Case"])
    func validCustomIDs(id: String) {
        #expect(HeadingIDs.isValidCustomID(id))
    }

    @Test(arguments: ["", "two words", "a.b", "a#b", "a/b", "\"quoted\"", "a<b", "emoji🎉"])
    func invalidCustomIDs(id: String) {
        #expect(!HeadingIDs.isValidCustomID(id))
    }
}

@Suite struct ReservedHeadingIDsTests {
    @Test func reservedIDsAreSteppedAround() {
        let ids = HeadingIDs.assign([(text: "Notes", customID: nil), (text: "Notes", customID: nil)], reserved: ["notes", "notes-1"])
        #expect(ids == ["notes-2", "notes-3"])
    }
}
