import Crypto

/// The fingerprint of a published text: SHA-256 of the source file's raw bytes (before the
/// byte-order mark is dropped or line breaks normalised), so anyone holding the file can
/// prove it is the text that was published.
public enum Fingerprint {
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
