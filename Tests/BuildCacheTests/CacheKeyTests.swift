import BuildCache
import Testing

/// A key is the SHA-256 of its parts, each length-prefixed, in lowercase hex: the same on every
/// machine, so that the digest `sha256sum` gives of the same bytes is the key.
@Suite struct CacheKeyTests {
    @Test func aKeyIsTheHexOfTheSHA256OfItsParts() {
        var key = CacheKey.Builder("text")
        key.add(7)
        // python3: sha256(pack('<q', 4) + b'text' + pack('<q', 7))
        #expect(key.finish().hex == "27a2b86cd9ff6c5eb71a59a6fe4fa487bd4012fbba8e8df8dc97da720edcea8c")
    }

    @Test func partsAreLengthPrefixed() {
        var ab = CacheKey.Builder("x"), a = CacheKey.Builder("x")
        ab.add("ab"); ab.add("c")
        a.add("a"); a.add("bc")
        #expect(ab.finish() != a.finish())
        #expect(ab.finish().hex.count == 64)
    }
}
