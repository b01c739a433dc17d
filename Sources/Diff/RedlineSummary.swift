import Outline

/// What a reader sees first: the sections that changed, were added, removed or moved, how
/// many words came and went, and how many links and formatting changes there are.
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
    /// Sections in both versions where formatting changed: a heading's level, a list's kind,
    /// emphasis, code, a link's address (a subset of `changed`), in redline order.
    public var reformatted: [Section]
    /// Words (and characters of scripts written without spaces) inserted and deleted; moved
    /// text counts only for the words edited in it.
    public var wordsAdded: Int
    public var wordsRemoved: Int
    /// Links whose address or title changed, or that were added around text or removed from
    /// it, the text staying.
    public var linksChanged: Int
    /// Changes of formatting other than links: of text (made bold, put into code…) and of
    /// blocks (a heading's level, a list's kind…).
    public var formattingChanges: Int

    public init(changed: [Section], added: [Section], removed: [Section], moved: [Section], reformatted: [Section] = [],
                wordsAdded: Int, wordsRemoved: Int, linksChanged: Int = 0, formattingChanges: Int = 0) {
        self.changed = changed
        self.added = added
        self.removed = removed
        self.moved = moved
        self.reformatted = reformatted
        self.wordsAdded = wordsAdded
        self.wordsRemoved = wordsRemoved
        self.linksChanged = linksChanged
        self.formattingChanges = formattingChanges
    }

    public var isEmpty: Bool {
        changed.isEmpty && added.isEmpty && removed.isEmpty && moved.isEmpty && wordsAdded == 0 && wordsRemoved == 0
            && linksChanged == 0 && formattingChanges == 0
    }

    /// Whether the two versions differ in formatting or links only: no word came or went,
    /// and no block (the summary says "formatting changed in 3 sections, no words changed").
    public var isFormattingOnly: Bool {
        wordsAdded == 0 && wordsRemoved == 0 && added.isEmpty && removed.isEmpty && moved.isEmpty
            && (linksChanged > 0 || formattingChanges > 0)
    }

    /// What the summary needs of one block of a redline.
    struct Entry {
        var change: RedlineBlock.Change
        var old: Int?
        var new: Int?
        /// Whether its formatting, links or form changed.
        var reformatted = false
    }

    /// The figures a redline counts as it is made.
    struct Counts {
        var wordsAdded = 0
        var wordsRemoved = 0
        var linksChanged = 0
        var formattingChanges = 0
    }

    /// Sums up a redline's blocks (`entries`, in redline order), given the words inserted and
    /// deleted. Each block belongs to the section of the nearest heading above it in its own
    /// version; an old block to the place its heading went.
    init(entries: [Entry], oldBlocks: [DocumentBlock], newBlocks: [DocumentBlock], counts: Counts) {
        func isHeading(_ block: DocumentBlock) -> Bool {
            if case .heading = block.kind { true } else { false }
        }
        // The redline entry of each heading: where its section is reported.
        var oldHeadingEntry: [Int: Int] = [:], newHeadingEntry: [Int: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if let new = entry.new, isHeading(newBlocks[new]) { newHeadingEntry[new] = index }
            if let old = entry.old, isHeading(oldBlocks[old]) {
                if case .movedAway = entry.change {} else { oldHeadingEntry[old] = index }
            }
        }
        let oldOwner = Self.nearestHeading(oldBlocks.map(isHeading)).map { $0.flatMap { oldHeadingEntry[$0] } }
        let newOwner = Self.nearestHeading(newBlocks.map(isHeading)).map { $0.flatMap { newHeadingEntry[$0] } }

        // Sections (by the entry of their heading, nil before the first heading) holding a change.
        var touched = Set<Int?>()
        var reformattedSections = Set<Int?>()
        for entry in entries {
            if entry.reformatted, let new = entry.new { reformattedSections.insert(newOwner[new]) }
            switch entry.change {
            case .unchanged, .movedAway:
                break // a move is counted at the block's new place
            case .changed:
                if let new = entry.new { touched.insert(newOwner[new]) }
            case .moved(let move):
                // A block that moved with its heading changed nothing in its section.
                let origin = oldOwner[move.oldIndex], destination = newOwner[move.newIndex]
                if origin != destination { touched.formUnion([origin, destination]) }
                if move.edited { touched.insert(destination) }
            case .inserted:
                if let new = entry.new { touched.insert(newOwner[new]) }
            case .deleted:
                if let old = entry.old { touched.insert(oldOwner[old]) }
            }
        }

        var changed: [Section] = [], added: [Section] = [], removed: [Section] = [], moved: [Section] = []
        var reformatted: [Section] = []
        if touched.contains(nil) { changed.append(Section(id: nil, heading: "")) }
        if reformattedSections.contains(nil) { reformatted.append(Section(id: nil, heading: "")) }
        for (index, entry) in entries.enumerated() {
            let block = entry.new.map { newBlocks[$0] } ?? entry.old.map { oldBlocks[$0] }
            guard let block, case .heading(_, let id) = block.kind else { continue }
            let section = Section(id: id, heading: block.plainText)
            if reformattedSections.contains(index) { reformatted.append(section) }
            switch entry.change {
            case .inserted: added.append(section)
            case .deleted: removed.append(section)
            case .movedAway: break
            case .moved:
                moved.append(section)
                if touched.contains(index) { changed.append(section) }
            case .changed: changed.append(section)
            case .unchanged: if touched.contains(index) { changed.append(section) }
            }
        }
        self.init(changed: changed, added: added, removed: removed, moved: moved, reformatted: reformatted,
                  wordsAdded: counts.wordsAdded, wordsRemoved: counts.wordsRemoved,
                  linksChanged: counts.linksChanged, formattingChanges: counts.formattingChanges)
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
