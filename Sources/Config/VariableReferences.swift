/// The `{{ company.name }}` references written in a text, found in one pass.
///
/// `\{{` is an escape: it never starts a reference (Markdown's backslash escape then shows
/// `{{`; plain texts drop the backslash). A `{{` that does not open a well-formed reference
/// closed on the same line is `malformed`, so that a typo such as `{{ company name }}` is
/// reported instead of published.
public struct VariableReferences: Sendable {
    public enum Kind: Sendable, Hashable {
        case reference(path: [String])
        case malformed
        /// `\{{`: the backslash and the braces.
        case escape
    }

    public struct Occurrence: Sendable, Hashable {
        public var kind: Kind
        /// What is written, `{{ company.name }}` or `\{{`.
        public var written: String
        /// Where it starts in the text: UTF-8 offsets, 0-based.
        public var utf8Range: Range<Int>
        /// 1-based line within the text.
        public var line: Int
        /// 1-based column within the line, in Unicode scalars.
        public var column: Int

        /// Whether what is written is markup of another template language that writes `{{ }}`
        /// too, left in a migrated text: Liquid and Jekyll (`{{ site.email }}`, `{{ page.title |
        /// upcase }}`), Hugo and Go templates (`{{< note >}}`, `{{% note %}}`, `{{ .Site.Title }}`).
        /// When policygen's variables do not define it, it is published as written and the
        /// checks report it (PG213) instead of stopping the build: it is not a typo of a
        /// policygen reference. An unclosed `{{` is not.
        public var isOtherTemplateMarkup: Bool {
            switch kind {
            case .escape:
                return false
            case .reference(let path):
                return path.first.map(Self.otherTemplateGlobals.contains) ?? false
            case .malformed:
                guard written.utf8.count > 4, written.hasSuffix("}}") else { return false }
                let inside = written.dropFirst(2).dropLast(2)
                let first = inside.first { $0 != " " && $0 != "\t" }
                return first.map { "<%-.".contains($0) } ?? false || inside.contains("|")
            }
        }

        /// The names other template languages give their site, page and includes.
        static let otherTemplateGlobals: Set<String> = ["site", "page", "layout", "include", "jekyll", "paginator",
                                                        "content", "params"]
    }

    public private(set) var occurrences: [Occurrence] = []
    /// Bytes read looking for the `}}` that closes a `{{`: what the tests hold to the text's length.
    private(set) var closingBytesRead = 0

    public init(in text: String) {
        var found: [Occurrence] = []
        closingBytesRead = Self.scan(text) { found.append($0) }
        occurrences = found
    }

    /// Each occurrence in `text`, in order, handed to `each` and not kept: a text of millions
    /// of `{{` made an array of them (hundreds of MB) only to be read once.
    public static func forEach(in text: String, _ each: (Occurrence) -> Void) {
        _ = scan(text, each)
    }

    /// The scan; returns the bytes read looking for `}}`.
    private static func scan(_ text: String, _ each: (Occurrence) -> Void) -> Int {
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        // The column of `index`, counted as the scan goes: counting from the line's start at
        // each `{{` took time growing with the square of a long line's length.
        var countedTo = 0
        var column = 1
        // The first `}}` of the line at or after some offset (nil: none before the line's end),
        // so that a line of unclosed `{{` is searched once, not once per `{{`.
        var close = ClosingBraces()
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                index += 1
                countedTo = index
                column = 1
                continue
            }
            let isEscape = byte == UInt8(ascii: "\\") && Self.opensBraces(bytes, at: index + 1)
            guard isEscape || Self.opensBraces(bytes, at: index) else {
                index += 1
                continue
            }
            column += Self.scalarCount(bytes[countedTo..<index])
            countedTo = index
            if isEscape {
                each(Occurrence(kind: .escape, written: "\\{{", utf8Range: index..<index + 3, line: line, column: column))
                index += 3
                continue
            }
            let (kind, end) = Self.reference(bytes, openingAt: index, close: &close)
            each(Occurrence(kind: kind, written: String(decoding: bytes[index..<end], as: UTF8.self),
                            utf8Range: index..<end, line: line, column: column))
            index = end
        }
        return close.bytesRead
    }

    private static func opensBraces(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index] == UInt8(ascii: "{") && bytes[index + 1] == UInt8(ascii: "{")
    }

    /// The reference opened by `{{` at `start`, and where it ends: after `}}`, or after the
    /// `{{` alone when no `}}` closes it on the line.
    private static func reference(_ bytes: [UInt8], openingAt start: Int, close found: inout ClosingBraces) -> (Kind, Int) {
        guard let close = found.first(in: bytes, from: start + 2) else { return (.malformed, start + 2) }
        // Read as bytes: trimming and splitting a String of each of a million references
        // (`{{ a }}` over ten MiB) took seconds in grapheme breaking.
        var low = start + 2
        var high = close
        while low < high, bytes[low] == UInt8(ascii: " ") || bytes[low] == UInt8(ascii: "\t") { low += 1 }
        while high > low, bytes[high - 1] == UInt8(ascii: " ") || bytes[high - 1] == UInt8(ascii: "\t") { high -= 1 }
        guard low < high else { return (.malformed, close + 2) }
        var path: [String] = []
        var segmentStart = low
        for index in low...high where index == high || bytes[index] == UInt8(ascii: ".") {
            let segment = bytes[segmentStart..<index]
            guard isName(segment) else { return (.malformed, close + 2) }
            path.append(String(decoding: segment, as: UTF8.self))
            segmentStart = index + 1
        }
        return (.reference(path: path), close + 2)
    }

    /// `VariableReader.isName`, without making a String when the name is ASCII.
    private static func isName(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return VariableReader.isName(String(decoding: bytes, as: UTF8.self)) }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return bytes.allSatisfy { byte in
            isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    private static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        bytes.count { $0 & 0xC0 != 0x80 }
    }
}

/// The first `}}` on a line at or after an offset, remembered: the searches of one text go
/// forward, and a search from an offset the last one covered has the same answer.
private struct ClosingBraces {
    /// The last search: from where, what it found (nil: nothing before the line's end), and
    /// where it stopped (the `}}` found, or the line's end).
    private var searchedFrom = Int.max
    private var found: Int?
    private var stopped = -1
    private(set) var bytesRead = 0

    mutating func first(in bytes: [UInt8], from start: Int) -> Int? {
        if start >= searchedFrom && start <= stopped {
            return found
        }
        var close = start
        while close + 1 < bytes.count, bytes[close] != 0x0A {
            if bytes[close] == UInt8(ascii: "}") && bytes[close + 1] == UInt8(ascii: "}") { break }
            close += 1
        }
        bytesRead += close - start + 1
        searchedFrom = start
        stopped = close
        found = close + 1 < bytes.count && bytes[close] == UInt8(ascii: "}") && bytes[close + 1] == UInt8(ascii: "}")
            ? close : nil
        return found
    }
}
