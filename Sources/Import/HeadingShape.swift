/// What a heading looks like in plain text: short, not a sentence, not an address.
enum HeadingShape {
    /// Characters that end a sentence or a clause (a heading ends with none of them, a
    /// question mark aside).
    static let sentenceEnd: Set<Character> = [".", ";", ",", ":", "。", "；", "，", "：", "、", "!", "！"]
    static let clauseEnd: Set<Character> = [".", "!", "?", ":", ";", "。", "！", "？", "：", "；"]

    /// `text` (without any number) could be a heading: numbered lines may be longer, and may
    /// end with a period when they are a few words ("1. Definitions.").
    static func fits(_ text: String, numbered: Bool) -> Bool {
        guard text.contains(where: \.isLetter), !containsAddress(text) else { return false }
        let words = text.split(separator: " ").count
        let unspaced = text.unicodeScalars.count { isUnspacedScript($0) }
        let longest = numbered ? 120 : 90
        if unspaced > text.count / 2 {
            guard text.count <= (numbered ? 40 : 30) else { return false }
        } else {
            guard text.count <= longest, words <= (numbered ? 16 : 14) else { return false }
        }
        guard let last = text.last else { return false }
        if sentenceEnd.contains(last) {
            let shortWithPeriod = numbered && last == "." && words <= 6 && !text.dropLast().contains(where: { ",;:".contains($0) })
            return shortWithPeriod
        }
        return true
    }

    /// Most words capitalized ("Your Rights And Choices", "Contact Us"); small words may stay low.
    static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0.first?.isLetter == true }
        guard let first = words.first, first.first!.isUppercase else { return false }
        let significant = words.filter { $0.count > 3 }
        let capitalized = significant.count { $0.first!.isUppercase }
        return significant.isEmpty || capitalized * 2 > significant.count
    }

    /// Starts with a capital letter, or with a letter of a script without case (CJK, Arabic, Hebrew).
    static func startsLikeAHeading(_ text: String) -> Bool {
        guard let first = text.first(where: { !"\"'“‘«(".contains($0) }) else { return false }
        return first.isUppercase || (first.isLetter && !first.isLowercase) || first.isNumber
    }

    /// Written in capitals ("LIMITATION OF LIABILITY"): at least two capital letters and no small one.
    static func isCapitals(_ text: String) -> Bool {
        text.count(where: \.isUppercase) >= 2 && !text.contains(where: \.isLowercase)
    }

    static func endsClause(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " \"'”’»)]）」"))
        guard let last = trimmed.last else { return false }
        return clauseEnd.contains(last)
    }

    static func startsLowercase(_ text: String) -> Bool {
        text.first?.isLowercase == true
    }

    static func containsAddress(_ text: String) -> Bool {
        text.contains("://") || text.contains("www.") || text.contains { $0 == "@" }
    }

    /// Scripts written without spaces between words: a character there is worth a word.
    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x0E00...0x0E7F: true
        default: false
        }
    }
}

import Foundation
