import Config

extension LanguageCode {
    /// The scripts a text in this language is written in, from the script subtag when there is
    /// one (`sr-Latn`, `zh-Hant`), else from the language; nil for a language not listed
    /// here, whose text then shows its own script by the letters it uses most.
    var nativeScripts: Set<Script>? {
        if let script, let scripts = Self.scriptsBySubtag[script] { return scripts }
        if Self.latinLanguages.contains(primary) { return [.latin] }
        return Self.scriptsByLanguage.first { $0.languages.contains(primary) }?.scripts
    }

    private static let scriptsBySubtag: [String: Set<Script>] = [
        "Latn": [.latin], "Cyrl": [.cyrillic], "Grek": [.greek], "Armn": [.armenian], "Geor": [.georgian],
        "Hebr": [.hebrew], "Arab": [.arabic], "Deva": [.devanagari], "Beng": [.bengali], "Thai": [.thai],
        "Hans": [.han], "Hant": [.han, .bopomofo], "Hani": [.han], "Jpan": [.han, .hiragana, .katakana],
        "Kore": [.hangul, .han], "Hang": [.hangul],
    ]

    private static let scriptsByLanguage: [(languages: Set<String>, scripts: Set<Script>)] = [
        (["ja"], [.han, .hiragana, .katakana]),
        (["zh", "yue"], [.han, .bopomofo]),
        (["ko"], [.hangul, .han]),
        (["ar", "fa", "ur", "ps", "ckb", "sd", "ug", "ks", "pnb"], [.arabic]),
        (["he", "iw", "yi"], [.hebrew]),
        (["ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba", "cv"], [.cyrillic]),
        (["el"], [.greek]),
        (["hy"], [.armenian]),
        (["ka"], [.georgian]),
        (["hi", "mr", "ne", "sa"], [.devanagari]),
        (["bn", "as"], [.bengali]),
        (["th"], [.thai]),
    ]

    /// Languages written in Latin letters only.
    private static let latinLanguages: Set<String> = [
        "af", "az", "br", "bs", "ca", "co", "cs", "cy", "da", "de", "en", "eo", "es", "et", "eu", "fi", "fil",
        "fo", "fr", "fy", "ga", "gd", "gl", "ha", "haw", "hr", "ht", "hu", "id", "ig", "is", "it", "jv", "la",
        "lb", "lt", "lv", "mg", "mi", "ms", "mt", "nb", "nl", "nn", "no", "oc", "pl", "pt", "rm", "ro", "sk",
        "sl", "sm", "sn", "so", "sq", "sv", "sw", "tk", "tl", "tr", "uz", "vi", "wo", "xh", "yo", "zu",
    ]
}
