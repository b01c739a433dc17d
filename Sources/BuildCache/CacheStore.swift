/// The kinds of cache entry, each in a folder (or a table) of its own.
public enum CacheKind: String, Sendable, CaseIterable {
    /// A text rendered by cmark-gfm, with what rendering found wrong.
    case texts
    /// What the checks found in a policy's texts.
    case checks
    /// For each output folder, which key made each of its files.
    case pages
    /// The texts' fingerprints by their files' stamps, one entry for the site.
    case fingerprints
}

/// Where a build's cache entries are kept: on disk (`CacheFolder`, `.policygen-cache/`) or in
/// memory (`MemoryCache`, for a build without a cache). Every entry is a pure function of its
/// key, so an entry that cannot be read is a miss, never a wrong answer.
public protocol CacheStore: Sendable {
    /// The entry's bytes, or nil when there is none.
    func read(_ kind: CacheKind, _ key: CacheKey) -> [UInt8]?
    /// The entry's first `count` bytes (all of a shorter one), or nil when there is none.
    func read(_ kind: CacheKind, _ key: CacheKey, first count: Int) -> [UInt8]?
    /// Writes an entry whole; a failure only costs a later read the work.
    func write(_ kind: CacheKind, _ key: CacheKey, _ bytes: [UInt8])
    /// Removes the entries of `kind` whose keys are not in `used`.
    func prune(_ kind: CacheKind, keeping used: Set<String>)
}
