import BuildCache
import Content
import Record

/// `policygen.lock` as an earlier build read it and found its chain whole, kept in the cache
/// by the SHA-256 of the file's bytes: a build whose lock is byte for byte the one checked
/// before takes the record from there, rather than decoding its JSON and hashing each entry of
/// its chain again (a fifth of a rebuild's history stage was each). Any other lock is read and
/// checked in full.
enum CheckedRecordCoding {
    static let magic = "policygen checked record v1"

    /// Valid for this policygen (the chain's rules are its) and these bytes of the lock.
    static func key(lockBytes: [UInt8]) -> CacheKey {
        var key = CacheKey.Builder("checked record")
        key.add(ToolIdentity.current)
        key.add(bytes: lockBytes)
        return key.finish()
    }

    static func read(_ cache: CacheSession, key: CacheKey) -> SiteRecord? {
        cache.read(.fingerprints, key).flatMap { try? decode($0) }
    }

    static func encode(_ record: SiteRecord) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(magic)
        writer.write(record.policies.keys.sorted()) { writer, policy in
            writer.write(policy)
            writer.write(record.policies[policy]!) { writer, entry in
                writer.write(entry.event.rawValue)
                writer.write(entry.version)
                writer.write(entry.language)
                writer.write(entry.effective)
                writer.write(entry.published)
                writer.write(entry.recorded)
                writer.write(entry.translated)
                writer.write(entry.textSHA256)
                writer.write(entry.sourceSHA256)
                writer.write(entry.previous)
                writer.write(entry.hash)
            }
        }
        return SealedEntry.seal(writer.bytes)
    }

    static func decode(_ entry: [UInt8]) throws -> SiteRecord {
        var reader = CacheReader(try SealedEntry.open(entry))
        try reader.expect(magic)
        let policies = try reader.array { reader in
            (try reader.string(), try reader.array { reader in
                guard let event = RecordEntry.Event(rawValue: try reader.string()) else { throw CacheReader.Malformed() }
                var entry = RecordEntry(event: event, version: try reader.string(), language: try reader.string(),
                                        effective: try reader.string(), published: try reader.string(),
                                        recorded: try reader.string(), translated: try reader.bool(),
                                        textSHA256: try reader.optionalString(), sourceSHA256: try reader.optionalString())
                entry.previous = try reader.optionalString()
                entry.hash = try reader.string()
                return entry
            })
        }
        try reader.finish()
        return SiteRecord(checked: Dictionary(policies, uniquingKeysWith: { $1 }))
    }
}
