import Diagnostics
import Outline

/// What a reader sees of one block, scalar by scalar, for the checks that look for words in
/// it. Code, raw HTML and image alt texts are kept but hidden: they are not prose, yet they
/// stand in the source too, so counting occurrences over them keeps the count in step with
/// the file when a diagnostic is placed.
struct BlockText {
    /// Line breaks (soft or hard) are `\n`; table cells are separated by `fieldSeparator`.
    var scalars: [Unicode.Scalar]
    /// Whether each scalar belongs to code, raw HTML, an image or a footnote reference.
    var isHidden: [Bool]
    /// Whether each scalar may come from a variable: it stands where a value of one does.
    /// The file has the reference there, not the value.
    private(set) var isVariableValue: [Bool]

    static let fieldSeparator: Unicode.Scalar = "\u{1F}"
    /// Stands for a footnote reference, which shows a number that is not in the text.
    static let object: Unicode.Scalar = "\u{FFFC}"

    /// nil for blocks without prose: code blocks, raw HTML, thematic breaks.
    init?(_ block: DocumentBlock) {
        switch block.kind {
        case .codeBlock, .htmlBlock, .thematicBreak: return nil
        case .heading, .paragraph, .listItem, .tableRow, .footnoteDefinition: break
        }
        // The scalars are written straight into storage sized for the most the spans can hold
        // (one per UTF-8 byte), and the hidden ones noted as runs: appending scalar by scalar to
        // three arrays cost more than every check that reads them.
        var capacity = max(block.fields.count - 1, 0)
        for field in block.fields {
            for span in field { capacity += Self.mostScalars(of: span.content) }
        }
        var hiddenRuns: [Range<Int>] = []
        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
            func append(_ text: String, hidden: Bool) {
                let start = count
                for scalar in text.unicodeScalars {
                    buffer[count] = scalar
                    count += 1
                }
                if hidden && count > start { hiddenRuns.append(start..<count) }
            }
            for (number, field) in block.fields.enumerated() {
                if number > 0 { append(String(Self.fieldSeparator), hidden: false) }
                for span in field {
                    switch span.content {
                    case .text(let text): append(text, hidden: false)
                    case .softBreak, .hardBreak: append("\n", hidden: false)
                    case .code(let code), .html(let code): append(code, hidden: true)
                    case .image(let image): append(image.alt, hidden: true)
                    case .footnoteReference: append(String(Self.object), hidden: true)
                    case .emptyElement(let element): append(element.emptyHTML, hidden: true)
                    }
                }
            }
        }
        isHidden = [Bool](repeating: false, count: scalars.count)
        for run in hiddenRuns {
            for index in run { isHidden[index] = true }
        }
        isVariableValue = [Bool](repeating: false, count: scalars.count)
    }

    /// At least as many scalars as `content` adds to the text.
    private static func mostScalars(of content: InlineSpan.Content) -> Int {
        switch content {
        case .text(let text), .code(let text), .html(let text): text.utf8.count
        case .image(let image): image.alt.utf8.count
        case .emptyElement(let element): element.emptyHTML.utf8.count
        case .softBreak, .hardBreak, .footnoteReference: 1
        }
    }

    var count: Int { scalars.count }

    func string(_ range: Range<Int>) -> String {
        // Encoded to UTF-8 straight into the string's storage: appending scalars to a String one
        // by one is slow, and a short word (most of them) then needs no allocation at all.
        var length = 0
        for scalar in scalars[range] { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for scalar in scalars[range] {
                if scalar.isASCII {
                    buffer[at] = UInt8(truncatingIfNeeded: scalar.value)
                    at += 1
                } else {
                    for byte in UTF8.encode(scalar)! {
                        buffer[at] = byte
                        at += 1
                    }
                }
            }
            return at
        }
    }

    /// Whether the scalar at `index` is prose written in the file: not hidden, not a value.
    func isRead(_ index: Int) -> Bool {
        !isHidden[index] && !isVariableValue[index]
    }

    func isHidden(_ range: Range<Int>) -> Bool {
        range.contains { isHidden[$0] }
    }

    /// Marks every occurrence of the values (of variables).
    mutating func markVariableValues(_ values: [String]) {
        for value in values {
            let needle = Array(value.unicodeScalars)
            var from = 0
            while let found = Self.find(needle, in: scalars, from: from, wholeWord: false) {
                for index in found..<found + needle.count { isVariableValue[index] = true }
                from = found + needle.count
            }
        }
    }

    /// How many times `needle` occurs before `offset` where the file has it too (not in a
    /// variable's value): which occurrence the one at `offset` is, for
    /// `CheckedText.location(of:inBlock:occurrence:wholeWord:)`.
    func occurrences(of needle: String, before offset: Int, wholeWord: Bool) -> Int {
        let needle = Array(needle.unicodeScalars)
        var count = 0
        var from = 0
        while let found = Self.find(needle, in: scalars, from: from, wholeWord: wholeWord), found < offset {
            if !(found..<found + needle.count).contains(where: { isVariableValue[$0] }) { count += 1 }
            from = found + 1
        }
        return count
    }

    /// The first offset at or after `from` where `needle` stands; with `wholeWord`, only where
    /// no letter or digit of a Latin word touches it.
    static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from: Int, wholeWord: Bool) -> Int? {
        guard !needle.isEmpty, scalars.count >= needle.count, from <= scalars.count - needle.count else { return nil }
        for start in from...(scalars.count - needle.count) where scalars[start] == needle[0] {
            guard scalars[start..<start + needle.count].elementsEqual(needle) else { continue }
            if wholeWord && !isWord(start..<start + needle.count, in: scalars) { continue }
            return start
        }
        return nil
    }

    static func isWord(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let before = range.lowerBound > 0 ? scalars[range.lowerBound - 1] : nil
        let after = range.upperBound < scalars.count ? scalars[range.upperBound] : nil
        return !(before.map(isLatinWordPart) ?? false) && !(after.map(isLatinWordPart) ?? false)
    }

    /// A letter, digit or mark that continues a word of Latin script. Other scripts do not:
    /// `ABC株式会社` holds the word `ABC`.
    static func isLatinWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0x00C0...0x024F, 0x1E00...0x1EFF: return scalar.properties.isAlphabetic
        case 0x0300...0x036F: return true
        default: return false
        }
    }

    /// Whether `offset` starts a line or a table cell of the text, spaces and tabs aside.
    func isLineStart(_ offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0, scalars[index] == " " || scalars[index] == "\t" { index -= 1 }
        return index < 0 || scalars[index] == "\n" || scalars[index] == Self.fieldSeparator
    }
}

extension CheckedText {
    /// Every block with prose, with its index among the document's blocks.
    var blockTexts: [(index: Int, text: BlockText)] {
        preparedBlockTexts ?? document.blocks.enumerated().compactMap { index, block in BlockText(block).map { (index, $0) } }
    }

    /// The text with its block texts made, for several checks in a row.
    var prepared: CheckedText {
        var copy = self
        copy.preparedBlockTexts = blockTexts
        return copy
    }

    /// Where the text at `offset` of a block's text, starting with `needle`, is written.
    func location(of needle: String, at offset: Int, in text: BlockText, block index: Int,
                  wholeWord: Bool = false) -> SourceLocation {
        location(of: needle, inBlock: index,
                 occurrence: text.occurrences(of: needle, before: offset, wholeWord: wholeWord), wholeWord: wholeWord)
    }
}
