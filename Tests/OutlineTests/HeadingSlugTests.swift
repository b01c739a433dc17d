import Outline
import Testing

@Suite struct HeadingSlugTests {
    @Test(arguments: [
        ("Data We Collect", "data-we-collect"),
        ("How do we use your data?", "how-do-we-use-your-data"),
        ("  Leading & trailing!  ", "leading-trailing"),
        ("Section 3.1", "section-31"),
        ("snake_case_name", "snake_case_name"),
        ("Opt-out rights", "opt-out-rights"),
        ("a -- b", "a-b"),
        ("--a--", "a"),
        ("Data: use", "data-use"),
        ("Tabs\tand\nnew lines", "tabs-and-new-lines"),
        ("Cookies 🍪 and you", "cookies-and-you"),
    ])
    func english(text: String, slug: String) {
        #expect(HeadingSlug.slug(for: text) == slug)
    }

    @Test func japaneseKeepsKanaAndKanji() {
        #expect(HeadingSlug.slug(for: "個人情報の取り扱い") == "個人情報の取り扱い")
        // Katakana with the prolonged sound mark (a letter); full-width brackets are punctuation.
        #expect(HeadingSlug.slug(for: "データの利用について（第三者提供）") == "データの利用について第三者提供")
        // The ideographic space is white space; the katakana middle dot is punctuation.
        #expect(HeadingSlug.slug(for: "個人情報\u{3000}保護・管理") == "個人情報-保護管理")
    }

    @Test func chinese() {
        #expect(HeadingSlug.slug(for: "隐私政策：数据收集") == "隐私政策数据收集")
        #expect(HeadingSlug.slug(for: "隱私權政策") == "隱私權政策")
    }

    @Test func korean() {
        #expect(HeadingSlug.slug(for: "개인정보 처리방침") == "개인정보-처리방침")
    }

    @Test func arabicKeepsLettersAndDigits() {
        #expect(HeadingSlug.slug(for: "سياسة الخصوصية") == "سياسة-الخصوصية")
        #expect(HeadingSlug.slug(for: "ما هي البيانات التي نجمعها؟") == "ما-هي-البيانات-التي-نجمعها")
        #expect(HeadingSlug.slug(for: "المادة ٣") == "المادة-٣")
    }

    @Test func russianIsLowercased() {
        #expect(HeadingSlug.slug(for: "Политика Конфиденциальности") == "политика-конфиденциальности")
    }

    @Test func thaiKeepsCombiningMarks() {
        // เป็น and ส่วน carry non-spacing marks (U+0E47, U+0E48) that must survive.
        let thai = "นโยบายความเป็นส่วนตัว"
        #expect(HeadingSlug.slug(for: thai) == thai)
        #expect(HeadingSlug.slug(for: "ข้อมูล ส่วนบุคคล") == "ข้อมูล-ส่วนบุคคล")
    }

    @Test func decomposedAndComposedGiveTheSameBytes() {
        let decomposed = HeadingSlug.slug(for: "Cafe\u{301} Policy")
        let composed = HeadingSlug.slug(for: "Caf\u{E9} Policy")
        // Swift's == ignores normalisation, so compare the scalars themselves.
        #expect(Array(decomposed.unicodeScalars) == Array("caf\u{E9}-policy".unicodeScalars))
        #expect(Array(composed.unicodeScalars) == Array(decomposed.unicodeScalars))
        #expect(Array(HeadingSlug.slug(for: "E\u{301}TAT").unicodeScalars) == Array("\u{E9}tat".unicodeScalars))
    }

    @Test(arguments: ["?!", "***", "", "   ", "🎉🎉", "—", "…"])
    func nothingLeftBecomesSection(text: String) {
        #expect(HeadingSlug.slug(for: text) == "section")
    }

    @Test func everySlugIsAValidCustomID() {
        let texts = ["Data We Collect", "個人情報の取り扱い", "นโยบายความเป็นส่วนตัว", "المادة ٣", "?!", "a_b - c"]
        for text in texts {
            #expect(HeadingIDs.isValidCustomID(HeadingSlug.slug(for: text)), "\(text)")
        }
    }
}
