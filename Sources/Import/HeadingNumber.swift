/// The number or letter a line starts with, as written: "5.2.", "1、", "(1)", "a)", "第3条",
/// "Article 3". Its style says which sibling lines belong together; its depth, how deep a
/// dotted number goes.
struct HeadingNumber: Sendable, Equatable {
    enum Counter: Sendable, Hashable {
        case decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, circled
        /// Chinese numerals: 一, 十二.
        case chinese
    }

    enum Style: Sendable, Hashable {
        /// `1.`, `1)`, `1、`, `5.2.` (depth 2), `1. 1.`; the delimiter after the last number.
        case dotted(depth: Int, delimiter: String, counter: Counter)
        /// `(1)`, `(a)`, `（一）`.
        case parenthesized(Counter)
        /// `Article 3`, `Section 3`, `Artikel 3`, `§ 3`: the word, folded.
        case named(String)
        /// `第3条`, `第三章`: the unit character.
        case cjkOrdinal(Character)
        /// ①, ②…
        case circled
    }

    /// As written, trimmed: dropped from a heading's text or kept, as the user chooses.
    var label: String
    var style: Style
    /// The last number: 2 for "5.2.", 3 for "c)".
    var value: Int
    /// For "i", "v", "x" written alone: the value as a letter, for a list of letters that reached them.
    var letterValue: Int?

    /// Numbers that may start a heading; letters and lowercase Roman numerals number list items.
    var canHead: Bool {
        switch style {
        case .named, .cjkOrdinal: true
        case .dotted(_, _, let counter), .parenthesized(let counter):
            counter == .decimal || counter == .upperRoman || counter == .upperLetter || counter == .chinese
        case .circled: false
        }
    }

    /// A letter or lowercase Roman numeral, which numbers list items, numbers a heading too
    /// when the text after it reads as a title: `(a) Registration`, not `(a) the contract;`.
    var canHeadATitle: Bool {
        switch style {
        case .dotted(_, _, let counter), .parenthesized(let counter): counter == .lowerLetter || counter == .lowerRoman
        default: false
        }
    }

    var isDecimal: Bool {
        switch style {
        case .dotted(_, _, let counter), .parenthesized(let counter): counter == .decimal || counter == .chinese
        case .circled: true
        case .named, .cjkOrdinal: false
        }
    }

    /// How many numbers a dotted label has: "5.2." is 2.
    var depth: Int {
        if case .dotted(let depth, _, _) = style { return depth }
        return 1
    }

    /// The number a line starts with, and the rest of the line.
    static func parse(_ line: String) -> (number: HeadingNumber, rest: String)? {
        let characters = Array(line)
        for reader in [named, cjkOrdinal, parenthesized, circled, chineseNumbered, dotted] {
            if case (var number, let length)? = reader(characters) {
                let rest = trimmedLead(String(characters[length...]).trimmingCharacters(in: .whitespaces))
                // The dash or colon between number and text belongs to the number: "Article 1 –".
                let consumed = characters.count - rest.count
                number.label = String(characters[..<consumed]).trimmingCharacters(in: .whitespaces)
                return (number, rest)
            }
        }
        return nil
    }

    /// A dash or colon between the number and the text ("Article 3 – Scope") goes with the number.
    private static func trimmedLead(_ rest: String) -> String {
        var rest = Substring(rest)
        while let first = rest.first, "-–—:：.".contains(first), rest.count > 1 {
            rest = rest.dropFirst().drop { $0 == " " }
        }
        return String(rest)
    }

    // MARK: readers, each returning the number and how many characters it took

    private static let namedWords = ["article", "art.", "artikel", "artículo", "articulo", "artigo", "section", "sec.",
                                     "clause", "chapter", "kapitel", "chapitre", "capítulo", "§", "المادة", "סעיף"]

