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
    let setAsideWasAt: String?
    /// What was discarded before this build, but for the site set aside.
    private let stale: [String]

    public init(cache: CacheSession) {
        let discarded = cache.folder.map(DiscardedSites.init)
        self.discarded = discarded
        let taken = discarded?.takeOne()
        setAside = Mutex(taken?.reserved)
        setAsideWasAt = taken?.discardedAt
        stale = discarded?.present(except: taken?.reserved) ?? []
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
