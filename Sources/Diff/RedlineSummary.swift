import Outline

/// What a reader sees first: the sections that changed, were added, removed or moved, and
/// how many words came and went.
public struct RedlineSummary: Sendable, Hashable {
    /// A section: a heading and the blocks up to the next heading.
    public struct Section: Sendable, Hashable {
        /// The heading's id: in the new version, or in the old one for a removed section.
        /// nil for the text before the first heading.
        public var id: String?
        /// The heading's plain text; empty for the text before the first heading.
        public var heading: String

        public init(id: String?, heading: String) {
            self.id = id
            self.heading = heading
        }
    }

    /// Sections in both versions whose heading or content changed (a moved section too, when
    /// it was also edited), in redline order.
    public var changed: [Section]
    public var added: [Section]
    public var removed: [Section]
    public var moved: [Section]
    /// Words (and characters of scripts written without spaces) inserted and deleted; moved
    /// text counts only for the words edited in it.
    public var wordsAdded: Int
    public var wordsRemoved: Int

    public init(changed: [Section], added: [Section], removed: [Section], moved: [Section],
                wordsAdded: Int, wordsRemoved: Int) {
        self.changed = changed
        self.added = added
        self.removed = removed
        self.moved = moved
        self.wordsAdded = wordsAdded
        self.wordsRemoved = wordsRemoved
    }

    public var isEmpty: Bool {
        changed.isEmpty && added.isEmpty && removed.isEmpty && moved.isEmpty && wordsAdded == 0 && wordsRemoved == 0
    }

    /// Sums up `blocks` (in redline order), given the words of the blocks wholly inserted and
    /// deleted. Each block belongs to the section of the nearest heading above it in its own
    /// version; an old block to the place its heading went.
    init(blocks: [RedlineBlock], oldCount: Int, newCount: Int, wordsInWholeBlocks: (added: Int, removed: Int)) {
        // The redline block of each heading: where its section is reported.
        var oldHeadingEntry: [Int: Int] = [:], newHeadingEntry: [Int: Int] = [:]
        var oldIsHeading = Array(repeating: false, count: oldCount)
        var newIsHeading = Array(repeating: false, count: newCount)
        for (entry, block) in blocks.enumerated() {
            if let new = block.new, case .heading = new.block.kind {
                newHeadingEntry[new.index] = entry
                newIsHeading[new.index] = true
            }
            if let old = block.old, case .heading = old.block.kind {
                oldIsHeading[old.index] = true
                if case .movedAway = block.change {} else { oldHeadingEntry[old.index] = entry }
            }
        }
        let oldOwner = Self.nearestHeading(oldIsHeading).map { $0.flatMap { oldHeadingEntry[$0] } }
        let newOwner = Self.nearestHeading(newIsHeading).map { $0.flatMap { newHeadingEntry[$0] } }

        // Sections (by the redline block of their heading, nil before the first heading)
        // holding a change.
        var touched = Set<Int?>()
        var added = wordsInWholeBlocks.added, removed = wordsInWholeBlocks.removed
        for block in blocks {
            switch block.change {
            case .unchanged:
                break
            case .changed, .moved:
                guard let new = block.new, let old = block.old else { break }
                let destination = newOwner[new.index]
                if case .moved(let move) = block.change {
                    // A block that moved with its heading changed nothing in its section.
                    let origin = oldOwner[old.index]
                    if origin != destination { touched.formUnion([origin, destination]) }
                    if move.edited { touched.insert(destination) }
                } else {
                    touched.insert(destination)
                }
                for run in block.fields.joined() {
                    let words = run.tokens.count(where: \.isWord)
                    if run.operation == .inserted { added += words } else if run.operation == .deleted { removed += words }
                }
            case .inserted:
                if let new = block.new { touched.insert(newOwner[new.index]) }
            case .deleted:
                if let old = block.old { touched.insert(oldOwner[old.index]) }
            case .movedAway:
                break // counted at the block's new place
            }
        }

        var changed: [Section] = [], addedSections: [Section] = [], removedSections: [Section] = [], moved: [Section] = []
        if touched.contains(nil) { changed.append(Section(id: nil, heading: "")) }
        for (entry, block) in blocks.enumerated() {
            guard case .heading(_, let id) = block.block.kind else { continue }
            let section = Section(id: id, heading: block.block.plainText)
            switch block.change {
            case .inserted: addedSections.append(section)
            case .deleted: removedSections.append(section)
            case .movedAway: break
            case .moved:
                moved.append(section)
                if touched.contains(entry) { changed.append(section) }
            case .changed: changed.append(section)
            case .unchanged: if touched.contains(entry) { changed.append(section) }
            }
        }
        self.init(changed: changed, added: addedSections, removed: removedSections, moved: moved,
                  wordsAdded: added, wordsRemoved: removed)
    }

    /// For each block, the index of the nearest heading at or before it.
    private static func nearestHeading(_ isHeading: [Bool]) -> [Int?] {
        var current: Int?
        return isHeading.indices.map { index in
            if isHeading[index] { current = index }
            return current
        }
    }
}
