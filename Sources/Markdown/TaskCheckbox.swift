import BlockHTML
import Outline

/// Only for a text nested deeper than its blocks keep (PG304/PG305), whose page is cmark-gfm's
/// own HTML; every other text's boxes are written with it (`BlockHTMLWriter`).
extension TaskCheckbox {
    /// cmark's HTML with each of its boxes, in reading order, replaced by a named one. `blocks`
    /// are the document's blocks in the same order; when the counts differ (raw HTML with
    /// `unsafe_html` that writes an identical input), the HTML is left as cmark wrote it.
    static func named(in html: String, blocks: [DocumentBlock]) -> String {
        let tasks: [(DocumentBlock.TaskState, String)] = blocks.compactMap { block in
            guard case .listItem(let task?) = block.kind else { return nil }
            return (task, block.plainText)
        }
        guard !tasks.isEmpty else { return html }
        let boxes = [cmarkBox(.checked), cmarkBox(.unchecked)]
        var pieces: [Substring] = []
        var rest = html[...]
        var found: [DocumentBlock.TaskState] = []
        while let next = boxes.compactMap({ box in rest.firstRange(ofBytes: box).map { ($0, box) } })
            .min(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            pieces.append(rest[..<next.0.lowerBound])
            found.append(next.1 == boxes[0] ? .checked : .unchecked)
            rest = rest[next.0.upperBound...]
        }
        guard found == tasks.map(\.0) else { return html }
        var result = ""
        for (piece, task) in zip(pieces, tasks) {
            result += piece
            result += Self.html(task.0, label: task.1)
        }
        return result + rest
    }

    /// Exactly what cmark-gfm's tasklist extension writes.
    private static func cmarkBox(_ state: DocumentBlock.TaskState) -> String {
        state == .checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> " : "<input type=\"checkbox\" disabled=\"\" /> "
    }
}
