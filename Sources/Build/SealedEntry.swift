import BuildCache
import Content

/// A cache entry whose bytes are taken as they are (without reading the files they stand for)
/// ends with the SHA-256 of the rest, so that a byte changed anywhere in it, not only a cut,
/// which the format shows, makes it a miss.
enum SealedEntry {
    private static let digestSize = 64

    static func seal(_ bytes: [UInt8]) -> [UInt8] {
        bytes + Array(Fingerprint.sha256(bytes).utf8)
    }

    /// The bytes `seal` sealed; `CacheReader.Malformed` when their SHA-256 is not the one after them.
    static func open(_ entry: [UInt8]) throws -> [UInt8] {
        guard entry.count > digestSize else { throw CacheReader.Malformed() }
        let bytes = Array(entry.dropLast(digestSize))
        guard Array(Fingerprint.sha256(bytes).utf8) == Array(entry.suffix(digestSize)) else { throw CacheReader.Malformed() }
        return bytes
    }
}
