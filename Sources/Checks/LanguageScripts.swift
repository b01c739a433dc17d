import Config

extension LanguageCode {
    /// The scripts a text in this language is written in, from the script subtag when there is
    /// one (`sr-Latn`, `zh-Hant`), else from the language; nil for a language not listed
    /// here, whose text then shows its own script by the letters it uses most.
    ///
    /// Switches rather than tables: each text's checks ask, and the tables (sets of strings)
    /// were made and hashed in every process, a short text's checks paying for them.
    var nativeScripts: Set<Script>? {
        if let script, let scripts = Self.scripts(subtag: script) { return scripts }
        return Self.scripts(language: primary)
    }

    private static func scripts(subtag: String) -> Set<Script>? {
        switch subtag {
        case "Latn": [.latin]
        case "Cyrl": [.cyrillic]
        case "Grek": [.greek]
        case "Armn": [.armenian]
        case "Geor": [.georgian]
        case "Hebr": [.hebrew]
        case "Arab": [.arabic]
        case "Deva": [.devanagari]
        case "Beng": [.bengali]
        case "Thai": [.thai]
        case "Hans": [.han]
        case "Hant": [.han, .bopomofo]
        case "Hani": [.han]
        case "Jpan": [.han, .hiragana, .katakana]
        case "Kore": [.hangul, .han]
        case "Hang": [.hangul]
        default: nil
        }
    }

    private static func scripts(language: String) -> Set<Script>? {
        switch language {
        // Languages written in Latin letters only.
        case "af", "az", "br", "bs", "ca", "co", "cs", "cy", "da", "de", "en", "eo", "es", "et", "eu", "fi", "fil",
             "fo", "fr", "fy", "ga", "gd", "gl", "ha", "haw", "hr", "ht", "hu", "id", "ig", "is", "it", "jv", "la",
             "lb", "lt", "lv", "mg", "mi", "ms", "mt", "nb", "nl", "nn", "no", "oc", "pl", "pt", "rm", "ro", "sk",
             "sl", "sm", "sn", "so", "sq", "sv", "sw", "tk", "tl", "tr", "uz", "vi", "wo", "xh", "yo", "zu":
            [.latin]
        case "ja": [.han, .hiragana, .katakana]
        case "zh", "yue": [.han, .bopomofo]
        case "ko": [.hangul, .han]
        case "ar", "fa", "ur", "ps", "ckb", "sd", "ug", "ks", "pnb": [.arabic]
        case "he", "iw", "yi": [.hebrew]
        case "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba", "cv": [.cyrillic]
        case "el": [.greek]
        case "hy": [.armenian]
        case "ka": [.georgian]
        case "hi", "mr", "ne", "sa": [.devanagari]
        case "bn", "as": [.bengali]
        case "th": [.thai]
        default: nil
        }
    }
}
