import Foundation

/// `<lang>/<policy>/versions.json`: the machine-readable record of a policy's versions in one
/// language (schema in docs/versions-json.md). The previous build's copies are read back as
/// the published record, so this one type serves both ways.
public struct VersionsRecord: Codable, Sendable, Equatable {
    public var policy: String
    public var language: String
    public var asOf: String
    public var current: String?
    public var nextRebuild: String?
    /// The day the policy is withdrawn (`retired:`), and the policy replacing it, if any.
    public var retired: String?
    public var replacedBy: Replacement?
    /// Newest first.
    public var versions: [Entry]

    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var effective: String
        public var until: String?
        public var status: String
        public var draft: Bool
        public var summary: String?
        public var firstPublished: String?
        public var translated: Bool
        /// The source file's fingerprint.
        public var sha256: String
        /// The published text's fingerprint (`PublishedText`); absent from a record written
        /// before it existed.
        public var textSHA256: String?
        public var url: String
        public var comparePreviousURL: String?
        public var compareCurrentURL: String?

        enum CodingKeys: String, CodingKey {
            case id, title, effective, until, status, draft, summary, translated, sha256, url
            case firstPublished = "first_published"
            case textSHA256 = "text_sha256"
            case comparePreviousURL = "compare_previous_url"
            case compareCurrentURL = "compare_current_url"
        }

        // Absent values are written as null, so every entry has every key.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(effective, forKey: .effective)
            try container.encode(until, forKey: .until)
            try container.encode(status, forKey: .status)
            try container.encode(draft, forKey: .draft)
            try container.encode(summary, forKey: .summary)
            try container.encode(firstPublished, forKey: .firstPublished)
            try container.encode(translated, forKey: .translated)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(textSHA256, forKey: .textSHA256)
            try container.encode(url, forKey: .url)
            try container.encode(comparePreviousURL, forKey: .comparePreviousURL)
            try container.encode(compareCurrentURL, forKey: .compareCurrentURL)
        }
    }

    /// The policy that takes a withdrawn one's place: its slug and its current page.
    public struct Replacement: Codable, Sendable, Equatable {
        public var policy: String
        public var url: String
    }

    enum CodingKeys: String, CodingKey {
        case policy, language, current, versions, retired
        case asOf = "as_of"
        case nextRebuild = "next_rebuild"
        case replacedBy = "replaced_by"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(policy, forKey: .policy)
        try container.encode(language, forKey: .language)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(current, forKey: .current)
        try container.encode(nextRebuild, forKey: .nextRebuild)
        try container.encode(retired, forKey: .retired)
        try container.encode(replacedBy, forKey: .replacedBy)
        try container.encode(versions, forKey: .versions)
    }

    /// Pretty, with sorted keys: stable bytes for the same record.
    public func jsonBytes() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and booleans cannot fail.
        return Array(try! encoder.encode(self)) + [0x0A]
    }
}
