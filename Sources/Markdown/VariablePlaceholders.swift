import Config

/// A body with each `{{ … }}` replaced by a placeholder that Markdown treats as a word.
///
/// Values go in after parsing, into the nodes of cmark's tree, so that Markdown and HTML
/// characters in them have no effect, and a reference inside a code span or block (where
/// `{{` is literal) can be put back as written. A placeholder is made of scalars from the
/// Supplementary Private Use Area-B, which Markdown reads as letters: a start mark, the
/// entry's number in digit marks, an end mark. Any such scalar already in the text becomes
/// an entry of its own that stands for itself, so no text is mistaken for a placeholder.
struct VariablePlaceholders: Sendable {
    enum Entry: Sendable {
        case reference(VariableReferences.Occurrence, path: [String])
        case malformed(VariableReferences.Occurrence)
        /// A scalar of the text that happens to be one of the marks.
        case literal(String)

        /// The text as written, which is what code shows.
        var written: String {
            switch self {
            case .reference(let occurrence, _), .malformed(let occurrence): occurrence.written
            case .literal(let text): text
            }
        }
    }

    static let start: Unicode.Scalar = "\u{10FF00}"
    static let end: Unicode.Scalar = "\u{10FF01}"
    static let zero: UInt32 = 0x10FF10

    /// The body to parse.
    private(set) var text: String
    private(set) var entries: [Entry] = []
    /// Per line (1-based, in the parsed text), where placeholders start (scalar column in the
    /// parsed text, increasing) and how many scalars longer they and those before them on the
    /// line are than what they replace: a column is then placed by a binary search, even on a
    /// line of thousands of references.
    private var shifts: [Int: [(column: Int, extra: Int)]] = [:]
    /// Where the end of `text` is while it is being made: line, and scalars on that line.
    private var line = 1
    private var lineLength = 0
    /// `text`'s bytes while it is being made.
    private var made: [UInt8] = []

    /// A body taken as written, without looking for references: to place what is found in it
    /// before its placeholders are made.
    init(asWritten body: String) {
        text = body
    }

    init(_ body: String) {
        // Most bodies name no variable: every reference, and every escape, holds `{{`.
        let mayHoldReferences = body[...].firstRange(ofBytes: "{{") != nil
        let references = mayHoldReferences ? VariableReferences(in: body).occurrences.filter { $0.kind != .escape } : []
        // The marks are in plane 16, whose scalars alone start with 0xF4 in UTF-8.
        let mayHoldMarks = body.utf8.withContiguousStorageIfAvailable { $0.contains(0xF4) } ?? body.utf8.contains(0xF4)
        guard !references.isEmpty || mayHoldMarks else {
            text = body
            return
        }
        // Made as bytes: a String of each placeholder, appended, cost about a microsecond
        // each, seconds for the million references of ten MiB.
        text = ""
        let bytes = Array(body.utf8)
        made.reserveCapacity(bytes.count + references.count * 8)
        var copied = 0
        for occurrence in references {
            copy(bytes[copied..<occurrence.utf8Range.lowerBound])
            copied = occurrence.utf8Range.upperBound
            switch occurrence.kind {
            case .reference(let path): add(.reference(occurrence, path: path))
            default: add(.malformed(occurrence))
            }
        }
        copy(bytes[copied...])
        text = String(decoding: made, as: UTF8.self)
        made = []
    }

    private mutating func copy(_ bytes: ArraySlice<UInt8>) {
        guard bytes.contains(0xF4) else {
            made.append(contentsOf: bytes)
            advance(over: bytes)
            return
        }
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if Self.isMark(scalar) {
                add(.literal(String(scalar)))
            } else {
                let encoded = Array(String(scalar).utf8)
                made.append(contentsOf: encoded)
                advance(over: encoded[...])
            }
        }
    }

    private mutating func advance(over bytes: ArraySlice<UInt8>) {
        if let lastBreak = bytes.lastIndex(of: 0x0A) {
            line += bytes.count(where: { $0 == 0x0A })
            lineLength = bytes[(lastBreak + 1)...].count { $0 & 0xC0 != 0x80 }
        } else {
            lineLength += bytes.count { $0 & 0xC0 != 0x80 }
        }
    }

    private mutating func add(_ entry: Entry) {
        let number = entries.count
        Self.append(Self.start.value, to: &made)
        var digits = 0
        var power = 1
        while power <= number / 10 { power *= 10 }
        while power > 0 {
            Self.append(Self.zero + UInt32(number / power % 10), to: &made)
            power /= 10
            digits += 1
        }
        Self.append(Self.end.value, to: &made)
        let length = digits + 2
        let before = shifts[line]?.last?.extra ?? 0
        shifts[line, default: []].append((lineLength + 1, before + length - entry.written.unicodeScalars.count))
        entries.append(entry)
        lineLength += length
    }

    /// The UTF-8 of a mark: every mark is in plane 16, four bytes.
    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes.append(0xF0 | UInt8(value >> 18))
        bytes.append(0x80 | UInt8((value >> 12) & 0x3F))
        bytes.append(0x80 | UInt8((value >> 6) & 0x3F))
        bytes.append(0x80 | UInt8(value & 0x3F))
    }

    /// The entry `text` stands for when it is exactly one placeholder.
    static func index(ofPlaceholder text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3, scalars.first == start, scalars.last == end else { return nil }
        var number = 0
        for scalar in scalars.dropFirst().dropLast() {
            guard let digit = digit(scalar) else { return nil }
            number = number * 10 + digit
        }
        return number
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        (zero...zero + 9).contains(scalar.value) ? Int(scalar.value - zero) : nil
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        (start.value...zero + 9).contains(scalar.value)
    }

    var isEmpty: Bool { entries.isEmpty }

    /// `text` with every placeholder replaced by `replacement(index, entry)`.
    func replacing(in text: String, _ replacement: (Int, Entry) -> String) -> String {
        guard !entries.isEmpty, text.unicodeScalars.contains(where: Self.isMark) else { return text }
        // A String, not a scalar view: appending a string's scalars to a view copied the whole
        // view each time, the square of the length on a line of thousands of values.
        var result = ""
        var number: Int?
        for scalar in text.unicodeScalars {
            if scalar == Self.start {
                number = 0
            } else if scalar == Self.end, let index = number {
                result += replacement(index, entries[index])
                number = nil
            } else if let current = number, let digit = Self.digit(scalar) {
                number = current * 10 + digit
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The column in the body of a scalar column of the parsed text.
    func originalColumn(line: Int, column: Int) -> Int {
        guard let lineShifts = shifts[line] else { return column }
        // The number of placeholders that start before `column`.
        var low = 0
        var high = lineShifts.count
        while low < high {
            let middle = (low + high) / 2
            if lineShifts[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? column : column - lineShifts[low - 1].extra
    }
}
