import Config
import Foundation

/// Letters of another script that are meant to stay in it (PG206 leaves them alone):
/// - the text of a link in a language the site publishes, or naming a language in that
///   language: a language switcher's "Русский", a link to the Japanese version in Japanese;
/// - a company's name, told by its legal form (`サンプル株式会社`, `ООО «Пример»`);
/// - a name followed by its reading or translation in Latin letters in brackets:
///   `いのちの電話 (Inochi no Denwa)`. (Foreign words in brackets after the text's own, as a
///   translation left behind writes them, are still reported.)
struct NameInOwnScript {
    /// The scripts the site's languages are written in.
    private let siteScripts: Set<Script>

    init(siteLanguages: [LanguageCode]) {
        siteScripts = siteLanguages.reduce(into: Set<Script>()) { $0.formUnion($1.nativeScripts ?? []) }
    }

    func isName(_ run: Range<Int>, in block: BlockText) -> Bool {
        if let link = Self.link(overlapping: run, in: block.linkTexts), isLanguageLink(block.string(link)) { return true }
        return hasLegalForm(block.string(run)) || isGlossed(run, in: block)
    }

    /// The first of `links` (in order, apart) that overlaps `run`, found by bisection.
    private static func link(overlapping run: Range<Int>, in links: [Range<Int>]) -> Range<Int>? {
        var low = 0, high = links.count
        while low < high {
            let middle = (low + high) / 2
            if links[middle].upperBound <= run.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < links.count && links[low].overlaps(run) ? links[low] : nil
    }

    private func isLanguageLink(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let scripts = Set(trimmed.unicodeScalars.compactMap(Script.of)).subtracting([.latin, .cjkPunctuation])
        if !scripts.isEmpty, scripts.isSubset(of: siteScripts) { return true }
        let lowered = trimmed.lowercased()
        return Self.autonyms.contains { lowered.hasPrefix($0) }
    }

    /// Languages' names in themselves, as language switchers label them.
    private static let autonyms: [String] = {
        let codes = ["ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi",
                     "fr", "ga", "gu", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "km", "kn",
                     "ko", "lo", "lt", "lv", "mk", "ml", "mn", "mr", "ms", "my", "nb", "ne", "nl", "pa", "pl", "pt",
                     "ro", "ru", "si", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te", "th", "tr", "uk", "ur", "uz",
                     "vi", "zh", "zh-Hans", "zh-Hant"]
        var names = Set(codes.compactMap { code in Locale(identifier: code).localizedString(forIdentifier: code)?.lowercased() })
        names.formUnion(["简体中文", "繁體中文", "繁体中文", "正體中文", "中文", "русский", "українська", "日本語", "한국어"])
        return names.filter { $0.count >= 2 }.sorted()
    }()

    /// Legal forms of companies written in their own script.
    private static let legalForms = ["株式会社", "有限会社", "合同会社", "合資会社", "有限公司", "股份有限公司", "주식회사",
                                     "유한회사", "בע״מ", "בע\"מ"]
    static let legalFormWords: Set<String> = ["ООО", "ОАО", "ЗАО", "ПАО", "АО", "ТОВ", "ТОО", "شركة"]

    private func hasLegalForm(_ run: String) -> Bool {
        // A legal form holds one of these; most foreign words hold none, and are not searched.
        guard run.unicodeScalars.contains(where: Self.legalFormScalars.contains) else { return false }
        let scalars = Array(run.unicodeScalars)
        return Self.legalFormScalarArrays.contains { wanted in
            scalars.count >= wanted.count
                && (0...(scalars.count - wanted.count)).contains { scalars[$0..<$0 + wanted.count].elementsEqual(wanted) }
        } || Self.holdsLegalFormWord(run, scalars)
    }

    /// Whether a word of `run` (split at what is not a letter) is one of `legalFormWords`. Split
    /// scalar by scalar when each is a Character of its own whose letterhood is known without
    /// the property (ASCII, Cyrillic letters, `PlainScalars`), as nearly every foreign run is;
    /// else as Characters.
    static func holdsLegalFormWord(_ run: String, _ scalars: [Unicode.Scalar]) -> Bool {
        func letterhood(_ scalar: Unicode.Scalar) -> Bool? {
            let value = scalar.value
            if (value >= 0x400 && value <= 0x481) || (value >= 0x48A && value <= 0x52F) { return true }
            return PlainScalars.isPlain(scalar) ? PlainScalars.isLetter(scalar) : nil
        }
        var isLetter = [Bool]()
        isLetter.reserveCapacity(scalars.count)
        for scalar in scalars {
            guard let letter = letterhood(scalar) else {
                return holdsLegalFormWordReadingCharacters(run)
            }
            isLetter.append(letter)
        }
        var start = 0
        while start < scalars.count {
            guard isLetter[start] else {
                start += 1
                continue
            }
            var end = start
            while end < scalars.count, isLetter[end] { end += 1 }
            // No legal form word is longer than four scalars, nor canonically equal to a longer word.
            if end - start <= 4, legalFormWords.contains(BlockText.string(scalars[start..<end])) { return true }
            start = end
        }
        return false
    }

    static func holdsLegalFormWordReadingCharacters(_ run: String) -> Bool {
        run.split(whereSeparator: { !$0.isLetter }).contains { legalFormWords.contains(String($0)) }
    }

    /// The most scalars a legal form word holds.
    static var longestLegalFormWord: Int { legalFormWords.map(\.unicodeScalars.count).max() ?? 0 }

    private static let legalFormScalars = Set((legalForms + legalFormWords).flatMap(\.unicodeScalars))
    private static let legalFormScalarArrays = legalForms.map { Array($0.unicodeScalars) }

    /// A gloss in Latin letters in brackets right after the run.
    private func isGlossed(_ run: Range<Int>, in block: BlockText) -> Bool {
        let scalars = block.scalars
        var after = run.upperBound
        while after < scalars.count, scalars[after] == " " { after += 1 }
        guard after < scalars.count, scalars[after] == "(" || scalars[after] == "（" else { return false }
        var close = after + 1
        var latin = false
        while close < scalars.count, close - after < 80, scalars[close] != ")", scalars[close] != "）" {
            if Script.of(scalars[close]) == .latin { latin = true }
            close += 1
        }
        return latin && close < scalars.count && (scalars[close] == ")" || scalars[close] == "）")
    }
}
