import Foundation

/// A date the text states for itself: "Effective 1 January 2024", "Last updated: March 3,
/// 2023", "Stand: 3. März 2023", "最終更新日：2023年3月3日", "2024年1月1日施行".
public struct StatedDate: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The day the text takes effect.
        case effective
        /// The day it was last changed, which stands in for the effective date when no other is given.
        case updated
    }

    public var date: EffectiveDate
    public var kind: Kind
    /// The line of the input it stands on, when known.
    public var line: Int?
    /// The line as written, trimmed.
    public var statement: String
    /// The line says nothing else, so it leaves the body once the date is in the front-matter.
    public var standsAlone: Bool

    public init(date: EffectiveDate, kind: Kind, line: Int?, statement: String, standsAlone: Bool) {
        self.date = date
        self.kind = kind
        self.line = line
        self.statement = statement
        self.standsAlone = standsAlone
    }

    /// The date a line states, if it announces one.
    public static func find(in text: String, line: Int? = nil) -> StatedDate? {
        let statement = text.trimmingHorizontalSpace
        let folded = DateWords.fold(statement)
        let bytes = Array(folded.utf8)
        for (kind, phrases) in [(Kind.effective, DateWords.effective), (.updated, DateWords.updated)] {
            for phrase in phrases {
                for range in ranges(of: phrase, in: folded, bytes) where startsWord(folded, at: range.lowerBound) {
                    let after = folded[range.upperBound...].prefix(48)
                    if let found = DateScanner(after).firstDate(startingWithin: 6) {
                        return StatedDate(date: found.date, kind: kind, line: line, statement: statement,
                                          standsAlone: alone(folded, phrase: phrase, dateLength: found.length))
                    }
                }
            }
        }
        for (kind, phrases) in [(Kind.effective, DateWords.effectiveAfter), (.updated, DateWords.updatedAfter)] {
            for phrase in phrases {
                for range in ranges(of: phrase, in: folded, bytes) {
                    let before = folded[..<range.lowerBound].suffix(24).trimmingHorizontalSpace
                    if let found = DateScanner(Substring(before)).lastDate(endingAtEnd: true) {
                        return StatedDate(date: found.date, kind: kind, line: line, statement: statement,
                                          standsAlone: alone(folded, phrase: phrase, dateLength: found.length))
                    }
                }
            }
        }
        return nil
    }

    /// The statement the document's date comes from: the first effective date, else the first update.
    public static func best(of dates: [StatedDate]) -> StatedDate? {
        dates.first { $0.kind == .effective } ?? dates.first
    }

    /// Where `phrase` stands in `text` (whose UTF-8 is `bytes`), found byte by byte: a line is
    /// searched for a hundred phrases, and the standard library's search of Strings cost
    /// hundreds of microseconds a line.
    private static func ranges(of phrase: String, in text: String, _ bytes: [UInt8]) -> [Range<String.Index>] {
        guard let first = phrase.utf8.first, bytes.count >= phrase.utf8.count, bytes.contains(first) else { return [] }
        let needle = Array(phrase.utf8)
        var found: [Range<String.Index>] = []
        var at = 0
        while at <= bytes.count - needle.count {
            if bytes[at] == first, bytes[at..<at + needle.count].elementsEqual(needle) {
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: at)
                found.append(start..<text.utf8.index(start, offsetBy: needle.count))
                at += needle.count
            } else {
                at += 1
            }
        }
        return found
    }

    /// A Latin phrase must start a word ("stand" is not the end of "understand").
    private static func startsWord(_ text: String, at index: String.Index) -> Bool {
        guard index > text.startIndex else { return true }
        return !text[text.index(before: index)].isLetter
    }

    /// The line is hardly more than the phrase and the date.
    private static func alone(_ line: String, phrase: String, dateLength: Int) -> Bool {
        line.count <= phrase.count + dateLength + 16
    }
}

