/// A line of a plain-text page, read for what it starts with.
struct ClassifiedLine: Sendable {
    enum Kind: Sendable {
        case blank
        case bullet(Character, text: String)
        case numbered(HeadingNumber, text: String)
        case text
    }

    var line: SourceLine
    var kind: Kind

    init(_ line: SourceLine) {
        self.line = line
        if line.isBlank {
            kind = .blank
        } else if let (bullet, rest) = Self.bullet(line.text) {
            kind = .bullet(bullet, text: rest)
        } else if let (number, rest) = HeadingNumber.parse(line.text) {
            kind = .numbered(number, text: rest)
        } else {
            kind = .text
        }
    }

    static let blank = ClassifiedLine(SourceLine(number: 0, indent: 0, text: ""))

    var isBlank: Bool { if case .blank = kind { true } else { false } }

    /// Bullets that need no space after them, and those that do (`-` and `*` also start words
    /// and emphasis).
    private static let bullets: Set<Character> = ["•", "·", "◦", "▪", "▫", "■", "□", "○", "●", "➢", "►", "▸", "‣", "⁃", "・", "\u{F0B7}", "✓", "✔", "→", "–", "—"]
    private static let spacedBullets: Set<Character> = ["-", "*", "+"]

    private static func bullet(_ text: String) -> (Character, String)? {
        guard let first = text.first else { return nil }
        let rest = text.dropFirst()
        if bullets.contains(first), !rest.isEmpty, rest.first != first {
            return (first, rest.trimmingCharacters(in: .whitespaces))
        }
        if spacedBullets.contains(first), rest.first == " ", rest.count > 1 {
            return (first, rest.trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}

import Foundation
