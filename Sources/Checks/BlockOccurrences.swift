import Diagnostics

extension CheckedText {
    /// Where `needle` is written in block `index`, every occurrence in file order: from the
    /// block's start up to the start of the next block. Empty when it is not written as such
    /// (an entity, an escape or a variable stands there instead).
    func locations(of needle: String, inBlock index: Int) -> [SourceLocation] {
        let blockStart = location(ofBlock: index)
        let wanted = Array(needle.unicodeScalars)
        guard !wanted.isEmpty, let startLine = blockStart.line else { return [] }
        let next = document.blockStarts.indices.contains(index + 1) ? document.blockStarts[index + 1] : nil
        var found: [SourceLocation] = []
        var line = translation.bodyFirstLine
        for text in translation.body.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line += 1 }
            guard line >= startLine else { continue }
            if let next, line > next.line { break }
            let scalars = Array(text.unicodeScalars)
            let from = line == startLine ? max((blockStart.column ?? 1) - 1, 0) : 0
            // On the next block's first line, only what stands before it.
            let end = next.map { line == $0.line && $0.line > startLine ? min($0.column - 1, scalars.count) : scalars.count }
                ?? scalars.count
            guard end - from >= wanted.count else { continue }
            for start in from...(end - wanted.count) where scalars[start..<start + wanted.count].elementsEqual(wanted) {
                found.append(SourceLocation(path: path, line: line, column: start + 1))
            }
        }
        return found
    }
}
