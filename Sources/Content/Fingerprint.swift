import Crypto

/// The fingerprint of a published text: SHA-256 of the source file's raw bytes (before the
/// byte-order mark is dropped or line breaks normalised), so anyone holding the file can
/// prove it is the text that was published.
public enum Fingerprint {
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// SHA-256 of the UTF-8 of `parts` one after the other, as if joined.
    public static func sha256(_ parts: String...) -> String {
        var hash = SHA256()
        for var part in parts {
            part.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        return hex(hash.finalize())
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 2 * SHA256.byteCount) { buffer in
            var index = 0
            for byte in digest {
                buffer[index] = digits[Int(byte >> 4)]
                buffer[index + 1] = digits[Int(byte & 15)]
                index += 2
            }
            return index
        }
    }
}
