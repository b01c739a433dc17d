/// Stable identifiers of diagnostics, documented in docs/diagnostics.md.
/// PG0xx: files and YAML; PG1xx: configuration and content structure; PG2xx: quality checks
/// (`policygen check`); PG3xx: Markdown bodies;
/// PG4xx: themes; PG5xx: output and command line; PG6xx: `policygen import`.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    // Files and YAML
    public static let notUTF8 = Self(rawValue: "PG001")
    public static let controlCharacter = Self(rawValue: "PG002")
    public static let fileTooLarge = Self(rawValue: "PG003")
    public static let symbolicLink = Self(rawValue: "PG004")
    public static let unexpectedFile = Self(rawValue: "PG005")
    public static let notARegularFile = Self(rawValue: "PG006")
    public static let unreadableFile = Self(rawValue: "PG007")
    public static let yamlSyntax = Self(rawValue: "PG010")
    public static let yamlDuplicateKey = Self(rawValue: "PG011")
    public static let yamlAnchor = Self(rawValue: "PG012")
    public static let yamlTag = Self(rawValue: "PG013")
    public static let unknownKey = Self(rawValue: "PG014")
    public static let missingKey = Self(rawValue: "PG015")
    public static let invalidValue = Self(rawValue: "PG016")
    public static let otherToolsKey = Self(rawValue: "PG017")

    // Configuration
    public static let missingConfig = Self(rawValue: "PG100")
    public static let invalidLanguageCode = Self(rawValue: "PG101")
    public static let invalidLanguageList = Self(rawValue: "PG102")
    public static let invalidBaseURL = Self(rawValue: "PG103")
    public static let invalidThemeName = Self(rawValue: "PG104")

    // Content structure
    public static let missingFrontMatter = Self(rawValue: "PG110")
    public static let invalidDate = Self(rawValue: "PG111")
    public static let unknownLanguage = Self(rawValue: "PG112")
    public static let invalidSlug = Self(rawValue: "PG113")
    public static let missingDefaultLanguage = Self(rawValue: "PG114")
    public static let duplicateEffectiveDate = Self(rawValue: "PG115")
    public static let effectiveDateMismatch = Self(rawValue: "PG116")
    public static let invalidGoverningLanguage = Self(rawValue: "PG117")
    public static let noPolicies = Self(rawValue: "PG118")
    public static let historyEdited = Self(rawValue: "PG120")
    public static let noticePeriod = Self(rawValue: "PG121")
    public static let invalidAlias = Self(rawValue: "PG122")
    public static let aliasConflict = Self(rawValue: "PG123")
    public static let invalidRetirement = Self(rawValue: "PG124")
    public static let recordWouldChange = Self(rawValue: "PG125")
    public static let recordBroken = Self(rawValue: "PG126")
    public static let publishedDiffers = Self(rawValue: "PG127")

    // Quality checks (`policygen check`; `build` runs them too)
    public static let brokenSiteLink = Self(rawValue: "PG200")
    public static let brokenAnchor = Self(rawValue: "PG201")
    public static let placeholder = Self(rawValue: "PG202")
    public static let emptyReference = Self(rawValue: "PG203")
    public static let emptyLink = Self(rawValue: "PG204")
    public static let repeatedParagraph = Self(rawValue: "PG205")
    public static let foreignScript = Self(rawValue: "PG206")
    public static let skippedHeadingLevel = Self(rawValue: "PG207")
    public static let translationHeadingsDiffer = Self(rawValue: "PG208")
    public static let identicalVersion = Self(rawValue: "PG209")
    public static let missingSummary = Self(rawValue: "PG210")
    public static let rawHTMLDropped = Self(rawValue: "PG211")
    public static let insecureLink = Self(rawValue: "PG212")
    public static let otherTemplateMarkup = Self(rawValue: "PG213")
    public static let placeholderLinkTarget = Self(rawValue: "PG214")
    public static let rootLinkToNoPage = Self(rawValue: "PG215")
    public static let statedDateDiffers = Self(rawValue: "PG216")
    public static let untranslatedVersion = Self(rawValue: "PG220")
    public static let outdatedTranslation = Self(rawValue: "PG221")
    public static let unknownIgnoredCode = Self(rawValue: "PG230")

    // Markdown bodies
    public static let duplicateHeadingID = Self(rawValue: "PG300")
    public static let invalidHeadingID = Self(rawValue: "PG301")
    public static let undefinedVariable = Self(rawValue: "PG302")
    public static let malformedVariable = Self(rawValue: "PG303")
    public static let deepNesting = Self(rawValue: "PG304")
    public static let nestingTooCostly = Self(rawValue: "PG305")
    public static let tooManyNodes = Self(rawValue: "PG306")
    public static let tableTooWide = Self(rawValue: "PG307")

    // Themes
    public static let templateSyntax = Self(rawValue: "PG400")
    public static let missingTemplate = Self(rawValue: "PG401")
    public static let missingString = Self(rawValue: "PG402")

    // Output and command line
    public static let unsafeOutput = Self(rawValue: "PG500")
    public static let outputBusy = Self(rawValue: "PG501")
    public static let writeFailed = Self(rawValue: "PG502")

    // Import (`policygen import`)
    public static let importNoDate = Self(rawValue: "PG600")
    public static let importNoTitle = Self(rawValue: "PG601")
    public static let importTargetExists = Self(rawValue: "PG602")
    public static let importNoText = Self(rawValue: "PG603")
}
