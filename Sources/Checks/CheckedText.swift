import Config
import Content
import Diagnostics
import Markdown

/// One text of the site as the checks see it: the file, and the document cmark made of it.
public struct CheckedText: Sendable {
    public var policy: Policy
    public var version: PolicyVersion
    public var translation: Translation
    public var document: RenderedDocument
    /// `blockTexts`, made once while the text is checked (`QualityChecks.run`) and dropped
    /// after, rather than once per check or kept for every text of the site at once.
    var preparedBlockTexts: [(index: Int, text: BlockText)]?

    public init(policy: Policy, version: PolicyVersion, translation: Translation, document: RenderedDocument) {
        self.policy = policy
        self.version = version
        self.translation = translation
        self.document = document
    }

    public var path: String { translation.path }
    public var language: LanguageCode { translation.language }
    public var isDefaultLanguage: Bool { translation.language == version.defaultLanguage }

    /// Where block `index` of the document starts.
    public func location(ofBlock index: Int) -> SourceLocation {
        guard document.blockStarts.indices.contains(index) else {
            return SourceLocation(path: path, line: translation.bodyFirstLine, column: 1)
        }
        return location(of: document.blockStarts[index])
    }

    public func location(of point: SourcePoint) -> SourceLocation {
        SourceLocation(path: path, line: point.line, column: point.column)
    }

    /// Where `needle` is written in the file: its first occurrence (or the one after
    /// `occurrence` others) in block `index`; the block's start when the text is not found as
    /// written (an entity, an escape or a variable stands there instead).
    public func location(of needle: String, inBlock index: Int, occurrence: Int = 0,
                         wholeWord: Bool = false) -> SourceLocation {
        let found = locations(of: needle, inBlock: index, wholeWord: wholeWord)
        return found.indices.contains(occurrence) ? found[occurrence] : location(ofBlock: index)
    }

    /// Where `needle` is written in block `index`, every occurrence in file order: from the
    /// block's start up to the start of the next block; with `wholeWord`, only where no letter
    /// or digit of a Latin word touches it. Empty when it is not written as such.
    public func locations(of needle: String, inBlock index: Int, wholeWord: Bool = false) -> [SourceLocation] {
        let blockStart = location(ofBlock: index)
        let wanted = Array(needle.unicodeScalars)
        guard !wanted.isEmpty, let startLine = blockStart.line else { return [] }
        // Footnote definitions come last among the blocks wherever they are written: a next
        // block that starts earlier in the file bounds nothing.
        let next = document.blockStarts.indices.contains(index + 1) ? document.blockStarts[index + 1] : nil
        let bound = next.flatMap { $0.line >= startLine ? $0 : nil }
        var found: [SourceLocation] = []
        var line = translation.bodyFirstLine
        for text in translation.body.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line += 1 }
            guard line >= startLine else { continue }
            if let bound, line > bound.line { break }
            let scalars = Array(text.unicodeScalars)
            var from = line == startLine ? max((blockStart.column ?? 1) - 1, 0) : 0
            // On the next block's first line, only what stands before it.
            let end = bound.map { line == $0.line && $0.line > startLine ? min($0.column - 1, scalars.count) : scalars.count }
                ?? scalars.count
            while let start = BlockText.find(wanted, in: scalars, from: from, wholeWord: wholeWord),
                  start + wanted.count <= end {
                found.append(SourceLocation(path: path, line: line, column: start + 1))
                from = start + 1
            }
        }
        return found
    }
}
