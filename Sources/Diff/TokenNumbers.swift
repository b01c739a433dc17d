import Outline

/// Gives each distinct token a number, so that the diff compares integers.
///
/// Two tokens get one number when they read the same: white space is white space whatever
/// its length or whether it is a line break in the source (a reflowed paragraph has not
/// changed), and a word is its text, whatever its formatting: a word made bold or put into a
/// link reads the same, and its formatting, numbered apart (`style(of:isCode:)`), is compared
/// once the words are aligned. Raw inline HTML is compared with its runs of white space as one.
///
/// Every token of both documents passes through here, so this is a small open-addressing
/// table keyed by a hash the tokenizer computes while it reads the bytes (FNV-1a), instead of
/// a Dictionary hashing each token's text again; keys are still compared in full, byte for
/// byte, against copies of their bytes kept in one array: no token is made into a String.
struct TokenNumbers {
    /// What tells tokens apart besides their bytes.
    private enum Tag: UInt8 {
        /// White space (a soft break too).
        case space = 0
        case text = 1, hardBreak = 4, image = 5, footnoteReference = 6, html = 7
    }

    private struct Key {
        /// Where the key's bytes are in `keyBytes`.
        var start: Int32
        var count: Int32
        var tag: Tag
        var marks: Int32
    }

    /// Per slot: the number of the key stored there, or -1.
    private var slots: [Int32]
    private var slotHashes: [UInt64]
    /// Per number: its key.
    private var keys: [Key] = []
    private var keyBytes: [UInt8] = []
    private var markNumbers: [[InlineMark]: Int32] = [[]: 0]

    init() {
        slots = Array(repeating: -1, count: 1024)
        slotHashes = Array(repeating: 0, count: 1024)
    }

    /// The number of a span's formatting: its marks, and whether it is code. Equal numbers
    /// are the same formatting; different ones may still look alike (marks nested in
    /// another order), which `TextStyle` tells.
    mutating func style(of marks: [InlineMark], isCode: Bool) -> Int32 {
        let code: Int32 = isCode ? 1 : 0
        if marks.isEmpty { return code }
        if let number = markNumbers[marks] { return number << 1 | code }
        let number = Int32(markNumbers.count)
        markNumbers[marks] = number
        return number << 1 | code
    }

    /// What tells a space from another: its formatting (`style`), but for where the link it is
    /// in goes, so that the spaces of a link whose address changed still pair.
    mutating func spaceStyle(of marks: [InlineMark], isCode: Bool, style: Int32) -> Int32 {
        guard marks.contains(where: { if case .link = $0 { true } else { false } }) else { return style }
        let anyLink = marks.map { mark -> InlineMark in
            if case .link = mark { .link(destination: "", title: "") } else { mark }
        }
        return self.style(of: anyLink, isCode: isCode)
    }

    /// The number of a token of a text or code span: `bytes` its UTF-8, `textHash` their
    /// FNV-1a hash (`FNV1a`). White space is one token whatever it is, but for its formatting
    /// (`style`, from `spaceStyle`): the space inside new bold text is not the space after it,
    /// and a redline that pairs each with its like keeps the bold where it was.
    mutating func number(ofPiece bytes: UnsafeBufferPointer<UInt8>, textHash: UInt64, kind: RedlineToken.Kind,
                         style: Int32) -> Int32 {
        if kind == .space { return number(UnsafeBufferPointer(start: nil, count: 0), tag: .space, marks: style, hash: 0) }
        return number(bytes, tag: .text, marks: 0, hash: textHash)
    }

    /// The number of a span other than text or code: a break or an element.
    mutating func number(ofElement content: InlineSpan.Content, style: Int32) -> Int32 {
        let marks: Int32 = 0
        return switch content {
        case .text, .code:
            preconditionFailure("text and code are numbered by the piece")
        case .softBreak:
            number(UnsafeBufferPointer(start: nil, count: 0), tag: .space, marks: style, hash: 0)
        case .hardBreak:
            number(UnsafeBufferPointer(start: nil, count: 0), tag: .hardBreak, marks: marks, hash: 0)
        case .image(let image):
            keyed(image.source + "\u{0}" + image.title + "\u{0}" + image.alt, tag: .image, marks: marks)
        case .footnoteReference(let label):
            keyed(label, tag: .footnoteReference, marks: marks)
        case .html(let html):
            keyed(Self.collapsingWhiteSpace(html), tag: .html, marks: marks)
        case .emptyElement(let element):
            keyed(element.emptyHTML, tag: .html, marks: marks)
        }
    }

    /// Raw HTML with each run of white space as one space: `<span  class="a">` and
    /// `<span class="a">` show the same.
    static func collapsingWhiteSpace(_ html: String) -> String {
        guard html.utf8.contains(where: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) else { return html }
        return (html.first?.isWhitespace == true ? " " : "") + html.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            + (html.last?.isWhitespace == true ? " " : "")
    }

    private mutating func keyed(_ text: String, tag: Tag, marks: Int32) -> Int32 {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var hash = FNV1a()
            for byte in bytes { hash.add(byte) }
            return number(bytes, tag: tag, marks: marks, hash: hash.value)
        }!
    }

    private mutating func number(_ bytes: UnsafeBufferPointer<UInt8>, tag: Tag, marks: Int32, hash textHash: UInt64) -> Int32 {
        let hash = Self.mix(textHash ^ UInt64(tag.rawValue) << 56 ^ UInt64(UInt32(bitPattern: marks)) &* 0x9E37_79B9_7F4A_7C15)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let number = slots[slot]
            if slotHashes[slot] == hash {
                let key = keys[Int(number)]
                if key.tag == tag, key.marks == marks, Int(key.count) == bytes.count,
                   keyBytes.withUnsafeBufferPointer({ Self.equal(bytes, $0, from: Int(key.start)) }) {
                    return number
                }
            }
            slot = (slot + 1) & mask
        }
        let number = Int32(keys.count)
        keys.append(Key(start: Int32(keyBytes.count), count: Int32(bytes.count), tag: tag, marks: marks))
        keyBytes.append(contentsOf: bytes)
        slots[slot] = number
        slotHashes[slot] = hash
        if keys.count * 2 > slots.count { grow() }
        return number
    }

    /// Whether `stored` holds `bytes` from `start` on.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ stored: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        for index in bytes.indices where stored[start + index] != bytes[index] { return false }
        return true
    }

    private mutating func grow() {
        let oldSlots = slots, oldHashes = slotHashes
        slots = Array(repeating: -1, count: oldSlots.count * 2)
        slotHashes = Array(repeating: 0, count: oldSlots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in zip(oldSlots, oldHashes) where number >= 0 {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = number
            slotHashes[slot] = hash
        }
    }

    /// SplitMix64's finaliser: spreads every input bit over the low bits the table uses.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The 64-bit FNV-1a hash of a byte sequence.
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
