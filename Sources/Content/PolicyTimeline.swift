import Config

/// Where each version of a policy stands on the build date.
public enum VersionStatus: String, Sendable, Hashable {
    /// The text in effect on the build date.
    case current
    /// Takes effect after the build date.
    case upcoming
    /// Was in effect, and has been replaced by a later version.
    case superseded
    /// Was in effect when the policy was withdrawn (`retired:`): nothing replaced it in this policy.
    case retired
}

/// The versions of one policy laid out on the calendar as of one day.
public struct PolicyTimeline: Sendable {
    public struct Entry: Sendable {
        public var version: PolicyVersion
        public var status: VersionStatus
        /// The first day the text was no longer in effect: the next version's effective date.
        public var until: EffectiveDate?
    }

    public let asOf: EffectiveDate
    /// The language whose text prevails (policy.yaml's `governing_language`), if one is named.
    public let governingLanguage: LanguageCode?
    /// Oldest first.
    public let entries: [Entry]
    /// The version the policy's main page shows: the one in effect, or before any is,
    /// the first one to come (whose status is then `upcoming`).
    public let current: PolicyVersion?
    /// The day the policy is withdrawn, if it is (or will be): from then on no version is in effect.
    public let retired: EffectiveDate?

    /// `versions` must be sorted oldest first, as `Policy.versions` is.
    public init(versions: [PolicyVersion], asOf: EffectiveDate, governingLanguage: LanguageCode? = nil,
                retired: EffectiveDate? = nil) {
        self.asOf = asOf
        self.governingLanguage = governingLanguage
        self.retired = retired
        // The latest version in effect on the build date; before any is, the earliest upcoming one.
        let inEffect = versions.last { $0.effective <= asOf }
        let current = inEffect ?? versions.first
        self.current = current
        self.entries = versions.enumerated().map { index, version in
            let until = index + 1 < versions.count ? Optional(versions[index + 1].effective) : retired
            let status: VersionStatus =
                version.effective > asOf ? .upcoming
                : version.id == inEffect?.id ? (Self.isRetired(retired, asOf) ? .retired : .current)
                : .superseded
            return Entry(version: version, status: status, until: until)
        }
    }

    /// Whether the policy is withdrawn on the build date.
    public var isRetired: Bool { Self.isRetired(retired, asOf) }

    private static func isRetired(_ retired: EffectiveDate?, _ asOf: EffectiveDate) -> Bool {
        retired.map { $0 <= asOf } ?? false
    }

    public func entry(for id: String) -> Entry? { entries.first { $0.version.id == id } }

    /// The version in effect on the build date; nil before the first one takes effect.
    public var inEffect: PolicyVersion? { entries.last { $0.status == .current }?.version }

    /// The nearest version still to come after the one shown, if any.
    public var nextUpcoming: PolicyVersion? {
        entries.first { $0.status == .upcoming && $0.version.id != current?.id }?.version
    }

    /// The pairs a reader can compare, older first: every version with the one after it, and
    /// every other version with the one shown as current.
    public var comparisons: [(older: PolicyVersion, newer: PolicyVersion)] {
        var pairs: [(older: PolicyVersion, newer: PolicyVersion)] = []
        for (older, newer) in zip(entries, entries.dropFirst()) { pairs.append((older.version, newer.version)) }
        guard let current, let currentIndex = entries.firstIndex(where: { $0.version.id == current.id }) else { return pairs }
        for (index, entry) in entries.enumerated() where abs(index - currentIndex) > 1 {
            pairs.append(index < currentIndex ? (entry.version, current) : (current, entry.version))
        }
        return pairs
    }

    /// The version just before `id`, if any.
    public func previous(of id: String) -> PolicyVersion? {
        guard let index = entries.firstIndex(where: { $0.version.id == id }), index > 0 else { return nil }
        return entries[index - 1].version
    }
}