    private static func named(_ characters: [Character]) -> (HeadingNumber, Int)? {
        let text = String(characters)
        let lowered = text.lowercased()
        guard let word = namedWords.first(where: { lowered.hasPrefix($0) }) else { return nil }
        var index = word.count
        while index < characters.count, characters[index] == " " { index += 1 }
        let digitsStart = index
        while index < characters.count, characters[index].isASCII, characters[index].isNumber || characters[index] == "." {
            index += 1
        }
        var numberText = String(characters[digitsStart..<index])
        while numberText.hasSuffix(".") { numberText.removeLast() }
        guard let value = numberText.split(separator: ".").last.flatMap({ Int($0) }), value < 1000,
              index == characters.count || !characters[index].isLetter else { return nil }
        let label = String(characters[..<index]).trimmingCharacters(in: .whitespaces)
        return (HeadingNumber(label: label, style: .named(word), value: value), index)
    }

    private static let chineseDigits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    /// 第3条, 第十二条, 第2章, 第1節: the number in Arabic or Chinese numerals, then the unit.
    private static func cjkOrdinal(_ characters: [Character]) -> (HeadingNumber, Int)? {
        guard characters.first == "第" else { return nil }
        var index = 1, value = 0, sawDigit = false
        while index < characters.count {
            let character = characters[index]
            if let digit = character.wholeNumberValue, character.isASCII || ("０"..."９").contains(character) {
                value = value * 10 + digit
            } else if character == "十" {
                value = (value == 0 ? 1 : value) * 10
            } else if let digit = chineseDigits[character] {
                value = value >= 10 && value % 10 == 0 ? value + digit : value * 10 + digit
            } else { break }
            sawDigit = true
            index += 1
        }
        guard sawDigit, index < characters.count, "条條章節节款項项部編编".contains(characters[index]) else { return nil }
        let unit = characters[index]
        return (HeadingNumber(label: String(characters[...index]), style: .cjkOrdinal(unit), value: value), index + 1)
    }

    /// The value of Chinese numerals (一 to 九十九), nil for anything else.
    private static func chineseValue(_ numerals: some Collection<Character>) -> Int? {
        guard !numerals.isEmpty, numerals.count <= 3 else { return nil }
        var value = 0
        for character in numerals {
            if character == "十" {
                value = (value == 0 ? 1 : value) * 10
            } else if let digit = chineseDigits[character], digit > 0 {
                value = value >= 10 && value % 10 == 0 ? value + digit : value * 10 + digit
            } else {
                return nil
            }
        }
        return value
    }

    /// 一、 二、 十二、: Chinese numerals and an enumeration comma, how Chinese texts number
    /// their sections.
    private static func chineseNumbered(_ characters: [Character]) -> (HeadingNumber, Int)? {
        guard let end = characters.prefix(4).firstIndex(where: { "、．".contains($0) }),
              let value = chineseValue(characters[..<end]) else { return nil }
        return (HeadingNumber(label: String(characters[...end]),
                              style: .dotted(depth: 1, delimiter: String(characters[end]), counter: .chinese), value: value),
                end + 1)
    }

    private static func parenthesized(_ characters: [Character]) -> (HeadingNumber, Int)? {
        guard let open = characters.first, open == "(" || open == "（",
              let close = characters.firstIndex(where: { $0 == ")" || $0 == "）" }), close > 1, close <= 6,
              let (counter, value, letter) = counterValue(String(characters[1..<close])),
              close + 1 == characters.count || characters[close + 1] == " " || !characters[close + 1].isASCII else {
            return nil
        }
        return (HeadingNumber(label: String(characters[...close]), style: .parenthesized(counter), value: value,
                              letterValue: letter), close + 1)
    }

    private static func circled(_ characters: [Character]) -> (HeadingNumber, Int)? {
        guard let first = characters.first?.unicodeScalars.first, (0x2460...0x2473).contains(first.value) else { return nil }
        return (HeadingNumber(label: String(characters[0]), style: .circled, value: Int(first.value - 0x2460) + 1), 1)
    }

