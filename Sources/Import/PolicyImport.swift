import Config
import Content
import Diagnostics
import Foundation

/// `policygen import`: one or more pages read as the parts of one policy text, in order, and
/// planned as `content/<policy>/<version>/<lang>.md`.
public struct PolicyImport: Sendable {
    public var sources: [ImportSource]
    /// The parts put together: the first part's title is the document's; a later part's title
    /// that differs opens a section of its own.
    public var document: ImportedDocument
    public var title: String
    public var effective: EffectiveDate
    /// Where the date came from, when the text stated it.
    public var statedDate: StatedDate?
    /// Relative to the site folder.
    public var path: String
    public var text: String
    /// What the import had to guess: a title taken from the page's `<title>` or the policy's name.
    public var warnings: [Diagnostic] = []

    public struct Request: Sendable {
        public var policy: String
        public var language: String
        public var version: String?
        public var effective: EffectiveDate?
        public var title: String?
        public var keepsHeadingNumbers: Bool
        /// The policy has versions already: the new one gets a `summary` to fill in.
        public var followsEarlierVersions: Bool

        public init(policy: String, language: String, version: String? = nil, effective: EffectiveDate? = nil,
                    title: String? = nil, keepsHeadingNumbers: Bool = true, followsEarlierVersions: Bool = false) {
            self.policy = policy
            self.language = language
            self.version = version
            self.effective = effective
            self.title = title
            self.keepsHeadingNumbers = keepsHeadingNumbers
            self.followsEarlierVersions = followsEarlierVersions
        }
    }

    /// Puts the sources together and writes the text; a diagnostic when no date or no title can
    /// be had, or nothing of a policy is left.
    public static func plan(_ sources: [ImportSource], _ request: Request) -> Result<PolicyImport, Diagnostic> {
        var document = combined(sources)
        if !["zh", "ja", "ko"].contains(request.language.split(separator: "-").first.map { $0.lowercased() } ?? "") {
            document.blocks = document.blocks.map(latinNumber)
        }
        let first = SourceLocation(path: sources.first?.path ?? "-")
        guard !document.blocks.isEmpty else {
            return .failure(.error(.importNoText, at: first, "no text of a policy is left once the page's furniture is dropped",
                                   hint: "check that the file holds the policy itself"))
        }
        let stated = StatedDate.best(of: document.statedDates)
        guard let effective = request.effective ?? stated?.date else {
            return .failure(.error(.importNoDate, at: first, "the text states no effective date",
                                   hint: "pass --effective YYYY-MM-DD, the day this text took effect"))
        }
        var warnings: [Diagnostic] = []
        let title: String
        if let given = request.title ?? document.title {
            title = given
        } else if let pageTitle = document.pageTitle {
            title = pageTitle
            warnings.append(.warning(.importNoTitle, at: first, "the text has no title of its own; the page's <title> is used: \(pageTitle)",
                                     hint: "pass --title \"Privacy Policy\" to choose another"))
        } else {
            title = Self.title(fromPolicyName: request.policy)
            warnings.append(.warning(.importNoTitle, at: first, "the text has no title (no heading-like first line, <h1> or <title>); the policy's name is used: \(title)",
                                     hint: "pass --title \"Privacy Policy\", or edit title: in the file"))
        }
        let version = request.version ?? effective.description
        let path = "\(ContentLoader.folderName)/\(request.policy)/\(version)/\(request.language).md"
        let text = MarkdownWriter(keepsHeadingNumbers: request.keepsHeadingNumbers)
            .file(title: title, effective: effective, summary: request.followsEarlierVersions ? "" : nil, blocks: document.blocks)
        return .success(PolicyImport(sources: sources, document: document, title: title, effective: effective,
                                     statedDate: request.effective == nil ? stated : nil, path: path, text: text,
                                     warnings: warnings))
    }

