import Outline

/// The number each item of an ordered list shows, as cmark renders the list: its start, then
/// one more per item. Nested lists count on their own; a list ends where a block outside it
/// comes.
enum ListNumbers {
    /// Numbers by block index, for the items of ordered lists only.
    static func of(_ blocks: [DocumentBlock]) -> [Int: Int] {
        var open: [(container: BlockContainer, next: Int)] = []
        var numbers: [Int: Int] = [:]
        for (index, block) in blocks.enumerated() {
            let path = block.containers
            var keep = 0
            while keep < min(path.count, open.count), path[keep].continues(open[keep].container) { keep += 1 }
            open.removeSubrange(keep...)
            for container in path[keep...] {
                open.append((container, Self.start(of: container)))
            }
            guard case .listItem = block.kind, case .list(let style)? = path.last, style.isOrdered else { continue }
            numbers[index] = open[path.count - 1].next
            open[path.count - 1].next += 1
        }
        return numbers
    }

    private static func start(of container: BlockContainer) -> Int {
        if case .list(let style) = container, case .ordered(let start) = style.numbering { return start }
        return 1
    }
}

extension Redline {
    /// The old and the new document's blocks, read back from the redline, which holds each
    /// block of both.
    var documents: (old: [DocumentBlock], new: [DocumentBlock]) {
        var old: [Int: DocumentBlock] = [:], new: [Int: DocumentBlock] = [:]
        for entry in blocks {
            if let side = entry.old { old[side.index] = side.block }
            if let side = entry.new { new[side.index] = side.block }
        }
        return (old.sorted { $0.key < $1.key }.map(\.value), new.sorted { $0.key < $1.key }.map(\.value))
    }
}
