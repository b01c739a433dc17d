/// The text of a source file, decoded the way every policygen input is read:
/// UTF-8 only, a leading byte-order mark ignored, CRLF and lone CR read as LF,
/// and no control characters other than tab and line breaks (C0, DEL and C1 are refused).
public enum SourceText {
    /// Decodes `bytes`, or returns the diagnostic for the first byte that breaks the rules.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        checked(bytes, path: path).map { $0.text() }
    }

    /// `bytes` checked by the rules and made ready to read, whole or in parts (a content file's
    /// front-matter and body), without decoding them twice.
    public static func checked(_ bytes: [UInt8], path: String) -> Result<CheckedText, Diagnostic> {
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes[3...]) : bytes
        // Fast path: one validation and one scan; positions are worked out only when
        // something is wrong.
        guard (try? UTF8Span(validating: body.span)) != nil else {
            return .failure(problem(in: body[...], path: path) ?? .error(
                .notUTF8, at: SourceLocation(path: path), "the file is not valid UTF-8"))
        }
        let scan = body.withUnsafeBufferPointer(ControlScan.init)
        if scan.forbidden { return .failure(problem(in: body[...], path: path)!) }
        if scan.hasCR { body = replacingLineBreaks(body) }
        return .success(CheckedText(validUTF8: body))
    }

    /// Whether a file may hold `scalar` by the rules `checked` applies: for what writes files
    /// the build reads (`import`), so that they load.
    public static func allows(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0x7F...0x9F: false
        default: true
        }
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

extension SourceText {
    /// CRLF and lone CR become LF, so every later stage sees one kind of line break.
    fileprivate static func replacingLineBreaks(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D { out.append(0x0A) }
            else if !(byte == 0x0A && previousWasCR) { out.append(byte) }
            previousWasCR = byte == 0x0D
        }
        return out
    }
}

/// Bytes that keep `SourceText`'s rules: valid UTF-8, LF line breaks, no BOM, no control
/// characters but tab and line feed.
public struct CheckedText: Sendable {
    public let bytes: [UInt8]

    fileprivate init(validUTF8 bytes: [UInt8]) { self.bytes = bytes }

    /// The whole text.
    public func text() -> String { text(bytes.indices) }

    /// The text of `range`. Cut between two characters (at a line break, say), a part of valid
    /// UTF-8 is valid too and is copied without being checked again; cut inside one, its
    /// bytes are decoded with replacement characters.
    public func text(_ range: Range<Int>) -> String {
        func startsACharacter(_ index: Int) -> Bool { index == bytes.count || bytes[index] & 0xC0 != 0x80 }
        guard startsACharacter(range.lowerBound), startsACharacter(range.upperBound) else {
            return String(decoding: bytes[range], as: UTF8.self)
        }
        return String(copying: UTF8Span(unchecked: bytes.span.extracting(range)))
    }
}

/// One pass over a file's bytes for the control characters `SourceText` refuses (C0 but tab
/// and line breaks, DEL, and C1, encoded 0xC2 0x80–0x9F) and for carriage returns. Eight bytes
/// are tested at a time; a word holding a byte below 0x20, 0x7F or 0xC2 is looked at byte by byte.
struct ControlScan {
    private(set) var forbidden = false
    private(set) var hasCR = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// Whether a byte of `word` is zero (exactly: borrows only ever follow a zero byte).
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            let hasLow = (word &- ones &* 0x20) & ~word & highs != 0
            if hasLow || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2)) {
                for at in index..<index + 8 where !look(at, bytes) { return }
            }
            index += 8
        }
        while index < bytes.count, look(index, bytes) { index += 1 }
    }

    /// Looks at the byte at `index` (and, after 0xC2, the next one); false when it is refused.
    private mutating func look(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = bytes[index]
        if byte == 0x0D {
            hasCR = true
        } else if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F
                    || (byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1])) {
            forbidden = true
        }
        return !forbidden
    }
}
