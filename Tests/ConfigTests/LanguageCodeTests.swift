import Config
import Testing

@Suite struct LanguageCodeTests {
    @Test func primaryIsTheFirstSplitSubtag() throws {
        let tags = ["en", "EN", "ja", "zh-Hant", "ZH-hans-CN", "pt-BR", "sr-Latn-RS", "de-CH-1996", "es-419", "fil", "yue-HK"]
        for tag in tags {
            let code = try #require(LanguageCode(rawValue: tag), "\(tag)")
            #expect(code.primary == String(tag.split(separator: "-")[0]).lowercased(), "\(tag)")
        }
        #expect(LanguageCode(rawValue: "zh-Hant")?.primary == "zh")
        #expect(LanguageCode(rawValue: "EN-gb")?.primary == "en")
    }
}
