import Diff
import Markdown
import Synchronization

/// The texts the latest redlines compared, prepared (`PreparedText`), so that the next
/// comparisons of the same versions do not prepare them again. Compare pages are made policy
/// by policy and language by language, so the few texts used last are the ones asked for.
final class PreparedTexts: Sendable {
    /// More than the versions of a policy in one language.
    static let capacity = 32

    /// The texts prepared last, the latest last.
    private let recent = Mutex<[(key: RenderedTexts.Key, text: PreparedText)]>([])

    /// The prepared text of `key`, made with `make` when it is not kept.
    func text(_ key: RenderedTexts.Key, make: () -> PreparedText) -> PreparedText {
        if let kept = recent.withLock({ recent in recent.last { $0.key == key }?.text }) { return kept }
        // Made outside the lock: two threads seldom want one text at once, and then both make it.
        let made = make()
        recent.withLock { recent in
            guard !recent.contains(where: { $0.key == key }) else { return }
            recent.append((key, made))
            if recent.count > Self.capacity { recent.removeFirst() }
        }
        return made
    }
}
