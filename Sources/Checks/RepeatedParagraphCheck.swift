import Diagnostics
import Foundation
import Outline

/// PG205: a paragraph or list item written twice in one text, as a copy and paste leaves it.
///
/// Texts are compared as a reader sees them (spaces collapsed, Unicode NFC), and only long
/// ones: short lines ("Contact us", "Not applicable") recur on purpose. List items repeat
/// legitimately in parallel lists of different sections ("To comply with the law" under
/// each kind of data), so a pair with a list item in it counts only within one section;
/// two paragraphs count anywhere in the text.
enum RepeatedParagraphCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.repeatedParagraph: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        let blocks = text.document.blocks
        // Blocks are kept by index: copying one retains all it holds.
        var earlier: [String: [Int]] = [:]
        earlier.reserveCapacity(blocks.count)
        var found: [Diagnostic] = []
        for index in blocks.indices {
            guard isParagraph(blocks[index]) || isListItem(blocks[index]) else { continue }
            let normalized = normalizedText(of: blocks[index])
            guard isLongEnough(normalized) else { continue }
            // One look-up of the text, which is long, both to find the block it repeats and to note it.
            if let first = firstRepeated(by: index, of: blocks, noting: &earlier[normalized, default: []]) {
                let line = text.location(ofBlock: first).line.map { " on line \($0)" } ?? ""
                found.append(.warning(.repeatedParagraph, at: text.location(ofBlock: index),
                                      "this \(isListItem(blocks[index]) ? "list item" : "paragraph") repeats the "
                                          + "one\(line): '\(shortened(normalized))'",
                                      hint: "delete one of them, or say what differs"))
            }
        }
        return found
    }

    /// The first of `earlier` (blocks with the same text) that block `next` repeats; `next` is
    /// added to them.
    private static func firstRepeated(by next: Int, of blocks: [DocumentBlock], noting earlier: inout [Int]) -> Int? {
        defer { earlier.append(next) }
        return earlier.first { repeats(blocks[next], blocks[$0]) }
    }

    private static func isParagraph(_ block: DocumentBlock) -> Bool {
        switch block.kind {
        case .paragraph, .footnoteDefinition: true
        default: false
        }
    }

    private static func isListItem(_ block: DocumentBlock) -> Bool {
        if case .listItem = block.kind { true } else { false }
    }

    private static func repeats(_ block: DocumentBlock, _ first: DocumentBlock) -> Bool {
        (isParagraph(block) && isParagraph(first)) || block.sectionID == first.sectionID
    }

    /// `normalize(block.plainText)`. A block whose every scalar is composed already (nearly
    /// all) is collapsed span by span, byte by byte, straight into the string's storage, without
    /// the plain text made first.
    static func normalizedText(of block: DocumentBlock) -> String {
        // Collapsing never lengthens: at most every byte of the spans and a space between fields.
        var capacity = block.fields.count
        for field in block.fields {
            for span in field { capacity += span.plainText.utf8.count }
        }
        var isComposed = true
        let collapsed = String(unsafeUninitializedCapacity: capacity) { buffer in
            var text = CollapsedText(buffer)
            for (number, field) in block.fields.enumerated() {
                // Fields are joined by a space.
                if number > 0 { text.addSpace() }
                for span in field {
                    var plain = span.plainText
                    guard plain.withUTF8({ text.add($0) }) else {
                        isComposed = false
                        return 0
                    }
                }
            }
            return text.count
        }
        return isComposed ? collapsed : normalize(block.plainText)
    }

    /// UTF-8 written into storage made beforehand with its white space collapsed, as long as it
    /// needs no composing.
    private struct CollapsedText {
        private let buffer: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0
        private var pendingSpace = false

        init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
            self.buffer = buffer
        }

        mutating func addSpace() {
            pendingSpace = count > 0
        }

        /// Adds `utf8` (valid, as a String's is); false, with part of it added, when a scalar
        /// of it may need composing.
        mutating func add(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            var at = 0
            while at < utf8.count {
                let (value, width) = scalar(at: at, in: utf8)
                guard isComposedAlone(value) else { return false }
                if isWhitespaceComposedAlone(value) {
                    addSpace()
                } else {
                    if pendingSpace {
                        buffer[count] = 32
                        count += 1
                        pendingSpace = false
                    }
                    for offset in at..<at + width {
                        buffer[count] = utf8[offset]
                        count += 1
                    }
                }
                at += width
            }
            return true
        }

        /// The scalar whose UTF-8 starts at `offset`, and its length.
        private func scalar(at offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (value: UInt32, width: Int) {
            let lead = utf8[offset]
            if lead < 0x80 { return (UInt32(lead), 1) }
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead & (0x7F >> width))
            for next in offset + 1..<offset + width { value = value << 6 | UInt32(utf8[next] & 0x3F) }
            return (value, width)
        }
    }

    /// Spaces collapsed and trimmed, composed characters.
    static func normalize(_ text: String) -> String {
        // ASCII needs no composing, and most policy text is ASCII.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Byte by byte: ASCII white space is 9–13 and 32.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for byte in text.utf8 {
                if byte == 32 || (9...13).contains(byte) {
                    pendingSpace = !bytes.isEmpty
                } else {
                    if pendingSpace { bytes.append(32) }
                    pendingSpace = false
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        // Text already composed needs no Foundation: the same collapsing, scalar by scalar.
        if text.unicodeScalars.allSatisfy({ isComposedAlone($0.value) }) {
            var result = String.UnicodeScalarView()
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                if isWhitespaceComposedAlone(scalar.value) {
                    pendingSpace = !result.isEmpty
                } else {
                    if pendingSpace { result.append(" ") }
                    pendingSpace = false
                    result.append(scalar)
                }
            }
            return String(result)
        }
        return text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `properties.isWhitespace` of a scalar `isComposedAlone` accepts, without the property tables.
    private static func isWhitespaceComposedAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x3000: true
        default: false
        }
    }

    /// Scalars that are in NFC whatever surrounds them (no canonical decomposition that NFC
    /// undoes, combining class 0) and are each a character of their own: Latin up to the
    /// combining marks, general punctuation, CJK punctuation, kana, CJK ideographs, full-width
    /// forms. A text of these alone is composed already, and splits into characters as into
    /// scalars (CR LF aside, white space either way).
    private static func isComposedAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x2010...0x2027, 0x3000...0x3029, 0x3041...0x3096, 0x30A1...0x30FC, 0x4E00...0x9FFF,
             0xFF01...0xFF5E: true
        default: false
        }
    }

    /// Eight words, sixty characters, or thirty characters of a script written without spaces.
    static func isLongEnough(_ text: String) -> Bool {
        // Counted up to sixty only: most paragraphs are far longer.
        let scalars = text.unicodeScalars
        if scalars.index(scalars.startIndex, offsetBy: 60, limitedBy: scalars.endIndex) != nil { return true }
        // `normalize` leaves single spaces between words and none at the ends.
        let words = text.isEmpty ? 0 : text.utf8.count { $0 == 32 } + 1
        if words >= 8 { return true }
        return text.unicodeScalars.count { Script.of($0)?.isWrittenWithoutSpaces ?? false } >= 30
    }

    private static func shortened(_ text: String) -> String {
        text.count <= 50 ? text : text.prefix(49) + "…"
    }
}
