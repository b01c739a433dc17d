import Diagnostics
import Foundation
import Outline

/// PG205: a paragraph or list item written twice where a copy and paste leaves it: a
/// paragraph again in its own section (twice in a row, or further down), an item again in its
/// own list.
///
/// Texts are compared as a reader sees them (spaces collapsed, Unicode NFC), and only long
/// ones: short lines ("Contact us", "Not applicable") recur on purpose. Policies repeat on
/// purpose too, and that is left alone: a clause again under another heading (a supplement
/// for another region restating it), the same items in another list (the same data under each
/// legal basis), and the same lead-in ending in a colon before each of several lists ("We do
/// not allow content that:").
enum RepeatedParagraphCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.repeatedParagraph: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        let blocks = text.document.blocks
        // The first block of each text in each place, by index: copying a block retains all it holds.
        // Sized as it is made: reserveCapacity was not specialized, and made the dictionary's
        // metadata at run time.
        var first = [Place: Int](minimumCapacity: blocks.count)
        var found: [Diagnostic] = []
        var list = 0
        var inList = false
        for index in blocks.indices {
            let block = blocks[index]
            let isItem = block.listDepth > 0
            if isItem && !inList { list += 1 }
            inList = isItem
            guard isParagraph(block) || isListItem(block) else { continue }
            let normalized = normalizedBytes(of: block)
            guard isLongEnough(normalized) else { continue }
            if !isItem, isLeadIn(normalized), index + 1 < blocks.count, blocks[index + 1].listDepth > 0 { continue }
            let place = Place(text: normalized, scope: isItem ? .list(list, depth: block.listDepth) : .section(block.sectionID))
            guard let earlier = first[place] else {
                first[place] = index
                continue
            }
            let line = text.location(ofBlock: earlier).line.map { " on line \($0)" } ?? ""
            found.append(.warning(.repeatedParagraph, at: text.location(ofBlock: index),
                                  "this \(isListItem(block) ? "list item" : "paragraph") repeats the "
                                      + "one\(line): '\(shortened(String(decoding: normalized, as: UTF8.self)))'",
                                  hint: "delete one of them, or say what differs"))
        }
        return found
    }

    /// A text in the part of the document it is compared within. Its hash is worked out once,
    /// from its bytes at once: an array hashes byte by byte, and each block is looked up twice.
    private struct Place: Hashable {
        enum Scope: Hashable {
            /// Paragraphs: the section of the nearest heading above.
            case section(String?)
            /// List items and the paragraphs inside them: one list, at one depth.
            case list(Int, depth: Int)
        }

        let text: [UInt8]
        let scope: Scope
        private let hash: Int

        init(text: [UInt8], scope: Scope) {
            self.text = text
            self.scope = scope
            var hasher = Hasher()
            text.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(scope)
            hash = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }

        static func == (a: Place, b: Place) -> Bool {
            a.hash == b.hash && a.scope == b.scope && a.text == b.text
        }
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

    /// A sentence introducing what follows it: it ends with a colon (`:` or `：`).
    private static func isLeadIn(_ text: [UInt8]) -> Bool {
        text.last == UInt8(ascii: ":") || text.suffix(3).elementsEqual("：".utf8)
    }

    /// `normalize(block.plainText)`. A block whose every scalar is composed already (nearly
    /// all) is collapsed span by span, byte by byte, straight into the string's storage, without
    /// the plain text made first.
    static func normalizedText(of block: DocumentBlock) -> String {
        String(decoding: normalizedBytes(of: block), as: UTF8.self)
    }

    /// `normalizedText(of:)` as UTF-8: blocks are compared by these bytes, and only a repeated
    /// one is made a String, for its message.
    static func normalizedBytes(of block: DocumentBlock) -> [UInt8] {
        // Collapsing never lengthens: at most every byte of the spans and a space between fields.
        var capacity = block.fields.count
        for field in block.fields {
            for span in field { capacity += span.plainText.utf8.count }
        }
        var isComposed = true
        let collapsed = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var text = CollapsedText(buffer)
            for (number, field) in block.fields.enumerated() {
                // Fields are joined by a space.
                if number > 0 { text.addSpace() }
                for span in field {
                    var plain = span.plainText
                    guard plain.withUTF8({ text.add($0) }) else {
                        isComposed = false
                        count = 0
                        return
                    }
                }
            }
            count = text.count
        }
        return isComposed ? collapsed : Array(normalize(block.plainText).utf8)
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
                // ASCII other than white space, most of a text, is copied as it is: a run of it
                // at once, in locals (the stored properties were read and written for each byte).
                var byte = utf8[at]
                if byte > 0x20 && byte < 0x80 {
                    var written = count
                    if pendingSpace {
                        buffer[written] = 32
                        written += 1
                        pendingSpace = false
                    }
                    repeat {
                        buffer[written] = byte
                        written += 1
                        at += 1
                        guard at < utf8.count else { break }
                        byte = utf8[at]
                    } while byte > 0x20 && byte < 0x80
                    count = written
                    continue
                }
                let (value, width) = scalar(at: at, in: utf8)
                // Ideographs and kana, most of a Japanese text, are composed alone and no white
                // space: told by their ranges before the table of every such scalar.
                let isKanjiOrKana = (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3041 && value <= 0x3096)
                    || (value >= 0x30A1 && value <= 0x30FC)
                guard isKanjiOrKana || isComposedAlone(value) else { return false }
                if !isKanjiOrKana && isWhitespaceComposedAlone(value) {
                    addSpace()
                } else {
                    var written = count
                    if pendingSpace {
                        buffer[written] = 32
                        written += 1
                        pendingSpace = false
                    }
                    for offset in at..<at + width {
                        buffer[written] = utf8[offset]
                        written += 1
                    }
                    count = written
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
    /// combining marks, Cyrillic letters, general punctuation, geometric shapes (○), CJK
    /// punctuation, kana, CJK ideographs, full-width forms. A text of these alone is composed
    /// already, and splits into characters as into scalars (CR LF aside, white space either way).
    static func isComposedAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x400...0x482, 0x48A...0x4FF, 0x2010...0x2027, 0x25A0...0x25FF, 0x3000...0x3029, 0x3041...0x3096,
             0x30A1...0x30FC, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    /// `isLongEnough` of normalized UTF-8, counted in its bytes: a scalar is a byte that does
    /// not continue another, and words are separated by single spaces.
    static func isLongEnough(_ utf8: [UInt8]) -> Bool {
        var scalars = 0, spaces = 0
        for byte in utf8 {
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 32 { spaces += 1 }
            if scalars >= 60 || spaces >= 7 { return true }
        }
        return isLongEnough(String(decoding: utf8, as: UTF8.self))
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
