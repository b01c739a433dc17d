import Config
import Diagnostics
import Yams

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
    /// Old addresses of the page (`aliases:` and `redirect_from:`), each once, as written in order.
    public var aliases: [Alias]
    /// `extra:`, for a custom theme: empty when not written.
    public var extra: [ExtraValue.Entry]
    /// Where `title`, `summary`, `description`, `translated_from` and `ignore` are written, by
    /// key, to place problems found in them.
    public var textStarts: [String: TextStart]
    /// The YAML as written, which every value above is read from: a build's cache keys hash it,
    /// so that a key added to the front-matter is part of them without more code.
    public var source: String

    public init(title: String, effective: EffectiveDate, effectiveLocation: SourceLocation, summary: String? = nil,
                description: String? = nil, draft: Bool = false, material: Bool = true,
                translatedFrom: String? = nil, ignore: [String] = [], aliases: [Alias] = [], extra: [ExtraValue.Entry] = [],
                textStarts: [String: TextStart] = [:], source: String = "") {
        self.title = title
        self.effective = effective
        self.effectiveLocation = effectiveLocation
        self.summary = summary
        self.description = description
        self.draft = draft
        self.material = material
        self.translatedFrom = translatedFrom
        self.ignore = ignore
        self.aliases = aliases
        self.extra = extra
        self.textStarts = textStarts
        self.source = source
    }

    /// The keys policygen reads. `aliases` and `redirect_from` (Jekyll's spelling) are one list.
    static let keys = ["title", "effective", "summary", "description", "draft", "material",
                       "translated_from", "ignore", "aliases", "redirect_from", "extra"]

    /// Keys other tools write (Jekyll, Hugo, Docusaurus…), accepted and ignored: a page keeps
    /// them as it was converted. The value is a note (a PG017 information) for the ones whose
    /// meaning a reader would otherwise expect policygen to keep.
    static let otherToolsKeys: [String: String?] = {
        let day = "the day a version takes effect is its `effective:` (or its folder's date)"
        let address = "policygen gives each page its own address; to keep answering this one, list it under `aliases:`"
        return [
            "layout": nil, "categories": nil, "category": nil, "tags": nil, "topics": nil, "versions": nil,
            "author": nil, "authors": nil, "excerpt": nil, "sitemap": nil, "comments": nil, "toc": nil,
            "type": nil, "weight": nil, "menu": nil, "keywords": nil, "series": nil, "translationKey": nil,
            "linkTitle": nil, "outputs": nil, "images": nil, "nav_order": nil, "parent": nil, "has_children": nil,
            "sidebar_position": nil, "sidebar_label": nil, "hide_table_of_contents": nil, "lang": nil,
            "date": day, "lastmod": day, "last_modified_at": day,
            "permalink": address, "url": address, "slug": address,
        ]
    }()

    static let otherToolsKeyNames = Set(otherToolsKeys.keys)
}

/// Splits a content file into front-matter and body, and validates the front-matter.
public enum FrontMatterParser {
    public struct Parsed: Sendable {
        public var frontMatter: FrontMatter
        public var body: String
        public var bodyFirstLine: Int
    }

    /// `source` is the checked file (no BOM, LF line breaks); `folderDate` is its version
    /// folder's name when that is a date, which `effective` then defaults to and must equal.
    /// nil when there are errors, all of which are appended to `diagnostics`.
    public static func parse(_ source: CheckedText, path: String, folderDate: EffectiveDate? = nil,
                             diagnostics: inout [Diagnostic]) -> Parsed? {
        guard let (yamlRange, bodyRange, bodyFirstLine) = split(source.bytes) else {
            diagnostics.append(.error(
                .missingFrontMatter, at: SourceLocation(path: path, line: 1, column: 1),
                source.bytes.starts(with: "---".utf8) ? "the front-matter is not closed by a line '---'"
                                                      : "the file must start with front-matter between two lines '---'",
                hint: "start the file with ---, then title: and effective:, then ---"))
            return nil
        }
        // The body is made from the file's bytes once, not copied out of the whole text.
        let yaml = source.text(yamlRange), body = source.text(bodyRange)
        var problems: [Diagnostic] = []
        defer { diagnostics += problems }
        guard let document = StrictYAML.parse(yaml, path: path, firstLine: 2, diagnostics: &problems),
              let fields = YAMLMapping.read(document.root, in: document, what: "the front-matter",
                                            allowedKeys: FrontMatter.keys,
                                            ignoredKeys: FrontMatter.otherToolsKeyNames, diagnostics: &problems) else { return nil }
        for (key, location) in fields.ignored {
            if let note = FrontMatter.otherToolsKeys[key] ?? nil {
                problems.append(Diagnostic(.info, .otherToolsKey, at: location, "'\(key)' is another tool's key, not read: \(note)"))
            }
        }

        let title = fields.string("title", required: true, diagnostics: &problems)
        let effective = readEffective(fields, folderDate: folderDate, &problems)
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
        let aliases = readAliases(fields, &problems)
        let extra = readExtra(fields, &problems)

        guard !problems.hasErrors, let title, let effective else { return nil }
        return Parsed(
            frontMatter: FrontMatter(title: title, effective: effective,
                                     effectiveLocation: fields.value("effective") == nil ? SourceLocation(path: path, line: 1, column: 1)
                                         : fields.location(ofKey: "effective"), summary: summary,
                                     description: description, draft: draft, material: material,
                                     translatedFrom: translatedFrom?.lowercased(), ignore: ignore,
                                     aliases: aliases, extra: extra,
                                     textStarts: Dictionary(uniqueKeysWithValues:
                                         ["title", "summary", "description", "translated_from", "ignore"]
                                             .map { ($0, fields.textStart(ofValue: $0)) }),
                                     source: yaml),
            body: body, bodyFirstLine: bodyFirstLine)
    }

