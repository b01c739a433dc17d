/// A 64-bit digest of a text's blocks as the cache writes them: two texts with different
/// digests have different blocks, so the checks compare two versions' texts without reading
/// them. Equal digests are not taken for equal blocks: the blocks are then compared (identical
/// versions are rare). Read eight bytes at a time: it runs over every text of a build.
public struct BlocksDigest: Sendable, Hashable {
    public let value: UInt64

    init(value: UInt64) {
        self.value = value
    }

    init(_ bytes: ArraySlice<UInt8>) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                hash = Self.mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var last: UInt64 = 0
            for index in offset..<raw.count { last = last << 8 | UInt64(raw[index]) }
            hash = Self.mix(hash, last)
        }
        value = hash
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        var mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return mixed
    }
}
