import Content
import Crypto

/// One entry of `policygen.lock`: what a build published of one version in one language,
/// chained to the entry before it in the policy's history (docs/record.md).
public struct RecordEntry: Sendable, Hashable, Codable {
    public enum Event: String, Sendable, Hashable, Codable {
        /// The text as a build first published it, or an upcoming text re-published changed.
        case published
        /// A text that had taken effect, changed on purpose (`--allow-history-edit`).
        case corrected
        /// No longer published: an upcoming version taken back, or with `--allow-history-edit`
        /// one that had taken effect.
        case withdrawn
    }

    public var event: Event
    public var version: String
    public var language: String
    /// `YYYY-MM-DD`.
    public var effective: String
    /// The build date on which the version was first published (`YYYY-MM-DD`), carried from entry to entry.
    public var published: String
    /// The build date that made this entry.
    public var recorded: String
    /// False when the language shows the default-language text.
    public var translated: Bool
    /// The published-text fingerprint (`PublishedText`); nil for `withdrawn`.
    public var textSHA256: String?
    /// The source file's fingerprint; nil for `withdrawn`.
    public var sourceSHA256: String?
    /// The previous entry's `hash`; nil for a policy's first entry.
    public var previous: String?
    public var hash: String

    enum CodingKeys: String, CodingKey {
        case event, version, language, effective, published, recorded, translated, previous, hash
        case textSHA256 = "text_sha256"
        case sourceSHA256 = "source_sha256"
    }

    public init(event: Event, version: String, language: String, effective: String, published: String, recorded: String,
                translated: Bool, textSHA256: String?, sourceSHA256: String?) {
        self.event = event
        self.version = version
        self.language = language
        self.effective = effective
        self.published = published
        self.recorded = recorded
        self.translated = translated
        self.textSHA256 = textSHA256
        self.sourceSHA256 = sourceSHA256
        previous = nil
        hash = ""
    }

    // Absent values are written as null, so every entry has every key.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(event, forKey: .event)
        try container.encode(version, forKey: .version)
        try container.encode(language, forKey: .language)
        try container.encode(effective, forKey: .effective)
        try container.encode(published, forKey: .published)
        try container.encode(recorded, forKey: .recorded)
        try container.encode(translated, forKey: .translated)
        try container.encode(textSHA256, forKey: .textSHA256)
        try container.encode(sourceSHA256, forKey: .sourceSHA256)
        try container.encode(previous, forKey: .previous)
        try container.encode(hash, forKey: .hash)
    }

    /// The bytes `hash` is the SHA-256 of: one `key: value` line per field, in this order,
    /// `-` for an absent value (docs/record.md).
    public func chainedBytes(policy: String) -> [UInt8] {
        let lines = [
            "policygen record entry v1",
            "policy: \(policy)",
            "event: \(event.rawValue)",
            "version: \(version)",
            "language: \(language)",
            "effective: \(effective)",
            "published: \(published)",
            "recorded: \(recorded)",
            "translated: \(translated)",
            "text_sha256: \(textSHA256 ?? "-")",
            "source_sha256: \(sourceSHA256 ?? "-")",
            "previous: \(previous ?? "-")",
        ]
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// This entry chained after `previous` (nil: the first of its policy).
    public func chained(after previous: String?, policy: String) -> RecordEntry {
        var entry = self
        entry.previous = previous
        entry.hash = Fingerprint.sha256(entry.chainedBytes(policy: policy))
        return entry
    }
}
