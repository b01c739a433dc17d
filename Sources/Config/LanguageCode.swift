/// A BCP 47 language tag as written in policygen.yaml (`en`, `zh-Hans`, `pt-BR`).
/// The spelling is kept exactly: output folders use it.
public struct LanguageCode: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// nil unless `rawValue` follows BCP 47 syntax: language, optional script,
    /// optional region, variants, in ASCII. (`en_US` and `../x` are not tags.) Extensions and
    /// private-use subtags (`en-u-…`, `en-x-…`) are not accepted: a policy site has no use for
    /// them, and `x-default` must never name a language.
    public init?(rawValue: String) {
        guard Self.isWellFormed(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The first subtag, lowercased (`zh` of `zh-Hant`).
    /// A well-formed tag is ASCII and starts with it: the bytes before the first `-`, without
    /// splitting the tag (asked by the checks of every text; `primaryIsTheFirstSplitSubtag`).
    public var primary: String {
        let end = rawValue.utf8.firstIndex(of: UInt8(ascii: "-")) ?? rawValue.endIndex
        return String(rawValue[..<end]).lowercased()
    }

    /// The script subtag when written (`Hant` of `zh-Hant`), in title case.
    public var script: String? {
        rawValue.split(separator: "-").dropFirst()
            .first { $0.count == 4 && $0.allSatisfy(\.isLetter) }
            .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
    }

    /// Reading direction from the tag: the script decides when written, else the language.
    public var naturalDirection: TextDirection {
        if let script { return Self.rightToLeftScripts.contains(script) ? .rightToLeft : .leftToRight }
        return Self.rightToLeftLanguages.contains(primary) ? .rightToLeft : .leftToRight
    }

    static let rightToLeftScripts: Set<String> = [
        "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Yezi",
    ]
    static let rightToLeftLanguages: Set<String> = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "pnb", "ps", "sd",
        "syr", "ug", "ur", "yi",
    ]

    static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        var index = 1
        func next(_ accept: (Substring) -> Bool) {
            if index < parts.count, accept(parts[index]) { index += 1 }
        }
        let letters: (Substring) -> Bool = { $0.allSatisfy { $0.isASCII && $0.isLetter } }
        let digits: (Substring) -> Bool = { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        let alphanumerics: (Substring) -> Bool = { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        next { $0.count == 4 && letters($0) }                                         // script
        next { ($0.count == 2 && letters($0)) || ($0.count == 3 && digits($0)) }      // region
        while index < parts.count {                                                   // variants
            let part = parts[index]
            let isVariant = alphanumerics(part) &&
                ((5...8).contains(part.count) || (part.count == 4 && digits(part.prefix(1))))
            guard isVariant else { return false }
            index += 1
        }
        return true
    }
}

public enum TextDirection: String, Sendable, Hashable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}
