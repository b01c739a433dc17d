import BuildCache
import Config
import Content
import Diagnostics

/// The texts' fingerprints kept from one build to the next (`KnownFingerprints`), one cache
/// entry for the site: a rebuild reads it once rather than reading, parsing and hashing 47 MB
/// of content. With each text its front-matter as parsed (`FrontMatterCoding`).
enum KnownFingerprintsCoding {
    static let magic = "policygen fingerprints v2"

    /// Valid for this policygen and this policygen.yaml (its variables are in every
    /// published-text fingerprint) and base address.
    static func key(configBytes: [UInt8], config: SiteConfig) -> CacheKey {
        var key = CacheKey.Builder("fingerprints")
        key.add(ToolIdentity.current)
        key.add(bytes: configBytes)
        key.add(config.baseURL)
        return key.finish()
    }

    static func read(_ cache: CacheSession, key: CacheKey) -> KnownFingerprints {
        guard let bytes = cache.read(.fingerprints, key) else { return KnownFingerprints() }
        return (try? decode(bytes)) ?? KnownFingerprints()
    }

    static func encode(_ known: KnownFingerprints) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(magic)
        writer.write(known.readFrom)
        writer.write(known.texts.keys.sorted()) { writer, path in
            let text = known.texts[path]!
            writer.write(path)
            writer.write(text.stamp.size)
            writer.write(text.stamp.modified)
            writer.write(text.stamp.changed)
            writer.write(Int(bitPattern: UInt(text.stamp.inode)))
            writer.write(Int(bitPattern: UInt(text.stamp.device)))
            writer.write(text.sha256)
            writer.write(text.textSHA256)
            writer.write(text.written != nil)
            if let written = text.written {
                writer.write(written.bodyFirstLine)
                FrontMatterCoding.write(written.frontMatter, to: &writer)
            }
        }
        return SealedEntry.seal(writer.bytes)
    }

    static func decode(_ entry: [UInt8]) throws -> KnownFingerprints {
        var reader = CacheReader(try SealedEntry.open(entry))
        try reader.expect(magic)
        var known = KnownFingerprints(readFrom: try reader.int())
        let texts = try reader.array { reader in
            let path = try reader.string()
            let stamp = FileStamp(size: try reader.int(), modified: try reader.int(), changed: try reader.int(),
                                  inode: UInt64(UInt(bitPattern: try reader.int())),
                                  device: UInt64(UInt(bitPattern: try reader.int())))
            var text = KnownFingerprints.Text(stamp: stamp, sha256: try reader.string(), textSHA256: try reader.string())
            if try reader.bool() {
                let bodyFirstLine = try reader.int()
                text.written = .init(frontMatter: try FrontMatterCoding.read(&reader), bodyFirstLine: bodyFirstLine)
            }
            return (path, text)
        }
        try reader.finish()
        known.texts = Dictionary(texts, uniquingKeysWith: { _, last in last })
        return known
    }
}
