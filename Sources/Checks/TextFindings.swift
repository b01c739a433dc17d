import Diagnostics

/// What the checks found in one text, and what the checks across texts need to know of it.
/// A build keeps it in its cache by the text (and the text it is compared with), so adding or
/// editing a version checks only its own texts again; the checks across texts then read these
/// rather than the texts.
public struct TextFindings: Sendable, Equatable {
    /// What the checks of one text found, at each check's own severity (`checks:` and the
    /// history lock are applied after).
    public var findings: [Diagnostic]
    /// What the file marks as intended.
    public var suppressions: [SuppressedCodes]
    /// The `@/` links, for PG200.
    public var siteLinks: [WrittenLink]
    /// The links written from the root (`/articles/…`), for PG215.
    public var rootLinks: [WrittenLink]
    /// The headings in order, for PG208 and the `@/…#id` links into the text.
    public var headings: [PlacedHeading]
    /// The labels of the footnotes, whose ids are `fn-label` and `fnref-label`.
    public var footnoteLabels: [String]
    /// The ids of the text's HTML elements (`<a id>`), which links may lead to.
    public var htmlIDs: [String]
    /// Whether the text's blocks are those of the previous version's text in its language;
    /// nil when that version has no text in it.
    public var sameBlocksAsPrevious: Bool?

    public init(findings: [Diagnostic] = [], suppressions: [SuppressedCodes] = [], siteLinks: [WrittenLink] = [],
                rootLinks: [WrittenLink] = [], headings: [PlacedHeading] = [], footnoteLabels: [String] = [],
                htmlIDs: [String] = [], sameBlocksAsPrevious: Bool? = nil) {
        self.findings = findings
        self.suppressions = suppressions
        self.siteLinks = siteLinks
        self.rootLinks = rootLinks
        self.headings = headings
        self.footnoteLabels = footnoteLabels
        self.htmlIDs = htmlIDs
        self.sameBlocksAsPrevious = sameBlocksAsPrevious
    }

    /// The ids a link into the text can end at: headings, HTML elements, and the footnotes cmark names.
    var anchors: Set<String> {
        Set(headings.map(\.id) + htmlIDs + footnoteLabels.flatMap { ["fn-\($0)", "fnref-\($0)"] })
    }
}

/// A link as written in a text, where it starts.
public struct WrittenLink: Sendable, Equatable {
    public var destination: String
    public var location: SourceLocation

    public init(destination: String, location: SourceLocation) {
        self.destination = destination
        self.location = location
    }
}

/// A heading of a text, where it starts.
public struct PlacedHeading: Sendable, Equatable {
    public var level: Int
    public var id: String
    public var isCustomID: Bool
    public var text: String
    public var location: SourceLocation

    public init(level: Int, id: String, isCustomID: Bool, text: String, location: SourceLocation) {
        self.level = level
        self.id = id
        self.isCustomID = isCustomID
        self.text = text
        self.location = location
    }
}

/// Codes a file silences: in the whole file (`ignore:`), or in the lines of the block after a
/// `<!-- policygen-ignore … -->` comment.
public struct SuppressedCodes: Sendable, Equatable {
    public var codes: [String]
    /// File lines; nil for the whole file.
    public var lines: ClosedRange<Int>?

    public init(codes: [String], lines: ClosedRange<Int>?) {
        self.codes = codes
        self.lines = lines
    }
}