    /// `1.`, `1)`, `1、`, `5.2.`, `5.2`, `1. 1.`, `a)`, `iv.`, `A.`: the label must be followed by a
    /// space (or, after a CJK delimiter, by anything).
    private static func dotted(_ characters: [Character]) -> (HeadingNumber, Int)? {
        var index = 0
        var parts: [String] = []
        var delimiter = ""
        while index < characters.count {
            let start = index
            while index < characters.count,
                  characters[index].isASCII && characters[index].isLetter || characters[index].isNumber && characters[index].wholeNumberValue != nil && (characters[index].isASCII || ("０"..."９").contains(characters[index])) {
                index += 1
            }
            guard index > start, index - start <= 4 else { return nil }
            parts.append(String(characters[start..<index]))
            guard index < characters.count else { break }
            let mark = characters[index]
            guard ".)、．:".contains(mark) else { break }
            delimiter = String(mark)
            index += 1
            // "5.2" goes on; "1. 1." goes on after one space when a number and a delimiter follow.
            if index < characters.count, characters[index].isASCII, characters[index].isNumber, mark == "." || mark == "．" {
                continue
            }
            if index + 2 < characters.count, characters[index] == " ", characters[index + 1].isASCII,
               characters[index + 1].isNumber, mark == ".",
               let end = characters[(index + 1)...].prefix(4).firstIndex(of: "."), end > index + 1,
               characters[(index + 1)..<end].allSatisfy({ $0.isASCII && $0.isNumber }) {
                index += 1
                continue
            }
            break
        }
        let cjkDelimiter = delimiter == "、" || delimiter == "．"
        let followedBySpace = index == characters.count || characters[index] == " "
        guard !parts.isEmpty, followedBySpace || cjkDelimiter else { return nil }
        // "5.2 Scope" is a number; "3 months" and "1: …" are not.
        guard delimiter != ":", !delimiter.isEmpty || parts.count > 1 else { return nil }
        let counters = parts.map(counterValue)
        guard counters.allSatisfy({ $0 != nil }) else { return nil }
        let (counter, value, letter) = counters.last!!
        if parts.count > 1 {
            guard counters.allSatisfy({ $0!.counter == .decimal }) else { return nil }
        } else if counter != .decimal, parts[0].count > 1, counter != .lowerRoman, counter != .upperRoman {
            return nil
        }
        let label = String(characters[..<index]).trimmingCharacters(in: .whitespaces)
        return (HeadingNumber(label: label, style: .dotted(depth: parts.count, delimiter: delimiter, counter: counter),
                              value: value, letterValue: letter), index)
    }

    /// "12" is decimal 12; "c" the letter 3; "iv" Roman 4; "i" Roman 1 that may also be the letter 9.
    private static func counterValue(_ text: String) -> (counter: Counter, value: Int, letter: Int?)? {
        // ASCII or full-width digits (（１）).
        let digits = text.compactMap { $0.isASCII || ("０"..."９").contains($0) ? $0.wholeNumberValue : nil }
        if digits.count == text.count, (1...3).contains(text.count) {
            return (.decimal, digits.reduce(0) { $0 * 10 + $1 }, nil)
        }
        if let value = chineseValue(text) { return (.chinese, value, nil) }
        let lower = text.lowercased()
        if let roman = romanValue(lower) {
            let letter = text.count == 1 ? Int(lower.unicodeScalars.first!.value) - 96 : nil
            return (text == lower ? .lowerRoman : .upperRoman, roman, letter)
        }
        if text.count == 1, let scalar = lower.unicodeScalars.first, ("a"..."z").contains(scalar) {
            return (text == lower ? .lowerLetter : .upperLetter, Int(scalar.value) - 96, nil)
        }
        return nil
    }

    private static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        guard !text.isEmpty, text.count <= 5, text.allSatisfy({ "ivx".contains($0) }) else { return nil }
        var total = 0, previous = 0
        for character in text.reversed() {
            let value = values[character]!
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total
    }
}
