import Config
import Localization
import Testing

@Suite struct LongDateFormatTests {
    private func format(_ tag: String, _ year: Int, _ month: Int, _ day: Int) throws -> String {
        let language = try #require(LanguageCode(rawValue: tag))
        return LongDateFormat(language: language).string(year: year, month: month, day: day)
    }

    @Test(arguments: [
        ("en", "January 15, 2024"),
        ("ja", "2024年1月15日"),
        ("de", "15. Januar 2024"),
        ("fr", "15 janvier 2024"),
        ("ar", "15 يناير، 2024"),
        ("ar-EG", "١٥ يناير، ٢٠٢٤"),
        ("he", "15 בינואר 2024"),
        ("zh-Hans", "2024年1月15日"),
    ])
    func aLongDateAsReadersOfTheLanguageWriteIt(_ tag: String, _ expected: String) throws {
        #expect(try format(tag, 2024, 1, 15) == expected)
    }

    @Test func arabicInEgyptUsesArabicIndicDigits() throws {
        let text = try format("ar-EG", 2024, 1, 15)
        let digits = text.unicodeScalars.filter { $0.properties.numericType == .decimal }
        #expect(digits.count == 6)
        #expect(digits.allSatisfy { (0x0660...0x0669).contains($0.value) }, "\(text)")
        #expect(!text.contains("2024"))
    }

    @Test func theLanguageTagIsKept() throws {
        let language = try #require(LanguageCode(rawValue: "zh-Hans"))
        #expect(LongDateFormat(language: language).language == language)
    }

    // A date formatted in the machine's zone instead of UTC moves by a day at one end of
    // the year or the other (west of UTC on January 1, east of it on December 31).
    @Test(arguments: [
        ("en", "January 1, 2024", "December 31, 2024"),
        ("ja", "2024年1月1日", "2024年12月31日"),
        ("de", "1. Januar 2024", "31. Dezember 2024"),
        ("fr", "1 janvier 2024", "31 décembre 2024"),
        ("he", "1 בינואר 2024", "31 בדצמבר 2024"),
        ("ar-EG", "١ يناير، ٢٠٢٤", "٣١ ديسمبر، ٢٠٢٤"),
    ])
    func theFirstAndLastDayOfTheYearStayInTheirYear(_ tag: String, _ first: String, _ last: String) throws {
        #expect(try format(tag, 2024, 1, 1) == first)
        #expect(try format(tag, 2024, 12, 31) == last)
    }

    // Effective dates are Gregorian, even where the locale's own calendar is another.
    @Test func theCalendarIsGregorianEverywhere() throws {
        let thai = try format("th", 2024, 1, 15)            // Buddhist calendar by default: 2567
        #expect(thai.contains("2024") && !thai.contains("2567"), "\(thai)")
        let persian = try format("fa", 2024, 1, 15)         // Solar Hijri by default: 1402
        #expect(persian.contains("ژانوی") && persian.contains("۲۰۲۴"), "\(persian)")
        let saudi = try format("ar-SA", 2024, 1, 15)        // Umm al-Qura by default: 1445
        #expect(saudi.contains("يناير") && saudi.contains("٢٠٢٤") && !saudi.contains("١٤٤٥"), "\(saudi)")
    }

    @Test func aLeapDay() throws {
        #expect(try format("en", 2024, 2, 29) == "February 29, 2024")
        #expect(try format("ja", 2024, 2, 29) == "2024年2月29日")
    }

    @Test func oneFormatGivesTheSameAnswersFromManyTasks() async throws {
        let language = try #require(LanguageCode(rawValue: "en"))
        let format = LongDateFormat(language: language)
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for day in 1...28 {
                group.addTask { (day, format.string(year: 2024, month: 3, day: day)) }
            }
            var results: [Int: String] = [:]
            for await (day, text) in group { results[day] = text }
            return results
        }
        #expect(results.count == 28)
        for (day, text) in results {
            #expect(text == "March \(day), 2024")
        }
    }
}
