import Config
import Diagnostics
import Dispatch
import Foundation
import Synchronization

/// Reads `content/<policy>/policy.yaml` and `content/<policy>/<version>/<lang>.md`.
/// Nothing else is read: dot-files and editor leftovers are skipped, other files draw a warning,
/// symbolic links are never followed.
public enum ContentLoader {
    public static let folderName = "content"

    /// Loads and validates every policy, returning what could be read: a file with errors is
    /// left out, and every problem found (errors and warnings) is appended to `diagnostics`.
    /// When errors were added, the result serves to check the rest, never to publish.
    /// `known`: the texts' fingerprints as an earlier build computed them; a text whose file's
    /// stamp they hold, settled before that build, is not hashed again.
    public static func load(from source: URL, config: SiteConfig, known: KnownFingerprints = KnownFingerprints(),
                            diagnostics: inout [Diagnostic]) -> SiteContent {
        guard let folders = scan(source: source, config: config, known: known, &diagnostics)
        else { return SiteContent(policies: []) }
        return ContentValidator.validate(folders, config: config, &diagnostics)
    }

    /// The policy folders found; nil when there is no content/ folder to read.
    static func scan(source: URL, config: SiteConfig, known: KnownFingerprints = KnownFingerprints(),
                     _ problems: inout [Diagnostic]) -> [PolicyFolder]? {
        let root = source.appendingPathComponent(folderName)
        switch InputFile.kind(atPath: root.path) {
        case .directory: break
        case .symbolicLink:
            problems.append(.error(.symbolicLink, at: SourceLocation(path: folderName), "symbolic links are not followed"))
            return nil
        default:
            problems.append(.error(.noPolicies, at: SourceLocation(path: folderName),
                                   "there is no content/ folder", hint: "create content/<policy>/<version>/<lang>.md"))
            return nil
        }
        var policies: [PolicyFolder] = []
        var reads: [TextRead] = []
        for entry in entries(of: root, path: folderName, &problems) {
            guard entry.kind == .directory else {
                problems.append(.warning(.unexpectedFile, at: SourceLocation(path: entry.path),
                                         "ignored: content/ holds only one folder per policy"))
                continue
            }
            policies.append(scanPolicy(entry, index: policies.count, config: config, &problems, &reads))
        }
        read(reads, known: known, into: &policies, &problems)
        return policies
    }

    /// A text file found while listing the folders, read afterwards with the others.
    private struct TextRead: Sendable {
        var url: URL
        var path: String
        var language: LanguageCode
        var policy: Int
        var version: Int
        /// The version folder's name as a date, when it is one (`2020-11-16`).
        var folderDate: EffectiveDate?
        /// Where its problems go among the others: the number found before it.
        var problemsBefore: Int
        /// Its stamp when listed, by which an earlier build's reading of it may be taken.
        var stamp: FileStamp?
    }

    /// Reads and parses the texts on every core (a site has thousands); the translations and
    /// problems land where a reading in order would have put them.
    private static func read(_ reads: [TextRead], known: KnownFingerprints, into policies: inout [PolicyFolder],
                             _ problems: inout [Diagnostic]) {
        let results = Mutex([(Translation?, [Diagnostic])](repeating: (nil, []), count: reads.count))
        DispatchQueue.concurrentPerform(iterations: reads.count) { index in
            let result = readText(reads[index], known: known)
            results.withLock { $0[index] = result }
        }
        let done = results.withLock { $0 }
        for (read, (translation, _)) in zip(reads, done) {
            if let translation { policies[read.policy].versions[read.version].translations[read.language] = translation }
        }
        // From the last, so that the earlier positions still hold.
        for (read, (_, found)) in zip(reads, done).reversed() where !found.isEmpty {
            problems.insert(contentsOf: found, at: read.problemsBefore)
        }
    }

    private static func readText(_ read: TextRead, known: KnownFingerprints) -> (Translation?, [Diagnostic]) {
        // A file an earlier build parsed, with the same stamp: not read, its body read when asked for.
        if let fingerprints = known.text(at: read.path, stamp: read.stamp),
           let written = fingerprints.written {
            var translation = Translation(language: read.language, path: read.path, frontMatter: written.frontMatter,
                                          body: TextBody(unreadAt: read.url, path: read.path, sha256: fingerprints.sha256),
                                          bodyFirstLine: written.bodyFirstLine, sha256: fingerprints.sha256)
            translation.writtenFrontMatter = written.frontMatter
            translation.stamp = fingerprints.stamp
            translation.textSHA256 = fingerprints.textSHA256
            translation.fingerprintsKnown = true
            return (translation, [])
        }
        var problems: [Diagnostic] = []
        switch InputFile.read(read.url, path: read.path) {
        case .failure(let problem):
            return (nil, [problem])
        case .success(let contents):
            guard let parsed = FrontMatterParser.parse(contents.source, path: read.path, folderDate: read.folderDate,
                                                               diagnostics: &problems) else {
                return (nil, problems)
            }
            let fingerprints = known.text(at: read.path, stamp: contents.stamp)
            var translation = Translation(language: read.language, path: read.path, frontMatter: parsed.frontMatter,
                                          body: parsed.body, bodyFirstLine: parsed.bodyFirstLine,
                                          sha256: fingerprints?.sha256 ?? Fingerprint.sha256(contents.bytes))
            translation.stamp = contents.stamp
            if problems.isEmpty { translation.writtenFrontMatter = parsed.frontMatter }
            if let fingerprints {
                translation.textSHA256 = fingerprints.textSHA256
                translation.fingerprintsKnown = true
            }
            return (translation, problems)
        }
    }

