import Foundation

/// The words around a stated date in the languages policygen's theme ships (en, de, fr, es,
/// pt, ja, zh, ko, ar, he): month names, and the phrases that announce an effective or an
/// update date. Every word is kept folded (lowercase, no accents, half-width), as text is
/// compared. `policygen import` reads a text's date with them, and the checks (PG216) the
/// dates a published text states.
public enum DateWords {
    /// Case, accents and width folded, so "März", "MARZ" and "marz" meet; full-width digits
    /// and colons become ASCII.
    public static func fold(_ text: String) -> String {
        // ASCII folds to its lowercase, without Foundation.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Phrases that announce the day a text takes effect, written before the date. The phrases
    /// below are written folded (a test holds them to it): folding them when first used made
    /// every text's checks start Foundation's folding, English ones too.
    static let effective: [String] = [
        // en
        "effective date", "effective from", "effective as of", "effective", "in effect from", "in force from", "valid from",
        // de
        "gultig ab", "in kraft seit", "in kraft ab", "wirksam ab", "inkrafttreten",
        // fr
        "date d'entree en vigueur", "entree en vigueur", "en vigueur depuis le", "en vigueur le", "en vigueur", "applicable a compter du",
        // es
        "fecha de entrada en vigor", "entrada en vigor", "en vigor desde", "vigente desde", "vigente a partir del",
        // pt
        "data de vigencia", "vigencia", "em vigor desde", "em vigor a partir de", "em vigor",
        // ja, zh, ko
        "施行日", "発効日", "効力発生日", "生效日期", "生效日", "施行日期", "시행일자", "시행일", "시행 일자", "발효일",
        // ar
        "تاريخ السريان", "تاريخ النفاذ", "يسري اعتبارا من", "ساري المفعول من", "ساري اعتبارا من", "تاريخ الدخول حيز التنفيذ",
        // he
        "תאריך תחילה", "בתוקף מיום", "בתוקף מ", "נכנס לתוקף", "תאריך כניסה לתוקף",
    ]

    /// Phrases that announce when a text was last changed.
    static let updated: [String] = [
        "last updated on", "last updated", "last modified", "last revised", "updated on", "updated", "revised", "date of last revision",
        "stand", "zuletzt aktualisiert am", "zuletzt aktualisiert", "letzte aktualisierung", "aktualisiert am", "zuletzt geandert",
        "derniere mise a jour le", "derniere mise a jour", "mis a jour le", "mise a jour le", "date de mise a jour",
        "ultima actualizacion", "actualizado el", "ultima modificacion", "fecha de actualizacion",
        "ultima atualizacao", "atualizado em", "ultima revisao", "data da ultima atualizacao",
        "最終更新日", "最終更新", "最終改定日", "改定日", "更新日", "最后更新日期", "最后更新", "最後更新日期", "最後更新", "更新日期", "最近更新",
        "최종 업데이트", "최종 수정일", "최종 개정일", "개정일", "업데이트 날짜", "최종 변경일",
        "آخر تحديث", "اخر تحديث", "تاريخ التحديث", "تاريخ آخر تحديث", "تم التحديث في",
        "עודכן לאחרונה", "עדכון אחרון", "תאריך עדכון", "עודכן ב",
    ]

    /// Words written after the date in Chinese, Japanese and Korean ("2024年1月1日施行").
    static let effectiveAfter: [String] = ["施行", "生效", "起施行", "起生效", "发效", "発効", "부터 시행", "시행"]
    static let updatedAfter: [String] = ["制定", "改定", "更新", "修订", "修訂", "개정"]

    /// Month names and their usual abbreviations, written folded ("janner" is Austria's
    /// "Jänner"), to the month's number.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            // en
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"],
            // de
            ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["janner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            // fr
            ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
            ["janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"],
            // es
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre", "oct", "nov", "dic"],
            // pt
            ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
            // ar: the names of Egypt and the Gulf, then those of the Levant and Iraq
            ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
            ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
            ["يناير", "فبراير", "مارس", "ابريل", "ماي", "يونيه", "يوليه", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "دجنبر"],
            // he
            ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
            ["ינו", "פבר", "מרס", "אפר", "מאי", "יונ", "יול", "אוג", "ספט", "אוק", "נוב", "דצמ"],
        ]
        for list in names {
            for (index, name) in list.enumerated() { table[name] = index + 1 }
        }
        return table
    }()

    /// The month a word names; Hebrew writes "in" (ב) before it: "1 בינואר 2024".
    static func month(_ word: String) -> Int? {
        if let month = months[word] { return month }
        if word.hasPrefix("ב"), let month = months[String(word.dropFirst())] { return month }
        return nil
    }

    /// Words that may stand between the parts of a date: "3 de marzo de 2023", "March 3rd, 2023",
    /// "le 1er janvier", "1º de janeiro".
    static let fillers: Set<String> = ["de", "del", "of", "the", "le", "el", "em", "am", "den", "on", "as", "from",
                                       "st", "nd", "rd", "th", "er", "re", "e", "o", "º", "ª", "a", "desde", "du", "ab",
                                       "في", "من", "ב", "מיום", "מ"]

    /// Japanese era names and the Gregorian year before their first: 令和6年 is 2024.
    private static let eras: [String: Int] = ["令和": 2018, "平成": 1988]

    /// The era a word names, with its year when the word holds it too (令和元, the first year).
    static func era(_ word: String) -> (base: Int, year: Int?)? {
        if let base = eras[word] { return (base, nil) }
        if word.hasSuffix("元"), let base = eras[String(word.dropLast())] { return (base, 1) }
        return nil
    }
}
