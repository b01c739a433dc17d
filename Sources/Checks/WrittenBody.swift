import Config
import Content
import Markdown
#if canImport(Glibc)
import Glibc
#endif

/// A text's body as written in its file, for placing what the checks find in the rendered
/// text: its bytes, where each line starts, and what each variable reference stands for. Only
/// the blocks a finding is placed in are read scalar by scalar (`span(from:to:)`), so a text
/// costs its blocks with findings, not its size.
struct WrittenBody: Sendable {
    /// The body, its UTF-8 read in place (`withBytes`): a copy of it made fresh memory to fault
    /// in for every text with a finding.
    private let text: String
    /// The byte offset of each line; line `firstLine + n` starts at `lineStarts[n]`.
    private let lineStarts: [Int]
    private let firstLine: Int
    /// The value of each variable reference by where its `{{` stands (`Span.key`): how many
    /// scalars the reference takes, and what it shows.
    private let values: [Int: (length: Int, value: [Unicode.Scalar])]

    init(_ translation: Translation, variables: VariableTree) {
        var text = translation.body
        text.makeContiguousUTF8()
        self.text = text
        firstLine = translation.bodyFirstLine
        lineStarts = text.withUTF8(Self.lineStarts)
        var values: [Int: (Int, [Unicode.Scalar])] = [:]
        if text.withUTF8(Self.holdsBraces) {
            for occurrence in VariableReferences(in: translation.body).occurrences {
                guard case .reference(let path) = occurrence.kind, case .value(let value) = variables.lookup(path) else { continue }
                values[Span.key(line: firstLine + occurrence.line - 1, column: occurrence.column)] =
                    (occurrence.written.unicodeScalars.count, Array(value.unicodeScalars))
            }
        }
        self.values = values
    }

    /// Where each line starts: after each line feed, found with memchr.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = bytes.baseAddress else { return starts }
        var at = 0
        while at < bytes.count, let found = memchr(base + at, 0x0A, bytes.count - at) {
            at = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base + 1
            starts.append(at)
        }
        return starts
    }

    /// Whether `{{` stands somewhere: every reference holds it, and most bodies have none.
    private static func holdsBraces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var at = 0
        while at + 1 < bytes.count, let found = memchr(base + at, Int32(UInt8(ascii: "{")), bytes.count - at - 1) {
            at = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base + 1
            if bytes[at] == UInt8(ascii: "{") { return true }
        }
        return false
    }

    var byteCount: Int { text.utf8.count }

    /// `read` of the body's UTF-8, in place (the text is contiguous UTF-8 already).
    private func withBytes<T>(_ read: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var text = text
        return text.withUTF8(read)
    }

    /// The byte offset of a point of the file (clamped to its line).
    func offset(of point: SourcePoint) -> Int {
        let line = min(max(point.line - firstLine, 0), lineStarts.count - 1)
        return withBytes { bytes in
            let end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
            var at = lineStarts[line]
            var column = 1
            while at < end, column < point.column {
                at += 1
                while at < end, bytes[at] & 0xC0 == 0x80 { at += 1 }
                column += 1
            }
            return at
        }
    }

    /// The scalars written from byte `start` up to `end`, and where each stands.
    func span(from start: Int, to end: Int) -> Span {
        // The line of `start`: the last line starting at or before it.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= start { low = middle } else { high = middle - 1 }
        }
        let column = withBytes { bytes in bytes[lineStarts[low]..<start].count { $0 & 0xC0 != 0x80 } } + 1
        var lineFeeds: [Int32] = []
        let scalars = withBytes { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: max(end - start, 0)) { buffer, count in
                var at = start
                while at < end {
                    let lead = bytes[at]
                    // ASCII, most of a text, is its own scalar.
                    guard lead >= 0x80 else {
                        if lead == 0x0A { lineFeeds.append(Int32(truncatingIfNeeded: count)) }
                        buffer[count] = Unicode.Scalar(lead)
                        count += 1
                        at += 1
                        continue
                    }
                    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead & (0x7F >> width))
                    for next in at + 1..<min(at + width, end) { value = value << 6 | UInt32(bytes[next] & 0x3F) }
                    buffer[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    count += 1
                    at += width
                }
            }
        }
        return Span(scalars: scalars, lineFeeds: lineFeeds, firstLine: firstLine + low, firstColumn: column, values: values)
    }

    /// Scalars of the file in a row, with where each stands: its line and column are told by
    /// the line feeds before it, rather than kept for every scalar.
    struct Span {
        let scalars: [Unicode.Scalar]
        /// The index of each line feed among `scalars`, in order.
        private let lineFeeds: [Int32]
        /// Where the first scalar stands.
        private let firstLine: Int
        private let firstColumn: Int
        fileprivate let values: [Int: (length: Int, value: [Unicode.Scalar])]

        fileprivate init(scalars: [Unicode.Scalar], lineFeeds: [Int32], firstLine: Int, firstColumn: Int,
                         values: [Int: (length: Int, value: [Unicode.Scalar])]) {
            self.scalars = scalars
            self.lineFeeds = lineFeeds
            self.firstLine = firstLine
            self.firstColumn = firstColumn
            self.values = values
        }

        static func key(line: Int, column: Int) -> Int { line << 32 | column }

        var count: Int { scalars.count }

        func point(at index: Int) -> SourcePoint {
            // The line feeds before `index`: a line feed stands on the line it ends.
            var low = 0, high = lineFeeds.count
            while low < high {
                let middle = (low + high) / 2
                if Int(lineFeeds[middle]) < index { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return SourcePoint(line: firstLine, column: firstColumn + index) }
            return SourcePoint(line: firstLine + low, column: index - Int(lineFeeds[low - 1]))
        }

        /// What a reader sees of the file at `index`, and where what follows it starts.
        enum Shown {
            /// One scalar; `escaped` when a backslash made it literal (`\[`, `\|`).
            case scalar(Unicode.Scalar, escaped: Bool)
            /// A variable's value or a character reference (`&nbsp;`): what it shows.
            case scalars([Unicode.Scalar])
        }

        func shown(at index: Int) -> (shown: Shown, next: Int) {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < count, Self.isEscapable(scalars[index + 1]) {
                return (.scalar(scalars[index + 1], escaped: true), index + 2)
            }
            if scalar == "&", let (decoded, length) = CharacterReference.decode(scalars, at: index, before: count) {
                return (.scalars(decoded), index + length)
            }
            if scalar == "<", let length = lineBreakTag(at: index) {
                return (.scalars(["\n"]), index + length)
            }
            if scalar == "{", !values.isEmpty {
                let point = point(at: index)
                if let (length, value) = values[Self.key(line: point.line, column: point.column)] {
                    return (.scalars(value), index + length)
                }
            }
            return (.scalar(scalar, escaped: false), index + 1)
        }

        /// The length of `<br>` (`<BR/>`, `<br />`) at `index`, which the text shows as a line
        /// break once the HTML is read (`html: safe`); nil for anything else.
        private func lineBreakTag(at index: Int) -> Int? {
            guard index + 3 < count, scalars[index + 1] == "b" || scalars[index + 1] == "B",
                  scalars[index + 2] == "r" || scalars[index + 2] == "R" else { return nil }
            var end = index + 3
            while end < count, scalars[end] == " " { end += 1 }
            if end < count, scalars[end] == "/" { end += 1 }
            return end < count && scalars[end] == ">" ? end + 1 - index : nil
        }

        /// ASCII punctuation, which a backslash escapes in CommonMark.
        private static func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
            default: false
            }
        }
    }
}