/// Reads dates out of a short text: numbers, month names and the separators between them.
struct DateScanner {
    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        /// 年 月 日 and 년 월 일, which say what the number before them is.
        case unit(Character)
        case separator(Character)
    }

    /// Each token with the offset (in characters) where it ends.
    private(set) var tokens: [(token: Token, end: Int)] = []

    init(_ text: Substring) {
        var index = text.startIndex, offset = 0
        func advance() { index = text.index(after: index); offset += 1 }
        while index < text.endIndex {
            let character = text[index]
            if let digit = Self.digit(character) {
                var value = digit, digits = 1
                advance()
                while index < text.endIndex, let next = Self.digit(text[index]) {
                    value = value * 10 + next; digits += 1
                    advance()
                    if digits > 4 { break }
                }
                tokens.append((.number(value, digits: digits), offset))
            } else if "年月日년월일".contains(character) {
                advance()
                tokens.append((.unit(character), offset))
            } else if character.isLetter {
                var word = ""
                while index < text.endIndex, text[index].isLetter || text[index] == "'",
                      !"年月日년월일".contains(text[index]) {
                    word.append(text[index])
                    advance()
                }
                tokens.append((.word(word), offset))
            } else if character.isWhitespace {
                advance()
            } else {
                advance()
                tokens.append((.separator(character), offset))
            }
        }
    }

    /// ASCII, Arabic-Indic and Extended Arabic-Indic digits (the fold made full-width ones ASCII).
    private static func digit(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x660...0x669: return Int(scalar.value - 0x660)
        case 0x6F0...0x6F9: return Int(scalar.value - 0x6F0)
        default: return nil
        }
    }

    /// The first date that starts within the first `limit` words (separators not counted).
    func firstDate(startingWithin limit: Int) -> (date: EffectiveDate, length: Int)? {
        var words = 0
        for start in tokens.indices {
            if case .separator = tokens[start].token {} else { words += 1 }
            if words > limit { return nil }
            if let (date, end) = date(at: start) {
                let begin = start == 0 ? 0 : tokens[start - 1].end
                return (date, tokens[end].end - begin)
            }
        }
        return nil
    }

    /// The last date in the text; with `endingAtEnd`, only one that is its last token.
    func lastDate(endingAtEnd: Bool) -> (date: EffectiveDate, length: Int)? {
        for start in tokens.indices.reversed() {
            if let (date, end) = date(at: start), !endingAtEnd || end == tokens.count - 1 {
                return (date, tokens[end].end - (start == 0 ? 0 : tokens[start - 1].end))
            }
        }
        return nil
    }

    /// A date beginning at token `start`, and the index of its last token.
    private func date(at start: Int) -> (EffectiveDate, Int)? {
        var cursor = start
        func next() -> Token? {
            guard cursor < tokens.count else { return nil }
            defer { cursor += 1 }
            return tokens[cursor].token
        }
        func skipFillers() {
            while cursor < tokens.count {
                switch tokens[cursor].token {
                case .word(let word) where DateWords.fillers.contains(word): cursor += 1
                case .separator(let mark) where ",.-/".contains(mark) || mark == "\u{060C}": cursor += 1
                default: return
                }
            }
        }
        func month() -> Int? {
            guard cursor < tokens.count, case .word(let word) = tokens[cursor].token else { return nil }
            // Two-word names first: "كانون الثاني".
            if cursor + 1 < tokens.count, case .word(let second) = tokens[cursor + 1].token,
               let month = DateWords.month(word + " " + second) {
                cursor += 2
                return month
            }
            guard let month = DateWords.month(word) else { return nil }
            cursor += 1
            return month
        }
        func done(_ year: Int, _ month: Int, _ day: Int) -> (EffectiveDate, Int)? {
            EffectiveDate(year: year, month: month, day: day).map { ($0, cursor - 1) }
        }

        switch next() {
        case .word(let word) where DateWords.era(word) != nil:
            // 令和6年1月1日, 令和元年5月1日
            var (base, year) = DateWords.era(word)!
            if year == nil, case .number(let value, _) = next() { year = value }
            guard let year, next() == .unit("年"), case .number(let month, _) = next(), next() == .unit("月"),
                  case .number(let day, _) = next(), next() == .unit("日") else { return nil }
            return done(base + year, month, day)
        case .number(let first, let digits) where digits == 4:
            let afterYear = cursor < tokens.count ? tokens[cursor].token : nil
            if afterYear == .unit("年") || afterYear == .unit("년") {
                cursor += 1
                guard case .number(let month, _) = next(), [.unit("月"), .unit("월")].contains(next()),
                      case .number(let day, _) = next(), [.unit("日"), .unit("일")].contains(next()) else { return nil }
                return done(first, month, day)
            }
            // 2024-01-01, 2024/1/1, 2024.1.1, and Korean 2024. 1. 1.
            guard case .separator(let mark) = next(), "-/.".contains(mark),
                  case .number(let month, _) = next(), next() == .separator(mark),
                  case .number(let day, _) = next() else { return nil }
            return done(first, month, day)
        case .number(let first, let digits) where digits <= 2:
            let afterFirst = cursor
            skipFillers()
            if let month = month() {
                // 1 January 2024, 3. März 2023, 1er janvier 2024, 3 de marzo de 2023
                skipFillers()
                guard case .number(let year, 4) = next() else { return nil }
                return done(year, month, first)
            }
            // 03.03.2023, 3-3-2023, 3/13/2023: day first unless only the other order makes a date.
            cursor = afterFirst
            guard case .separator(let mark) = next(), ".-/".contains(mark),
                  case .number(let second, let secondDigits) = next(), secondDigits <= 2,
                  next() == .separator(mark), case .number(let year, 4) = next() else { return nil }
            if mark == "/" {
                if first > 12 { return done(year, second, first) }
                if second > 12 { return done(year, first, second) }
                return first == second ? done(year, first, second) : nil
            }
            return done(year, second, first)
        case .word:
            // March 3, 2023; March 3rd, 2023
            cursor = start
            guard let month = month(), case .number(let day, let digits) = next(), digits <= 2 else { return nil }
            skipFillers()
            guard case .number(let year, 4) = next() else { return nil }
            return done(year, month, day)
        default:
            return nil
        }
    }
}
