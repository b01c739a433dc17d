import Diagnostics
import Outline

extension CheckedText {
    /// Every heading of the document with where its block starts in the file. The heading
    /// blocks are the headings in the same order, one for one.
    var placedHeadings: [(heading: OutlineHeading, location: SourceLocation)] {
        let blockIndices = document.blocks.indices.filter {
            if case .heading = document.blocks[$0].kind { true } else { false }
        }
        return zip(document.headings, blockIndices).map { ($0, location(ofBlock: $1)) }
    }
}