/// HTML character references as CommonMark reads them in text: `&#160;`, `&#xA0;`, and the
/// named ones policy texts use. A name not listed here is left as written, which costs the
/// placing of that one character at most.
enum CharacterReference {
    static func decode(_ scalars: [Unicode.Scalar], at offset: Int, before end: Int) -> ([Unicode.Scalar], Int)? {
        var close = offset + 1
        while close < end, close - offset <= 33, scalars[close] != ";" { close += 1 }
        guard close < end, scalars[close] == ";", close > offset + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[offset + 1..<close]))
        let length = close + 1 - offset
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, !digits.isEmpty else { return nil }
            // CommonMark shows U+FFFD for zero and for what is not a scalar.
            return ([value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"], length)
        }
        return named[name].map { ([$0], length) }
    }

    private static let named: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "copy": "©", "reg": "®",
        "trade": "™", "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "sbquo": "‚", "bdquo": "„", "euro": "€", "pound": "£",
        "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "middot": "·", "bull": "•", "times": "×",
        "divide": "÷", "deg": "°", "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "hyphen": "‐", "minus": "−", "larr": "←", "rarr": "→",
        "uarr": "↑", "darr": "↓", "iexcl": "¡", "iquest": "¿", "ordm": "º", "ordf": "ª", "micro": "µ",
        "plusmn": "±", "frac12": "½", "frac14": "¼", "sup2": "²", "aacute": "á", "eacute": "é", "iacute": "í",
        "oacute": "ó", "uacute": "ú", "agrave": "à", "egrave": "è", "ugrave": "ù", "acirc": "â", "ecirc": "ê",
        "ocirc": "ô", "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "Auml": "Ä",
        "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "ccedil": "ç", "ntilde": "ñ", "Eacute": "É", "oslash": "ø",
        "aring": "å", "aelig": "æ",
    ]
}
