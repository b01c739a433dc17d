/// The headings a page lists in its table of contents, nested by level.
public struct TableOfContents: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var heading: OutlineHeading
        public var children: [Entry]

        public init(heading: OutlineHeading, children: [Entry] = []) {
            self.heading = heading
            self.children = children
        }
    }

    public var entries: [Entry]

    public var isEmpty: Bool { entries.isEmpty }

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// h2 ... maxLevel, nested by level; a deeper heading with no parent at the level above
    /// hangs on the nearest shallower entry, or at top level.
    /// The h1 is the page title, so it is never listed.
    public init(headings: [OutlineHeading], maxLevel: Int) {
        var topLevel: [Entry] = []
        // The open entries, shallowest first; each joins its parent (or the top level)
        // once a heading at its level or above, or the end, closes it.
        var open: [Entry] = []
        func closeDeepest() {
            let entry = open.removeLast()
            if open.isEmpty { topLevel.append(entry) } else { open[open.count - 1].children.append(entry) }
        }
        for heading in headings where heading.level >= 2 && heading.level <= maxLevel {
            while let deepest = open.last, deepest.heading.level >= heading.level { closeDeepest() }
            open.append(Entry(heading: heading))
        }
        while !open.isEmpty { closeDeepest() }
        entries = topLevel
    }
}
