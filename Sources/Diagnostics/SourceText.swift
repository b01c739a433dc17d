/// The text of a source file, decoded the way every policygen input is read:
/// UTF-8 only, a leading byte-order mark ignored, CRLF and lone CR read as LF,
/// and no control characters other than tab and line breaks (C0, DEL and C1 are refused).
public enum SourceText {
    /// Decodes `bytes`, or returns the diagnostic for the first byte that breaks the rules.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        // Fast path: one validating decode and one byte scan; positions are worked out
        // only when something is wrong.
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(problem(in: body, path: path) ?? .error(
                .notUTF8, at: SourceLocation(path: path), "the file is not valid UTF-8"))
        }
        var hasCR = false
        var previous: UInt8 = 0
        for byte in body {
            if byte == 0x0D { hasCR = true }
            // C0 controls other than tab and line breaks, DEL, and C1 controls (U+0080–U+009F,
            // encoded 0xC2 0x80–0x9F).
            else if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F
                || (previous == 0xC2 && (0x80...0x9F).contains(byte)) {
                return .failure(problem(in: body, path: path)!)
            }
            previous = byte
        }
        guard hasCR else { return .success(text) }
        return .success(text.replacingLineBreaks())
    }

    /// Walks the bytes scalar by scalar to report the first invalid one with its line and column.
    private static func problem(in bytes: ArraySlice<UInt8>, path: String) -> Diagnostic? {
        var line = 1, column = 1
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var previousWasCR = false
        while true {
            let here = SourceLocation(path: path, line: line, column: column)
            switch parser.parseScalar(from: &iterator) {
            case .emptyInput:
                return nil
            case .error:
                return .error(.notUTF8, at: here, "the file is not valid UTF-8",
                              hint: "save the file as UTF-8")
            case .valid(let encoded):
                let value = Unicode.UTF8.decode(encoded).value
                switch value {
                case 0x0D:
                    line += 1; column = 1
                case 0x0A where previousWasCR:
                    break
                case 0x0A:
                    line += 1; column = 1
                case 0x09:
                    column += 1
                case 0x00...0x1F, 0x7F...0x9F:
                    let name = value == 0 ? "a NUL character" : "the control character \(Unicode.Scalar(value)!.codePointName)"
                    return .error(.controlCharacter, at: here, "the file contains \(name)",
                                  hint: "remove it; only tab and line breaks are allowed")
                default:
                    column += 1
                }
                previousWasCR = value == 0x0D
            }
        }
    }
}

extension Unicode.Scalar {
    /// `U+0085`, as the Unicode standard names a code point.
    public var codePointName: String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension String {
    /// CRLF and lone CR become LF, so every later stage sees one kind of line break.
    fileprivate func replacingLineBreaks() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 0x0D { out.append(0x0A) }
            else if !(byte == 0x0A && previousWasCR) { out.append(byte) }
            previousWasCR = byte == 0x0D
        }
        return String(decoding: out, as: UTF8.self)
    }
}
