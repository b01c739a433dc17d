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
    /// The blocks with prose, made once while the text is checked and dropped after, rather
    /// than once per check or kept for every text of the site at once.
    let blockTexts: [(index: Int, text: BlockText)]
    /// Where the findings in those blocks are written.
    let placement: TextPlacement
    /// The version before this one, and whether its text in this language has the same
    /// blocks (nil when it has none in this language).
    let previous: PolicyVersion?
    let sameBlocksAsPrevious: Bool?
    /// How many findings of each code this text's checks made: past `DiagnosticCap.perCode`,
    /// a check stops placing and wording them.
    let findingCap = FindingCap()

    init(policy: Policy, version: PolicyVersion, translation: Translation, document: RenderedDocument,
         variables: VariableTree, previous: PolicyVersion? = nil, sameBlocksAsPrevious: Bool? = nil) {
        self.policy = policy
        self.version = version
        self.translation = translation
        self.document = document
        self.previous = previous
        self.sameBlocksAsPrevious = sameBlocksAsPrevious
        blockTexts = document.blocks.enumerated().compactMap { index, block in BlockText(block).map { (index, $0) } }
        placement = TextPlacement(translation: translation, variables: variables, blockStarts: document.blockStarts)
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

    /// Where the scalar at `offset` of a block's text is written in the file.
    func location(at offset: Int, in text: BlockText, block index: Int) -> SourceLocation {
        placement.point(at: offset, in: text, block: index).map(location(of:)) ?? location(ofBlock: index)
    }
}
