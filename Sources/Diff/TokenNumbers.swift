import Outline

/// Gives each distinct token a number, so that the diff compares integers.
///
/// Two tokens get one number when a reader cannot tell them apart: white space is white space
/// whatever its length or whether it is a line break in the source (a reflowed paragraph
/// has not changed), as long as its formatting is the same. Everything else is compared
/// exactly, formatting included: a word made bold has changed.
///
/// Every token of both documents passes through here, so this is a small open-addressing
/// table keyed by a hash the tokenizer computes while it reads the bytes (FNV-1a), instead of
/// a Dictionary hashing each token's text again; keys are still compared in full.
struct TokenNumbers {
    private struct Key: Equatable {
        var text: String
        var tag: UInt8
        var marks: Int32
    }

    /// Per slot: the number of the key stored there, or -1.
    private var slots: [Int32]
    private var slotHashes: [UInt64]
    /// Per number: its key.
    private var keys: [Key] = []
    private var markNumbers: [[InlineMark]: Int32] = [[]: 0]

    init() {
        slots = Array(repeating: -1, count: 1024)
        slotHashes = Array(repeating: 0, count: 1024)
    }

    /// The number of a span's formatting.
    mutating func number(of marks: [InlineMark]) -> Int32 {
        if marks.isEmpty { return 0 }
        if let number = markNumbers[marks] { return number }
        let number = Int32(markNumbers.count)
        markNumbers[marks] = number
        return number
    }

    /// `textHash` is the FNV-1a hash of a text or code token's UTF-8 (`FNV1a`); `marks` the
    /// number of the token's formatting.
    mutating func number(of token: RedlineToken, textHash: UInt64, marks: Int32) -> Int32 {
        switch token.span.content {
        case .text(let text):
            token.kind == .space ? number(Key(text: "", tag: 0, marks: marks), hash: 0)
                : number(Key(text: text, tag: 1, marks: marks), hash: textHash)
        case .code(let code):
            token.kind == .space ? number(Key(text: "", tag: 2, marks: marks), hash: 0)
                : number(Key(text: code, tag: 3, marks: marks), hash: textHash)
        case .softBreak:
            number(Key(text: "", tag: 0, marks: marks), hash: 0)
        case .hardBreak:
            number(Key(text: "", tag: 4, marks: marks), hash: 0)
        case .image(let image):
            keyed(image.source + "\u{0}" + image.title + "\u{0}" + image.alt, tag: 5, marks: marks)
        case .footnoteReference(let label):
            keyed(label, tag: 6, marks: marks)
        case .html(let html):
            keyed(html, tag: 7, marks: marks)
        }
    }

    private mutating func keyed(_ text: String, tag: UInt8, marks: Int32) -> Int32 {
        var hash = FNV1a()
        for byte in text.utf8 { hash.add(byte) }
        return number(Key(text: text, tag: tag, marks: marks), hash: hash.value)
    }

    private mutating func number(_ key: Key, hash textHash: UInt64) -> Int32 {
        let hash = Self.mix(textHash ^ UInt64(key.tag) << 56 ^ UInt64(UInt32(bitPattern: key.marks)) &* 0x9E37_79B9_7F4A_7C15)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if slotHashes[slot] == hash, keys[Int(slots[slot])] == key { return slots[slot] }
            slot = (slot + 1) & mask
        }
        let number = Int32(keys.count)
        keys.append(key)
        slots[slot] = number
        slotHashes[slot] = hash
        if keys.count * 2 > slots.count { grow() }
        return number
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
