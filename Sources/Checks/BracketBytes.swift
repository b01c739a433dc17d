/// `BracketContent.kind` of content that is all ASCII, as nearly every bracket of a policy is,
/// read byte by byte: the same rules, without the Characters, Strings and sets a bracket cost
/// (a text citing thousands of notes or leaving hundreds of blanks has as many brackets).
/// For ASCII a Character is one byte (CR LF aside, white space either way), a letter is A–Z or
/// a–z, a number 0–9, and lowercasing is A–Z's.
enum BracketBytes {
    static func kind(of content: UnsafeBufferPointer<UInt8>, atLineStart: Bool, touchesWord: Bool) -> PlaceholderKind? {
        let trimmed = self.trimmed(content)
        guard !trimmed.isEmpty else { return nil }
        if atLineStart && trimmed.count == 1 && (trimmed[0] == x || trimmed[0] == x - 0x20) { return nil }
        if isNumber(trimmed: trimmed) { return .number }
        let words = self.words(of: trimmed)
        if words.count == 2, lowercased(trimmed[words[0]], equals: "email"), lowercased(trimmed[words[1]], equals: "protected") {
            return .hiddenAddress
        }
        if isBlank(trimmed) { return .blank }
        guard !touchesWord, isPlaceholder(words, in: trimmed) else { return nil }
        return .words
    }

    private static let x = UInt8(ascii: "x")

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    @inline(__always)
    private static func isUppercase(_ byte: UInt8) -> Bool {
        byte >= 0x41 && byte <= 0x5A
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        isUppercase(byte) ? byte + 0x20 : byte
    }

    /// `BracketContent.isNumber` of ASCII.
    static func isNumber(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        isNumber(trimmed: trimmed(content))
    }

    private static func trimmed(_ content: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var low = 0, high = content.count
        while low < high, isSpace(content[low]) { low += 1 }
        while high > low, isSpace(content[high - 1]) { high -= 1 }
        return UnsafeBufferPointer(rebasing: content[low..<high])
    }

    private static func isNumber(trimmed text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, isDigit(first) else { return false }
        var rest = text[...]
        if text.last == UInt8(ascii: "%") { rest = rest.dropLast() }
        guard let last = rest.last, isDigit(last) else { return false }
        return rest.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
            || $0 == UInt8(ascii: "/") || $0 == 0x20 }
    }

    /// Where the words are, split at white space. As ranges, not slices: an array of slices of
    /// a buffer was a generic type whose metadata the runtime made at a process's first bracket.
    private static func words(of text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var at = 0
        while at < text.count {
            guard !isSpace(text[at]) else {
                at += 1
                continue
            }
            var end = at
            while end < text.count, !isSpace(text[end]) { end += 1 }
            words.append(at..<end)
            at = end
        }
        return words
    }

    private static func lowercased(_ word: Slice<UnsafeBufferPointer<UInt8>>, equals text: StaticString) -> Bool {
        word.count == text.utf8CodeUnitCount
            && zip(word, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)).allSatisfy { lowercased($0) == $1 }
    }

    /// `[_]`, `[#]`, `[*]` (the ASCII of the drafters' blanks), `[X]`, `[XX]`, `[N]`.
    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.allSatisfy { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "*") }
            || (text.count <= 4 && text.allSatisfy { $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "N") })
    }

    /// `BracketContent.isPlaceholder` of ASCII words, compared with the lists' bytes in place.
    private static func isPlaceholder(_ words: [Range<Int>], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...6).contains(words.count) else { return false }
        // Trimmed of `.,;:`, to be compared lowercased.
        let lowered = words.map { word in
            var low = word.lowerBound, high = word.upperBound
            while low < high, isTrimmed(text[low]) { low += 1 }
            while high > low, isTrimmed(text[high - 1]) { high -= 1 }
            return low..<high
        }
        guard !BracketContent.editorialBytes.contains(where: { joinedLowercased(lowered, in: text, equals: $0) }) else {
            return false
        }
        guard words.allSatisfy({ text[$0].allSatisfy(isWordByte) }),
              words.contains(where: { text[$0].count(where: isLetter) >= 2 }) else { return false }
        // Each part between underscores, empty ones passed over (`split(separator: "_")`).
        for word in lowered {
            var start = word.lowerBound
            while start < word.upperBound {
                var end = start
                while end < word.upperBound, text[end] != UInt8(ascii: "_") { end += 1 }
                if end > start, BracketContent.keywordBytes.contains(where: { lowercased(text[start..<end], equals: $0) }) {
                    return true
                }
                start = end + 1
            }
        }
        guard words.count >= 2, isUppercase(text[words[0].lowerBound]) else { return false }
        return words.allSatisfy { word in
            isUppercase(text[word.lowerBound]) || BracketContent.minorWordBytes.contains(where: { text[word].elementsEqual($0) })
                || !isLetter(text[word.lowerBound])
        }
    }

    private static func lowercased(_ word: Slice<UnsafeBufferPointer<UInt8>>, equals bytes: [UInt8]) -> Bool {
        word.count == bytes.count && zip(word, bytes).allSatisfy { lowercased($0) == $1 }
    }

    /// Whether the words lowercased and joined by spaces are `bytes`.
    private static func joinedLowercased(_ words: [Range<Int>], in text: UnsafeBufferPointer<UInt8>, equals bytes: [UInt8]) -> Bool {
        guard words.reduce(words.count - 1, { $0 + $1.count }) == bytes.count else { return false }
        var at = 0
        for (number, word) in words.enumerated() {
            if number > 0 {
                guard bytes[at] == 0x20 else { return false }
                at += 1
            }
            for byte in text[word] {
                guard lowercased(byte) == bytes[at] else { return false }
                at += 1
            }
        }
        return true
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
    }

    /// A letter, a digit, or one of `-'.,&/_@`.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        if isLetter(byte) || isDigit(byte) { return true }
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "&"), UInt8(ascii: "/"),
             UInt8(ascii: "_"), UInt8(ascii: "@"): return true
        default: return false
        }
    }
}
