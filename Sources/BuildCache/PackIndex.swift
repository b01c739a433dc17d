/// An entry's name in a pack: its kind and the 32 bytes of its key (the key's hex parsed), so
/// that an index of thousands of entries is compact and quick to compare.
struct PackKey: Hashable, Sendable {
    let kind: UInt8
    let words: (UInt64, UInt64, UInt64, UInt64)

    /// nil for a key that is not 64 hex digits: such an entry is never packed (a miss).
    init?(_ kind: CacheKind, _ key: CacheKey) {
        guard let code = PackedKinds.code(of: kind) else { return nil }
        var words: [UInt64] = []
        var word: UInt64 = 0
        var digits = 0
        for byte in key.hex.utf8 {
            let value: UInt64
            switch byte {
            case UInt8(ascii: "0") ... UInt8(ascii: "9"): value = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a") ... UInt8(ascii: "f"): value = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            word = word << 4 | value
            digits += 1
            if digits % 16 == 0 { words.append(word); word = 0 }
        }
        guard digits == 64 else { return nil }
        self.init(kind: code, words: (words[0], words[1], words[2], words[3]))
    }

    init(kind: UInt8, words: (UInt64, UInt64, UInt64, UInt64)) {
        self.kind = kind
        self.words = words
    }

    static func == (a: PackKey, b: PackKey) -> Bool {
        a.kind == b.kind && a.words == b.words
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        // The key is already a hash: one word of it is enough.
        hasher.combine(words.0)
    }
}

/// The kinds kept in packs, and the byte each is written as in an index.
enum PackedKinds {
    /// Texts and checks: thousands of entries a build, each written once. The page manifests
    /// (one per output folder, named by it) and the fingerprints (one for the site) stay files.
    static let all: [CacheKind] = [.texts, .checks]

    static func code(of kind: CacheKind) -> UInt8? {
        all.firstIndex(of: kind).map { UInt8($0 + 1) }
    }
}

/// Where an entry is in its pack, with its checksums: of the whole entry, and of its first
/// `headSpan` bytes, so that reading a head checks what it reads without reading the rest.
struct PackEntry: Sendable {
    var offset: UInt64
    var length: UInt64
    var headSum: UInt64
    var sum: UInt64

    static let headSpan = 4096
}

/// The index of one pack (`<id>.idx` beside `<id>.pack`): the pack's size, then for each entry
/// its kind, key, offset, length and checksums, then a checksum of all of it. Written whole once
/// the pack is, then renamed into place: an index is the pack's publication, and a pack without
/// one (a build still running, or killed) is never read.
struct PackIndex {
    var packSize: UInt64 = 0
    var entries: [(key: PackKey, entry: PackEntry)] = []

    static let magic = Array("policygen pack index 1\n".utf8)
    /// kind (1) + key (32) + offset, length, head sum, sum (8 each).
    private static let entrySize = 65

    func encoded() -> [UInt8] {
        var bytes = Self.magic
        bytes.reserveCapacity(Self.magic.count + 16 + entries.count * Self.entrySize + 8)
        func put(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        put(packSize)
        put(UInt64(entries.count))
        for (key, entry) in entries {
            bytes.append(key.kind)
            put(key.words.0); put(key.words.1); put(key.words.2); put(key.words.3)
            put(entry.offset); put(entry.length); put(entry.headSum); put(entry.sum)
        }
        put(PackChecksum.of(bytes))
        return bytes
    }

    /// nil for anything but a whole index of this format.
    init?(decoding bytes: [UInt8]) {
        let header = Self.magic.count + 16
        guard bytes.count >= header + 8, bytes.starts(with: Self.magic) else { return nil }
        let decoded: PackIndex? = bytes.withUnsafeBytes { raw in
            func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
            let body = raw.count - 8
            guard PackChecksum.of(UnsafeRawBufferPointer(rebasing: raw[..<body])) == word(body) else { return nil }
            let count = word(Self.magic.count + 8)
            guard count <= UInt64(body - header) / UInt64(Self.entrySize),
                  header + Int(count) * Self.entrySize == body else { return nil }
            var index = PackIndex()
            index.packSize = word(Self.magic.count)
            index.entries.reserveCapacity(Int(count))
            var at = header
            for _ in 0 ..< Int(count) {
                let key = PackKey(kind: raw[at], words: (word(at + 1), word(at + 9), word(at + 17), word(at + 25)))
                let entry = PackEntry(offset: word(at + 33), length: word(at + 41), headSum: word(at + 49), sum: word(at + 57))
                // An entry past the pack's end would be a torn read: the index is not this pack's.
                guard entry.offset <= index.packSize, entry.length <= index.packSize - entry.offset else { return nil }
                index.entries.append((key, entry))
                at += Self.entrySize
            }
            return index
        }
        guard let decoded else { return nil }
        self = decoded
    }

    init() {}
}

extension PackKey {
    /// The key's hex again.
    var hex: String {
        [words.0, words.1, words.2, words.3].map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
