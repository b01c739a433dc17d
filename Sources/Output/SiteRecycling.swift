import BuildCache
import Foundation
import Synchronization

/// The sites earlier builds replaced (`DiscardedSites`): one set aside for this build to recycle
/// as its staging folder, the rest removed in the background. Made as a build starts, so that
/// the removal overlaps its reading and rendering; a build that ends before staging gives the
/// site it set aside back, for the next one. A build that does not write the cache folder
/// (`check`, `--no-cache`) recycles nothing.
public final class SiteRecycling: Sendable {
    let discarded: DiscardedSites?
    private let setAside: Mutex<URL?>

    public init(cache: CacheSession) {
        let discarded = cache.folder.map(DiscardedSites.init)
        self.discarded = discarded
        setAside = Mutex(discarded?.takeOne())
        discarded?.startRemoving()
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
