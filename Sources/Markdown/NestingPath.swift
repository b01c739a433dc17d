/// The formatting marks, or the containers, open at a point of the block reader's walk, as
/// the arrays every span or block made there holds.
///
/// Each span holds its whole path of marks and each block its path of containers, so two
/// things keep a hostile text from costing the square of its length:
/// - paths are shared: entering the same mark again at a depth (the next `*b*` of a long run)
///   gives back the array made the last time, and leaving one gives back the array of the
///   level below, so spans of a run hold one array between them instead of a copy each;
/// - only `deepest` levels are kept: what is nested deeper is read as if it were at that
///   depth (its text and blocks all kept), and `overflow` says where that first happened.
///
/// Sharing bounds the memory of the walk, not the work of those who read every span's path
/// (the redline, the pages, the cache): `BlockReader` counts that work against a budget.
struct NestingPath<Element: Equatable> {
    /// Nesting kept, in levels; HTML elements (`InlineHTMLMarks`) add their own 32 at most.
    static var deepest: Int { 100 }

    /// The path at this point, outermost first.
    private(set) var current: [Element] = []
    /// The path at each level open now: `levels[i]` holds the first `i` elements.
    private var levels: [[Element]] = [[]]
    /// The array last made at each level, which a following sibling may take again; those
    /// deeper than a level made anew are dropped, as they extend what it replaced.
    private var recent: [[Element]] = [[]]
    /// Elements entered beyond `deepest` and not yet left.
    private var beyond = 0

    /// Whether the path was ever deeper than `deepest`.
    private(set) var overflowed = false

    /// Enters `element`; returns false when it is beyond `deepest` and not kept.
    @discardableResult
    mutating func enter(_ element: Element) -> Bool {
        guard beyond == 0, current.count < Self.deepest else {
            beyond += 1
            overflowed = true
            return false
        }
        let depth = levels.count
        if recent.count > depth, recent[depth].last == element {
            levels.append(recent[depth])
        } else {
            var path = levels[depth - 1]
            path.append(element)
            recent.removeSubrange(depth...)
            recent.append(path)
            levels.append(path)
        }
        current = levels[depth]
        return true
    }

    mutating func leave() {
        if beyond > 0 {
            beyond -= 1
            return
        }
        guard levels.count > 1 else { return }
        levels.removeLast()
        current = levels[levels.count - 1]
    }
}
