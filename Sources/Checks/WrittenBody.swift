import Config
import Content
import Markdown

/// A text's body as written in its file, scalar by scalar, for placing what the checks find in
/// the rendered text: where each line starts, and what each variable reference stands for.
struct WrittenBody: Sendable {
    let scalars: [Unicode.Scalar]
    /// The offset of each line's first scalar; line `firstLine + n` starts at `lineStarts[n]`.
    private let lineStarts: [Int]
    let firstLine: Int
    /// The value of each variable reference, by the offset of its `{{`: how many scalars the
    /// reference takes, and what it shows.
    private let values: [Int: (length: Int, value: [Unicode.Scalar])]

    init(_ translation: Translation, variables: VariableTree) {
        scalars = Array(translation.body.unicodeScalars)
        firstLine = translation.bodyFirstLine
        var starts = [0]
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        lineStarts = starts
        var values: [Int: (Int, [Unicode.Scalar])] = [:]
        if translation.body.utf8.contains(UInt8(ascii: "{")) {
            for occurrence in VariableReferences(in: translation.body).occurrences {
                guard case .reference(let path) = occurrence.kind, case .value(let value) = variables.lookup(path),
                      occurrence.line - 1 < starts.count else { continue }
                values[starts[occurrence.line - 1] + occurrence.column - 1] =
                    (occurrence.written.unicodeScalars.count, Array(value.unicodeScalars))
            }
        }
        self.values = values
    }

    var count: Int { scalars.count }

    /// The offset of a point of the file (clamped to its line).
    func offset(of point: SourcePoint) -> Int {
        let line = min(max(point.line - firstLine, 0), lineStarts.count - 1)
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : scalars.count
        return min(lineStarts[line] + max(point.column - 1, 0), end)
    }

    /// The line and column of an offset.
    func point(at offset: Int) -> SourcePoint {
        // The last line starting at or before the offset.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourcePoint(line: firstLine + low, column: offset - lineStarts[low] + 1)
    }

    /// What a reader sees of the source at `offset`, and where what follows it starts.
    enum Shown {
        /// One scalar; `escaped` when a backslash made it literal (`\[`, `\|`).
        case scalar(Unicode.Scalar, escaped: Bool)
        /// A variable's value or a character reference (`&nbsp;`): what it shows.
        case scalars([Unicode.Scalar])
    }

    func shown(at offset: Int, before end: Int) -> (shown: Shown, next: Int) {
        let scalar = scalars[offset]
        if scalar == "\\", offset + 1 < end, Self.isEscapable(scalars[offset + 1]) {
            return (.scalar(scalars[offset + 1], escaped: true), offset + 2)
        }
        if scalar == "&", let (decoded, length) = CharacterReference.decode(scalars, at: offset, before: end) {
            return (.scalars(decoded), offset + length)
        }
        if scalar == "{", let (length, value) = values[offset] {
            return (.scalars(value), offset + length)
        }
        return (.scalar(scalar, escaped: false), offset + 1)
    }

    /// ASCII punctuation, which a backslash escapes in CommonMark.
    private static func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
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
