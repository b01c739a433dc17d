import Config
import Diagnostics

/// The YAML block at the top of a content file, validated.
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    public var effective: EffectiveDate
    /// Where `effective` stands: problems with the whole version are reported there.
    public var effectiveLocation: SourceLocation
    public var summary: String?
    public var description: String?
    public var draft: Bool
    /// false for a change that needs no notice period (a typo fix).
    public var material: Bool
    /// Translations only: SHA-256 of the default-language file this text translates.
    public var translatedFrom: String?
    /// Check codes silenced for this file.
    public var ignore: [String]
    /// Where `title`, `summary`, `description`, `translated_from` and `ignore` are written, by
    /// key, to place problems found in them.
    public var textStarts: [String: TextStart]

    public init(title: String, effective: EffectiveDate, effectiveLocation: SourceLocation, summary: String? = nil,
                description: String? = nil, draft: Bool = false, material: Bool = true,
                translatedFrom: String? = nil, ignore: [String] = [], textStarts: [String: TextStart] = [:]) {
        self.title = title
        self.effective = effective
        self.effectiveLocation = effectiveLocation
        self.summary = summary
        self.description = description
        self.draft = draft
        self.material = material
        self.translatedFrom = translatedFrom
        self.ignore = ignore
        self.textStarts = textStarts
    }

    static let keys = ["title", "effective", "summary", "description", "draft", "material",
                       "translated_from", "ignore"]
}

/// Splits a content file into front-matter and body, and validates the front-matter.
public enum FrontMatterParser {
    public struct Parsed: Sendable {
        public var frontMatter: FrontMatter
        public var body: String
        public var bodyFirstLine: Int
    }

    /// `text` is the decoded file (no BOM, LF line breaks). nil when there are errors,
    /// all of which are appended to `diagnostics`.
    public static func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> Parsed? {
        guard let (yaml, body, bodyFirstLine) = split(text) else {
            diagnostics.append(.error(
                .missingFrontMatter, at: SourceLocation(path: path, line: 1, column: 1),
                text.hasPrefix("---") ? "the front-matter is not closed by a line '---'"
                                      : "the file must start with front-matter between two lines '---'",
                hint: "start the file with ---, then title: and effective:, then ---"))
            return nil
        }
        var problems: [Diagnostic] = []
        defer { diagnostics += problems }
        guard let document = StrictYAML.parse(yaml, path: path, firstLine: 2, diagnostics: &problems),
              let fields = YAMLMapping.read(document.root, in: document, what: "the front-matter",
                                            allowedKeys: FrontMatter.keys, diagnostics: &problems) else { return nil }

        let title = fields.string("title", required: true, diagnostics: &problems)
        let effective = readEffective(fields, &problems)
        let summary = fields.string("summary", diagnostics: &problems)
        let description = fields.string("description", diagnostics: &problems)
        let draft = fields.bool("draft", diagnostics: &problems) ?? false
        let material = fields.bool("material", diagnostics: &problems) ?? true
        let translatedFrom = fields.string("translated_from", diagnostics: &problems)
        if let translatedFrom, !(translatedFrom.count == 64 && translatedFrom.allSatisfy(\.isHexDigit)) {
            problems.append(.error(.invalidValue, at: fields.location(ofValue: "translated_from"),
                                   "translated_from must be a SHA-256 in 64 hexadecimal digits"))
        }
        let ignore = fields.stringList("ignore", diagnostics: &problems) ?? []

        guard !problems.hasErrors, let title, let effective else { return nil }
        return Parsed(
            frontMatter: FrontMatter(title: title, effective: effective,
                                     effectiveLocation: fields.location(ofKey: "effective"), summary: summary,
                                     description: description, draft: draft, material: material,
                                     translatedFrom: translatedFrom?.lowercased(), ignore: ignore,
                                     textStarts: Dictionary(uniqueKeysWithValues:
                                         ["title", "summary", "description", "translated_from", "ignore"]
                                             .map { ($0, fields.textStart(ofValue: $0)) })),
            body: body, bodyFirstLine: bodyFirstLine)
    }

    private static func readEffective(_ fields: YAMLMapping, _ problems: inout [Diagnostic]) -> EffectiveDate? {
        guard let text = fields.string("effective", required: true, diagnostics: &problems) else { return nil }
        if let date = EffectiveDate(text) { return date }
        let looksLikeDate = text.count >= 10 && EffectiveDate(String(text.prefix(10))) != nil
        problems.append(.error(
            .invalidDate, at: fields.location(ofValue: "effective"),
            looksLikeDate ? "effective must be a calendar date without a time: '\(text)'"
                          : "'\(text)' is not a real date",
            hint: "write the day as YYYY-MM-DD, for example 2024-01-01 (years 1900 to 9999)"))
        return nil
    }

    /// The YAML between the opening and closing `---` lines, the body after them,
    /// and the line on which the body starts.
    static func split(_ text: String) -> (yaml: String, body: String, bodyFirstLine: Int)? {
        guard text.hasPrefix("---\n") else { return nil }
        var line = 2
        var lineStart = text.utf8.index(text.utf8.startIndex, offsetBy: 4)
        let utf8 = text.utf8
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let content = text[lineStart..<lineEnd]
            if content.hasPrefix("---"), content.dropFirst(3).allSatisfy({ $0 == " " || $0 == "\t" }) {
                let yaml = String(text[utf8.index(utf8.startIndex, offsetBy: 4)..<lineStart])
                let bodyStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                return (yaml, String(text[bodyStart...]), line + 1)
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = utf8.index(after: lineEnd)
            line += 1
        }
        return nil
    }
}
