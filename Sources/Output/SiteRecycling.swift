import BuildCache
import Foundation
import Synchronization

/// The sites earlier builds replaced (`DiscardedSites`): one set aside for this build to recycle
/// as its staging folder, the rest noted, to be removed once this build's site is swapped in
/// (`removeStale`): a removal during the build took a core from its stages (about 14 % of a
/// rebuild's samples of L), and a removal started at the swap was cut short when the command
/// ended, leaving the next build a site with holes to recycle. A build that ends before
/// staging gives the site it set aside back, for the next one. A build that does not write
/// the cache folder (`check`, `--no-cache`) recycles nothing.
public final class SiteRecycling: Sendable {
    let discarded: DiscardedSites?
    private let setAside: Mutex<URL?>
    /// Where the site set aside was discarded: its manifest, if kept, names that folder.
    private let setAsideWasAt: String?
    /// What was discarded before this build, but for the site set aside.
    private let stale: [String]
    /// What the site set aside holds: it does not need the plan, so it is worked out on another
    /// thread from the build's start, while the stages before the pages leave a core idle
    /// (`docs/performance.md`). Nobody else touches that site: it was taken out under a name of
    /// this build's own. The survey does not hold the recycling, which a build that fails early
    /// gives back at once (`deinit`) while the survey may still be reading it.
    private let survey: BackgroundValue<SiteContents>?

    /// `startNow`: whether to work out what the site set aside holds from now, on another
    /// thread, rather than when the writer asks.
    public init(cache: CacheSession, startNow: Bool = false) {
        let discarded = cache.folder.map(DiscardedSites.init)
        self.discarded = discarded
        let taken = discarded?.takeOne()
        setAside = Mutex(taken?.reserved)
        setAsideWasAt = taken?.discardedAt
        stale = discarded?.present(except: taken?.reserved) ?? []
        survey = startNow ? taken.map { taken in
            BackgroundValue { Self.contents(of: taken.reserved, discardedAt: taken.discardedAt, cache: cache) }
        } : nil
    }

    /// Returns once the survey started with the build is done: a thread that must not wait for
    /// another (one of `concurrentPerform`'s) calls this first.
    public func awaitSurvey() {
        _ = survey?.wait()
    }

    /// What the site set aside holds, before it is taken (nil when there is none).
    func contentsOfSetAside(cache: CacheSession) -> SiteContents? {
        if let survey { return survey.wait() }
        guard let reserved = setAside.withLock({ $0 }) else { return nil }
        return Self.contents(of: reserved, discardedAt: setAsideWasAt ?? "", cache: cache)
    }

    /// What `site` holds, told by the manifest it had as the output, kept under the key of the
    /// folder it was discarded into.
    private static func contents(of site: URL, discardedAt: String, cache: CacheSession) -> SiteContents {
        let listing = cache.read(.pages, PageManifest.key(output: discardedAt))
            .flatMap { PageManifest($0, output: nil) }
        return SiteContents(of: site.path, listing: listing)
    }

    /// Removes what earlier builds discarded and this one did not recycle; called once this
    /// build's site is in place. The site this build replaced stays, for the next to recycle.
    public func removeStale() {
        discarded?.remove(stale)
    }

    /// The site set aside, taken by the staging folder; nil when there is none.
    func take() -> URL? {
        setAside.withLock { taken in
            defer { taken = nil }
            return taken
        }
    }

    deinit {
        if let unused = setAside.withLock({ $0 }) { discarded?.giveBack(unused) }
    }
}
