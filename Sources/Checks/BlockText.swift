import Diagnostics
import Outline

/// What a reader sees of one block, scalar by scalar, for the checks that look for words in
/// it. Code, raw HTML and image alt texts are kept but hidden: they are not prose, yet they
/// stand in the source too, which keeps the text in step with the file when a finding is
/// placed (`TextPlacement`).
struct BlockText {
    /// What the block reader made, in one object: every check walks every block's text, and
    /// copying a struct of five arrays for each block and check cost more than reading it.
    private final class Contents: Sendable {
        let scalars: [Unicode.Scalar]
        let isHidden: ScalarFlags
        let htmlSpans: [(offset: Int, html: String)]
        let linkTexts: [Range<Int>]
        let features: BlockFeatures

        init(scalars: [Unicode.Scalar], isHidden: ScalarFlags, htmlSpans: [(offset: Int, html: String)],
             linkTexts: [Range<Int>], features: BlockFeatures) {
            self.scalars = scalars
            self.isHidden = isHidden
            self.htmlSpans = htmlSpans
            self.linkTexts = linkTexts
            self.features = features
        }
    }

    private let contents: Contents
    /// Line breaks (soft or hard) are `\n`; table cells are separated by `fieldSeparator`.
    var scalars: [Unicode.Scalar] { contents.scalars }
    /// Whether each scalar belongs to code, raw HTML, an image or a footnote reference.
    var isHidden: ScalarFlags { contents.isHidden }
    /// Whether each scalar may come from a variable: it stands where a value of one does.
    /// The file has the reference there, not the value.
    private(set) var isVariableValue: ScalarFlags
    /// Each raw HTML span (`<br>`, `</span>`) with the offset where it starts.
    var htmlSpans: [(offset: Int, html: String)] { contents.htmlSpans }
    /// The text of each link, in order.
    var linkTexts: [Range<Int>] { contents.linkTexts }
    /// What the text holds that checks look for.
    var features: BlockFeatures { contents.features }

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
        var htmlSpans: [(offset: Int, html: String)] = []
        var linkTexts: [Range<Int>] = []
        var openLink: (destination: String, start: Int)?
        var features: BlockFeatures = []
        var previous: UInt8 = 0
        let pairs = BlockFeatures.asciiPairs
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
            func append(_ text: String, hidden: Bool) {
                // In locals while the bytes are read: the captured variables live in boxes.
                let start = count
                var at = count, found = features.rawValue, last = previous
                var text = text
                // UTF-8 read byte by byte: ASCII, most of a text, is a scalar by itself, and adds
                // the features its pair with the byte before gives (one look-up).
                text.withUTF8 { utf8 in
                    pairs.withUnsafeBufferPointer { pairs in
                        var index = 0
                        while index < utf8.count {
                            let lead = utf8[index]
                            guard lead >= 0x80 else {
                                buffer[at] = Unicode.Scalar(lead)
                                let pair = pairs[Int(last) << 7 | Int(lead)]
                                found |= UInt32(pair & BlockFeatures.pairFeatures)
                                if pair & BlockFeatures.mayEndAtConjunction != 0,
                                   BlockFeatures.endsWithAtConjunction(UnsafeBufferPointer(buffer), at: at) {
                                    found |= BlockFeatures.atConjunction.rawValue
                                }
                                last = lead
                                at += 1
                                index += 1
                                continue
                            }
                            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                            var value: UInt32
                            if width == 3 {
                                // CJK, kana and most punctuation outside ASCII, decoded without a loop.
                                value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6
                                    | UInt32(utf8[index + 2] & 0x3F)
                            } else {
                                value = UInt32(lead & (0x7F >> width))
                                for next in index + 1..<index + width { value = value << 6 | UInt32(utf8[next] & 0x3F) }
                            }
                            buffer[at] = Unicode.Scalar(value) ?? "\u{FFFD}"
                            found |= BlockFeatures.nonASCII(value).rawValue
                            last = 0
                            at += 1
                            index += width
                        }
                    }
                }
                count = at
                features = BlockFeatures(rawValue: found)
                previous = last
                if hidden && count > start { hiddenRuns.append(start..<count) }
            }
            for (number, field) in block.fields.enumerated() {
                if number > 0 { append(String(Self.fieldSeparator), hidden: false) }
                for span in field {
                    let link = Self.linkDestination(of: span)
                    if openLink?.destination != link {
                        if let open = openLink, count > open.start { linkTexts.append(open.start..<count) }
                        openLink = link.map { ($0, count) }
                    }
                    switch span.content {
                    case .text(let text): append(text, hidden: false)
                    case .softBreak, .hardBreak: append("\n", hidden: false)
                    case .code(let code): append(code, hidden: true)
                    case .html(let html):
                        htmlSpans.append((count, html))
                        append(html, hidden: true)
                    case .image(let image): append(image.alt, hidden: true)
                    case .footnoteReference: append(String(Self.object), hidden: true)
                    case .emptyElement(let element): append(element.emptyHTML, hidden: true)
                    }
                }
                if let open = openLink, count > open.start { linkTexts.append(open.start..<count) }
                openLink = nil
            }
        }
        var isHidden = ScalarFlags(count: scalars.count)
        for run in hiddenRuns {
            for index in run { isHidden.set(index) }
        }
        contents = Contents(scalars: scalars, isHidden: isHidden, htmlSpans: htmlSpans, linkTexts: linkTexts,
                            features: features)
        isVariableValue = ScalarFlags(count: scalars.count)
    }

    /// The target of the link a span is in, if any.
    private static func linkDestination(of span: InlineSpan) -> String? {
        for mark in span.marks {
            if case .link(let destination, _) = mark { return destination }
        }
        return nil
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
        Self.string(scalars[range])
    }

    /// `scalars` as a String.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        // Encoded to UTF-8 straight into the string's storage: appending scalars to a String one
        // by one is slow, and a short word (most of them) then needs no allocation at all.
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for scalar in scalars {
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
                for index in found..<found + needle.count { isVariableValue.set(index) }
                from = found + needle.count
            }
        }
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

/// A flag for each scalar of a block, most blocks having none set: storage is made only when
/// one is, rather than an array of falses for every block of every text.
struct ScalarFlags {
    private let count: Int
    private var values: [Bool]?

    init(count: Int) {
        self.count = count
    }

    subscript(index: Int) -> Bool {
        values?[index] ?? false
    }

    mutating func set(_ index: Int) {
        if values == nil { values = [Bool](repeating: false, count: count) }
        values![index] = true
    }
}
