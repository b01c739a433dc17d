@testable import Content
import Foundation
import Testing

@Suite struct StatedDateTests {
    @Test(arguments: [
        ("Effective 1 January 2024", "2024-01-01"),
        ("Stand: 1. Jänner 2024", "2024-01-01"),
        ("Last updated: March 3, 2023", "2023-03-03"),
        ("Last updated on March 3rd, 2023", "2023-03-03"),
        ("Effective Date: 2024-01-01", "2024-01-01"),
        ("Stand: 3. März 2023", "2023-03-03"),
        ("Gültig ab 01.04.2024", "2024-04-01"),
        ("En vigueur le 1er janvier 2024", "2024-01-01"),
        ("Dernière mise à jour : 15 février 2024", "2024-02-15"),
        ("Última actualización: 3 de marzo de 2023", "2023-03-03"),
        ("Última atualização: 1º de janeiro de 2024", "2024-01-01"),
        ("最終更新日：2023年3月3日", "2023-03-03"),
        ("2024年1月1日施行", "2024-01-01"),
        ("令和6年4月1日改定", "2024-04-01"),
        ("生效日期：2024年1月1日", "2024-01-01"),
        ("最後更新：2023年3月3日", "2023-03-03"),
        ("시행일: 2024년 1월 1일", "2024-01-01"),
        ("تاريخ السريان: 1 يناير 2024", "2024-01-01"),
        ("آخر تحديث: ٣ مارس ٢٠٢٣", "2023-03-03"),
        ("آخر تحديث: 1 كانون الثاني 2024", "2024-01-01"),
        ("עודכן לאחרונה: 3 במרץ 2023", "2023-03-03"),
        ("Updated 3/13/2023", "2023-03-13"),
    ])
    func aStatementInEachShippedLanguage(_ line: String, _ expected: String) throws {
        let stated = try #require(StatedDate.find(in: line), "\(line)")
        #expect(stated.date.description == expected)
        #expect(stated.standsAlone)
    }

    @Test func aDateWithoutItsWordIsNoStatement() {
        #expect(StatedDate.find(in: "The regulation of 27 April 2016 applies.") == nil)
        #expect(StatedDate.find(in: "We understand 3 March 2023 was busy.") == nil, "'stand' inside a word")
        #expect(StatedDate.find(in: "Updated 3/4/2023") == nil, "day and month could be either way round")
    }

    @Test func aStatementInsideASentenceStaysInTheText() throws {
        let stated = try #require(StatedDate.find(in: "This policy is effective from 1 May 2024 and replaces the one before, which remains available on request."))
        #expect(stated.date.description == "2024-05-01")
        #expect(!stated.standsAlone)
        #expect(stated.kind == .effective)
    }

    @Test func anEffectiveDateWinsOverAnUpdate() throws {
        let updated = try #require(StatedDate.find(in: "Last updated: 2 May 2024"))
        let effective = try #require(StatedDate.find(in: "Effective: 1 June 2024"))
        #expect(StatedDate.best(of: [updated, effective]) == effective)
    }
}

/// `trimmingHorizontalSpace` stands for Foundation's `trimmingCharacters(in: .whitespaces)`.
@Suite struct HorizontalSpaceTests {
    @Test func trimsWhatFoundationTrims() {
        let spaces = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { CharacterSet.whitespaces.contains($0) }
        #expect(spaces.count > 10)
        let texts = ["", " ", "\t", "a", " a ", "\tEffective date: 1 May 2024\t", "\u{3000}最終更新日：2023年3月3日\u{3000}",
                     "\u{00A0}Stand: 1. März 2024\u{2009}", "a\u{202F}b", "\n a \n", " \u{200B}x\u{200B} ", "é ", " e\u{301}", " \u{301}x "]
            + spaces.map { "\($0)x\($0)y\($0)" }
        for text in texts {
            #expect(text.trimmingHorizontalSpace == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            let sub = text[...]
            #expect(sub.trimmingHorizontalSpace == sub.trimmingCharacters(in: .whitespaces))
        }
    }
}

@Suite struct DateWordsTests {
    /// The phrases and month names are compared with folded text, so they are written folded.
    @Test func phrasesAreWrittenFolded() {
        let phrases = DateWords.effective + DateWords.updated + DateWords.effectiveAfter + DateWords.updatedAfter
            + DateWords.months.keys
        #expect(phrases.count > 200)
        for phrase in phrases {
            #expect(DateWords.fold(phrase) == phrase, "\(phrase) is not folded")
            #expect(phrase.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil) == phrase)
        }
    }
}