    /// `terms-of-service` → "Terms of service".
    static func title(fromPolicyName name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The date the text states when `--effective` says another: worth a word in the report.
    public var overriddenStatement: StatedDate? {
        guard statedDate == nil, let stated = StatedDate.best(of: document.statedDates), stated.date != effective else { return nil }
        return stated
    }

    /// Writes the file under `site`, replacing an existing one only with `force`. A symbolic
    /// link on the way is refused: the file must land inside content/.
    public func write(in site: URL, force: Bool) -> Result<Void, Diagnostic> {
        let location = SourceLocation(path: path)
        var partial = site
        for component in path.split(separator: "/") {
            partial.appendPathComponent(String(component))
            switch InputFile.kind(atPath: partial.path) {
            case .symbolicLink:
                return .failure(.error(.symbolicLink, at: SourceLocation(path: String(partial.path.dropFirst(site.path.count + 1))),
                                       "symbolic links are not followed", hint: "replace the link with a folder"))
            case .regular where component.hasSuffix(".md"):
                if !force {
                    return .failure(.error(.importTargetExists, at: location, "the file exists; nothing was written",
                                           hint: "pass --force to replace it, or --version to import as another version"))
                }
            case .regular, .other:
                return .failure(.error(.notARegularFile, at: location, "\(partial.lastPathComponent) is in the way: expected a folder"))
            case .directory where component.hasSuffix(".md"):
                return .failure(.error(.notARegularFile, at: location, "expected a regular file here"))
            case .directory, .missing:
                break
            }
        }
        let file = site.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Written beside the file and renamed, so a reader never sees half of it.
            let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).import-\(getpid())")
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, file.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                return .failure(.error(.writeFailed, at: location, "cannot write the file: \(String(cString: strerror(errno)))"))
            }
            return .success(())
        } catch {
            return .failure(.error(.writeFailed, at: location, "cannot write the file: \(error.localizedDescription)"))
        }
    }

    /// "1、" and "1．" are Chinese and Japanese punctuation: in another language's text, where
    /// a scrape of a translated page leaves them, they are written "1." (check would flag them).
    private static func latinNumber(_ block: ImportedBlock) -> ImportedBlock {
        guard case .heading(var heading) = block, let number = heading.number,
              let last = number.last, last == "、" || last == "．" else { return block }
        heading.number = number.dropLast() + "."
        return .heading(heading)
    }

    /// The parts one after another.
    static func combined(_ sources: [ImportSource]) -> ImportedDocument {
        guard var document = sources.first?.document else { return ImportedDocument() }
        document.dropped = document.dropped.map { $0.from(sources[0].path, of: sources.count) }
        document.repeated = document.repeated.map { $0.from(sources[0].path, of: sources.count) }
        var paragraphs = RepeatedParagraphs()
        for block in document.blocks { if case .paragraph(let text) = block { _ = paragraphs.keep(text.plainText, line: nil) } }
        for source in sources.dropFirst() {
            var part = source.document
            if let title = part.title, title != document.title {
                part.blocks.insert(.heading(ImportedHeading(level: 2, text: [.text(title)])), at: 0)
            }
            document.title = document.title ?? part.title
            document.pageTitle = document.pageTitle ?? part.pageTitle
            document.statedDates += part.statedDates
            document.dropped += part.dropped.map { $0.from(source.path, of: sources.count) }
            document.repeated += part.repeated.map { $0.from(source.path, of: sources.count) }
            let before = paragraphs.repeated.count
            for block in part.blocks {
                if case .paragraph(let text) = block, !paragraphs.keep(text.plainText, line: nil) { continue }
                document.blocks.append(block)
            }
            document.repeated += paragraphs.repeated[before...].map { $0.from(source.path, of: sources.count) }
        }
        return document
    }
}

extension DroppedText {
    /// Named with its file when an import has several.
    fileprivate func from(_ path: String, of count: Int) -> DroppedText {
        var copy = self
        if count > 1 { copy.file = path }
        return copy
    }
}

extension RepeatedParagraph {
    fileprivate func from(_ path: String, of count: Int) -> RepeatedParagraph {
        var copy = self
        if count > 1 { copy.file = path }
        return copy
    }
}
