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
    /// `occurrence` others) from the start of block `index` up to the start of the next block;
    /// with `wholeWord`, only where no letter or digit of a Latin word touches it. The block's
    /// start when the text is not found as written (an entity, an escape or a variable stands
    /// there instead).
    public func location(of needle: String, inBlock index: Int, occurrence: Int = 0,
                         wholeWord: Bool = false) -> SourceLocation {
        let blockStart = location(ofBlock: index)
        guard !needle.isEmpty, let startLine = blockStart.line else { return blockStart }
        let endLine = document.blockStarts.indices.contains(index + 1)
            ? max(document.blockStarts[index + 1].line, startLine) : Int.max
        let needle = Array(needle.unicodeScalars)
        var skipped = 0
        var line = translation.bodyFirstLine
        for text in translation.body.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { line += 1 }
            guard line >= startLine else { continue }
            guard line <= endLine else { break }
            let scalars = Array(text.unicodeScalars)
            var from = line == startLine ? max((blockStart.column ?? 1) - 1, 0) : 0
            while let found = BlockText.find(needle, in: scalars, from: from, wholeWord: wholeWord) {
                if skipped == occurrence { return SourceLocation(path: path, line: line, column: found + 1) }
                skipped += 1
                from = found + 1
            }
        }
        return blockStart
    }
}