    /// `aliases:` then `redirect_from:`, each address once.
    private static func readAliases(_ fields: YAMLMapping, _ problems: inout [Diagnostic]) -> [Alias] {
        var aliases: [Alias] = []
        for key in ["aliases", "redirect_from"] {
            guard let node = fields.value(key),
                  !(node.scalar.map { $0.style == .plain && ["", "~", "null"].contains($0.string) } ?? false) else { continue }
            let items = node.sequence.map { Array($0) } ?? [node]
            guard let written = fields.stringList(key, diagnostics: &problems), written.count == items.count else { continue }
            for (text, item) in zip(written, items) {
                switch Alias.parse(text, at: fields.document.location(of: item)) {
                case .success(let alias):
                    if !aliases.contains(where: { $0.filePath == alias.filePath }) { aliases.append(alias) }
                case .failure(let problem): problems.append(problem)
                }
            }
        }
        return aliases
    }

    private static func readExtra(_ fields: YAMLMapping, _ problems: inout [Diagnostic]) -> [ExtraValue.Entry] {
        guard let node = fields.value("extra") else { return [] }
        switch ExtraValue.read(node, in: fields.document, &problems) {
        case .map(let entries)?: return entries
        case nil: return []
        default:
            problems.append(.error(.invalidValue, at: fields.location(ofValue: "extra"),
                                   "extra must be a map of names to values", hint: "extra:\n  owner: Legal team"))
            return []
        }
    }

    private static func readEffective(_ fields: YAMLMapping, folderDate: EffectiveDate?,
                                      _ problems: inout [Diagnostic]) -> EffectiveDate? {
        guard let text = fields.string("effective", required: folderDate == nil, diagnostics: &problems) else {
            return fields.value("effective") == nil ? folderDate : nil
        }
        if let date = EffectiveDate(text) {
            if let folderDate, date != folderDate {
                problems.append(.error(
                    .effectiveDateMismatch, at: fields.location(ofValue: "effective"),
                    "effective: \(date) contradicts the version folder, named \(folderDate)",
                    hint: "a version folder named by a date takes effect on that date: remove effective:, or rename the folder"))
                return nil
            }
            return date
        }
        let looksLikeDate = text.count >= 10 && EffectiveDate(String(text.prefix(10))) != nil
        problems.append(.error(
            .invalidDate, at: fields.location(ofValue: "effective"),
            looksLikeDate ? "effective must be a calendar date without a time: '\(text)'"
                          : "'\(text)' is not a real date",
            hint: "write the day as YYYY-MM-DD, for example 2024-01-01 (years 1900 to 9999)"))
        return nil
    }

    /// Where the YAML between the opening and closing `---` lines and the body after them lie
    /// in the file's bytes, and the line on which the body starts. A closing line is `---`
    /// and nothing after it but spaces and tabs.
    static func split(_ bytes: [UInt8]) -> (yaml: Range<Int>, body: Range<Int>, bodyFirstLine: Int)? {
        guard bytes.starts(with: "---\n".utf8) else { return nil }
        let dash = UInt8(ascii: "-")
        var line = 2
        var lineStart = 4
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if lineEnd - lineStart >= 3, bytes[lineStart..<lineStart + 3].allSatisfy({ $0 == dash }),
               bytes[(lineStart + 3)..<lineEnd].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                let bodyStart = lineEnd == bytes.count ? lineEnd : lineEnd + 1
                return (4..<lineStart, bodyStart..<bytes.count, line + 1)
            }
            if lineEnd == bytes.count { break }
            lineStart = lineEnd + 1
            line += 1
        }
        return nil
    }
}