    private static func scanPolicy(_ folder: Entry, index: Int, config: SiteConfig, _ problems: inout [Diagnostic],
                                   _ reads: inout [TextRead]) -> PolicyFolder {
        var policy = PolicyFolder(slug: folder.name, path: folder.path)
        for entry in entries(of: folder.url, path: folder.path, &problems) {
            if entry.name == PolicySettingsReader.fileName {
                switch InputFile.read(entry.url, path: entry.path) {
                case .failure(let problem): problems.append(problem)
                case .success(let contents):
                    policy.settings = PolicySettingsReader.parse(contents.text, path: entry.path, config: config, &problems)
                    policy.settingsPath = entry.path
                }
            } else if entry.kind == .directory {
                policy.versions.append(scanVersion(entry, policy: index, index: policy.versions.count, config: config,
                                                   &problems, &reads))
            } else {
                problems.append(.warning(.unexpectedFile, at: SourceLocation(path: entry.path),
                                         "ignored: a policy folder holds policy.yaml and one folder per version"))
            }
        }
        return policy
    }

    private static func scanVersion(_ folder: Entry, policy: Int, index: Int, config: SiteConfig,
                                    _ problems: inout [Diagnostic], _ reads: inout [TextRead]) -> VersionFolder {
        let version = VersionFolder(id: folder.name, path: folder.path)
        for entry in entries(of: folder.url, path: folder.path, &problems) {
            guard entry.name.hasSuffix(".md") else {
                problems.append(.warning(.unexpectedFile, at: SourceLocation(path: entry.path),
                                         "ignored: a version folder holds one <language>.md file per language"))
                continue
            }
            let stem = String(entry.name.dropLast(3))
            guard let language = config.language(named: stem) else {
                let sameButCase = config.languages.first { $0.code.rawValue.lowercased() == stem.lowercased() }
                problems.append(.error(
                    .unknownLanguage, at: SourceLocation(path: entry.path),
                    sameButCase.map { "the language is spelled '\($0.code)' in policygen.yaml, not '\(stem)'" }
                        ?? "'\(stem)' is not a language of this site",
                    hint: "languages: \(config.languages.map(\.code.rawValue).joined(separator: ", "))"))
                continue
            }
            reads.append(TextRead(url: entry.url, path: entry.path, language: language.code, policy: policy,
                                  version: index, folderDate: EffectiveDate(folder.name), problemsBefore: problems.count,
                                  stamp: entry.stamp))
        }
        return version
    }

    // MARK: - Folder listing

    struct Entry {
        var name: String
        var url: URL
        var path: String
        var kind: EntryKind
        /// A regular file's stamp when listed.
        var stamp: FileStamp?
    }

    enum EntryKind: Equatable { case file, directory, other }

    /// The folder's entries by name, skipping dot-files and editor leftovers.
    /// Symbolic links are reported and left out: they are never followed.
    private static func entries(of folder: URL, path: String, _ problems: inout [Diagnostic]) -> [Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            problems.append(.error(.unreadableFile, at: SourceLocation(path: path), "the folder cannot be read"))
            return []
        }
        return names.sorted().compactMap { name -> Entry? in
            guard !InputFile.isIgnoredName(name) else { return nil }
            let url = folder.appendingPathComponent(name)
            let entryPath = path + "/" + name
            let kind: EntryKind
            let (found, stamp) = InputFile.kindAndStamp(atPath: url.path)
            switch found {
            case .regular: kind = .file
            case .directory: kind = .directory
            case .symbolicLink:
                problems.append(.error(.symbolicLink, at: SourceLocation(path: entryPath),
                                       "symbolic links are not followed", hint: "replace the link with the file or folder itself"))
                return nil
            case .other, .missing: kind = .other
            }
            return Entry(name: name, url: url, path: entryPath, kind: kind, stamp: stamp)
        }
    }
}

/// A policy folder as found on disk, before the cross-file rules are checked.
struct PolicyFolder {
    var slug: String
    var path: String
    var settings = PolicySettings()
    var settingsPath: String?
    var versions: [VersionFolder] = []
}

struct VersionFolder {
    var id: String
    var path: String
    var translations: [LanguageCode: Translation] = [:]
}
