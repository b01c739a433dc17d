import Foundation

/// The paragraphs met so far, to keep a repeated one once: a scrape often catches a block
/// twice (a notice shown at the top and the bottom, a copy-and-paste slip).
struct RepeatedParagraphs: Sendable {
    private var firstLines: [String: Int?] = [:]
    private(set) var repeated: [RepeatedParagraph] = []

    /// Whether to keep the paragraph: false when it repeats an earlier one word for word.
    /// Short ones ("Yes.", "Not applicable.") recur on purpose and are always kept.
    mutating func keep(_ text: String, line: Int?) -> Bool {
        let normalized = text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let unspaced = normalized.unicodeScalars.count(where: HeadingShape.isUnspacedScript)
        guard normalized.count >= 60 || normalized.split(separator: " ").count >= 8 || unspaced >= 30 else { return true }
        if let first = firstLines[normalized] {
            repeated.append(RepeatedParagraph(line: line, firstLine: first, text: normalized))
            return false
        }
        firstLines[normalized] = line
        return true
    }
}
