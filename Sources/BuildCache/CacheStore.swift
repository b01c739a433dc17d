/// The kinds of cache entry: texts and checks in the packs of `CacheFolder`, the others each in
/// a folder of its own.
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
    /// Writes an entry whole; a failure only costs a later read the work. What is written is
    /// read back by this store at once, and by other builds once `finish` has published it.
    func write(_ kind: CacheKind, _ key: CacheKey, _ bytes: [UInt8])
    /// Publishes what was written (a build calls it at its end, whether it succeeded or not).
    func finish()
    /// Removes the entries of each kind in `used` whose keys (hex) are not in its set; kinds not
    /// named are left alone. Publishes what was written first. A store may keep an unused entry
    /// while removing it would cost more than it frees (`CacheFolder`'s packs): the entry is
    /// still right for its key, and what is kept stays in proportion to what is used.
    func prune(keeping used: [CacheKind: Set<String>])
}
