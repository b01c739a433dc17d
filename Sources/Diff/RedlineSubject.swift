/// What a redline compares, as the text formats of `policygen diff` name it: the policy, the
/// language of the two texts, and each version.
public struct RedlineSubject: Sendable, Hashable {
    public var policy: String
    /// The language of both texts compared (a BCP 47 tag).
    public var language: String
    public var old: ComparedVersion
    public var new: ComparedVersion

    public init(policy: String, language: String, old: ComparedVersion, new: ComparedVersion) {
        self.policy = policy
        self.language = language
        self.old = old
        self.new = new
    }
}

/// One side of a comparison: a version of a policy and its text's front-matter. In JSON
/// (`docs/diff-json.md`) `summary` is null when there is none.
public struct ComparedVersion: Sendable, Hashable, Codable {
    /// The version's folder name (`v2`, `2025-01-01`).
    public var id: String
    /// The effective date, `YYYY-MM-DD`.
    public var effective: String
    public var title: String
    /// What changed in this version, when its front-matter says.
    public var summary: String?

    public init(id: String, effective: String, title: String, summary: String? = nil) {
        self.id = id
        self.effective = effective
        self.title = title
        self.summary = summary
    }
}

extension ComparedVersion {
    private enum CodingKeys: String, CodingKey {
        case id, effective, title, summary
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(effective, forKey: .effective)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
    }
}
