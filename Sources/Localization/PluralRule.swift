import Config

/// CLDR's plural categories, for whole numbers: which form of a word a count takes
/// ("1 word", "2 words"; Arabic has six forms, Japanese one).
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other
}

/// The plural rule of a language (CLDR, integer counts only), for the languages the
/// built-in theme speaks and those sharing their rules; any other language counts like
/// English (one, other).
public struct PluralRule: Sendable {
    private enum Kind: Sendable { case english, french, portuguese, spanish, arabic, hebrew, none }
    private let kind: Kind

    public init(language: LanguageCode) {
        switch language.primary {
        case "ja", "zh", "ko", "th", "vi", "id", "ms", "my", "lo", "km": kind = .none
        case "fr": kind = .french
        case "pt": kind = language.rawValue.lowercased() == "pt-pt" ? .spanish : .portuguese
        case "es", "it", "ca": kind = .spanish
        case "ar": kind = .arabic
        case "he", "iw": kind = .hebrew
        default: kind = .english
        }
    }

    /// The categories the language uses; a string file needs a form for each.
    public var categories: Set<PluralCategory> {
        switch kind {
        case .none: [.other]
        case .english: [.one, .other]
        case .french, .portuguese, .spanish: [.one, .many, .other]
        case .arabic: Set(PluralCategory.allCases)
        case .hebrew: [.one, .two, .other]
        }
    }

    public func category(_ count: Int) -> PluralCategory {
        let n = count.magnitude
        // French, Spanish, Italian, Portuguese: "un million de mots" takes its own form.
        let isMillions = n != 0 && n % 1_000_000 == 0
        switch kind {
        case .none: return .other
        case .english: return n == 1 ? .one : .other
        case .french, .portuguese: return n <= 1 ? .one : isMillions ? .many : .other
        case .spanish: return n == 1 ? .one : isMillions ? .many : .other
        case .hebrew: return n == 1 ? .one : n == 2 ? .two : .other
        case .arabic:
            switch n % 100 {
            case _ where n == 0: return .zero
            case _ where n == 1: return .one
            case _ where n == 2: return .two
            case 3...10: return .few
            case 11...99: return .many
            default: return .other
            }
        }
    }
}
