import Diagnostics
import Outline

extension CheckedText {
    /// Every heading of the document with where its block starts in the file. The heading
    /// blocks are the headings in the same order, one for one. The type the findings keep
    /// rather than a tuple, whose metadata the runtime made at the first check of a process.
    var placedHeadings: [PlacedHeading] {
        var placed: [PlacedHeading] = []
        placed.reserveCapacity(document.headings.count)
        var next = 0
        for (index, block) in document.blocks.enumerated() where next < document.headings.count {
            guard case .heading = block.kind else { continue }
            let heading = document.headings[next]
            placed.append(PlacedHeading(level: heading.level, id: heading.id, isCustomID: heading.isCustomID,
                                        text: heading.text, location: location(ofBlock: index)))
            next += 1
        }
        return placed
    }
}
