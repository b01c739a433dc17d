extension DiagnosticCode {
    /// What the code's diagnostics are about, in a few words, for a count of them:
    /// "PG212 109 warnings: links over http://". docs/diagnostics.md says it in full.
    public var summary: String {
        Self.summaries[self] ?? "see docs/diagnostics.md"
    }

    /// The quality checks' codes (PG2xx): the ones a `checks:` map in policygen.yaml or
    /// policy.yaml may set to error, warning, info or off, and `ignore:` and
    /// `<!-- policygen-ignore -->` may name (they silence what is not an error). Each check
    /// declares the codes it reports; `CheckCodesTests` holds them to this set.
    public static let qualityChecks: Set<DiagnosticCode> = Set(summaries.keys.filter { $0.rawValue.hasPrefix("PG2") })

    private static let summaries: [DiagnosticCode: String] = [
        notUTF8: "files that are not UTF-8",
        controlCharacter: "control characters",
        fileTooLarge: "files over 10 MiB",
        symbolicLink: "symbolic links",
        unexpectedFile: "files policygen does not read",
        notARegularFile: "folders or special files where a file belongs",
        unreadableFile: "files that cannot be read",
        yamlSyntax: "YAML that does not parse",
        yamlDuplicateKey: "keys written twice",
        yamlAnchor: "YAML anchors or aliases",
        yamlTag: "YAML tags",
        unknownKey: "unknown keys",
        missingKey: "missing keys",
        invalidValue: "values of the wrong kind",
        otherToolsKey: "other tools' front-matter keys",
        missingConfig: "no policygen.yaml",
        invalidLanguageCode: "language codes that are not BCP 47",
        invalidLanguageList: "language lists",
        invalidBaseURL: "base URLs",
        invalidThemeName: "theme names",
        missingFrontMatter: "files without front-matter",
        invalidDate: "dates that are not real days",
        unknownLanguage: "languages the site does not list",
        invalidSlug: "folder names",
        missingDefaultLanguage: "versions without a default-language text",
        duplicateEffectiveDate: "two versions on one day",
        effectiveDateMismatch: "translations dated unlike their version",
        invalidGoverningLanguage: "governing languages",
        noPolicies: "no policy",
        historyEdited: "published texts changed",
        noticePeriod: "versions inside the notice period",
        invalidAlias: "aliases that cannot be addresses of the site",
        aliasConflict: "aliases that are pages or claimed twice",
        invalidRetirement: "retirements that cannot be",
        brokenSiteLink: "@/ links to nothing",
        brokenAnchor: "#anchor links to no heading",
        placeholder: "unfilled placeholders",
        emptyReference: "addresses or names missing",
        emptyLink: "links with no text or no target",
        repeatedParagraph: "repeated paragraphs",
        foreignScript: "letters of another script",
        skippedHeadingLevel: "heading levels",
        translationHeadingsDiffer: "translations whose headings differ",
        identicalVersion: "versions identical to the one before",
        missingSummary: "versions without a summary",
        rawHTMLDropped: "raw HTML left out of pages",
        insecureLink: "links over http://",
        otherTemplateMarkup: "markup of another template language",
        placeholderLinkTarget: "link targets that are not addresses",
        rootLinkToNoPage: "links from the root to no page",
        statedDateDiffers: "stated dates unlike effective",
        untranslatedVersion: "versions not translated",
        outdatedTranslation: "translations made from an older text",
        unknownIgnoredCode: "ignored codes that name no check",
        duplicateHeadingID: "heading ids used twice",
        invalidHeadingID: "heading ids",
        undefinedVariable: "undefined variables",
        malformedVariable: "malformed variable references",
        templateSyntax: "templates that do not parse",
        missingTemplate: "missing templates",
        missingString: "missing interface strings",
        unsafeOutput: "unsafe output folders",
        outputBusy: "output folders in use",
        writeFailed: "writes that failed",
        importNoDate: "imports without a date",
        importNoTitle: "imports without a title",
        importTargetExists: "imports over an existing file",
        importNoText: "imports without text",
    ]
}
