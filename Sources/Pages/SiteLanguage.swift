import Config
import Content
import Localization
import Synchronization

/// A language of the site with what its pages need, resolved once: its interface strings, the
/// dates and numbers as it writes them, and the values every page in it shows alike. One
/// instance, shared by the thousands of planned files in the language.
public final class SiteLanguage: Sendable {
    public let language: Language
    public let strings: InterfaceStrings
    let numbers: NumberFormat
    /// The values that are the same on every page of the language.
    let values: LanguageValues
    private let format: LongDateFormat
    /// The dates pages show, formatted once, when a page in the language first shows one: pages
    /// name the same few dates thousands of times, and a formatter is slow and shared behind a
    /// lock; a rebuild shows dates in few languages, or none.
    private let dateTexts = Mutex<[EffectiveDate: String]?>(nil)
    private let knownDates: Set<EffectiveDate>

    init(_ language: Language, strings: InterfaceStrings, siteTitle: String, knownDates: Set<EffectiveDate>) {
        self.language = language
        self.strings = strings
        numbers = NumberFormat(language: language.code)
        format = LongDateFormat(language: language.code)
        self.knownDates = knownDates
        values = LanguageValues(language: language, siteTitle: siteTitle, strings: strings.values)
    }

    public var code: LanguageCode { language.code }
    var direction: String { language.direction.rawValue }

    func dateText(_ date: EffectiveDate) -> String {
        let known = dateTexts.withLock { texts in
            if texts == nil {
                texts = Dictionary(uniqueKeysWithValues: knownDates.map {
                    ($0, format.string(year: $0.year, month: $0.month, day: $0.day))
                })
            }
            return texts![date]
        }
        return known ?? format.string(year: date.year, month: date.month, day: date.day)
    }

    /// The `<time>` element of a date, for use inside sentences.
    func timeHTML(_ date: EffectiveDate) -> String {
        "<time datetime=\"\(date)\">\(HTMLText.escape(dateText(date)))</time>"
    }

    func date(_ date: EffectiveDate) -> DateValue {
        DateValue(iso: date.description, text: dateText(date), html: timeHTML(date))
    }

    /// "Effective 1 April 2023", "In effect since …" or "Takes effect on …", with a `<time>` element.
    func effectiveSentence(_ date: EffectiveDate, inEffect: Bool, since: Bool) -> String {
        let key = !inEffect ? "takes_effect_on" : since ? "in_effect_since" : "effective_on"
        return strings.html(key, ["date": timeHTML(date)])
    }
}

/// What every page of a language shows alike, made once per language.
struct LanguageValues: Sendable {
    var lang: String
    var dir: String
    var ogLocale: String
    var siteTitle: String
    var strings: [String: String]

    init(language: Language, siteTitle: String, strings: [String: String]) {
        lang = language.code.rawValue
        dir = language.direction.rawValue
        ogLocale = language.code.rawValue.replacingOccurrences(of: "-", with: "_")
        self.siteTitle = siteTitle
        self.strings = strings
    }
}

extension Language {
    /// The language's name in its own script, isolated for the bidi algorithm.
    var isolatedName: String {
        "<span lang=\"\(code)\" dir=\"\(direction.rawValue)\">\(HTMLText.escape(name))</span>"
    }
}
