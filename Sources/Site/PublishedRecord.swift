import Config
import Content
import Diagnostics
import Foundation

/// What an earlier build published, read back from its `versions.json` files: for each
/// version, when it was first published and the fingerprint of the text each language showed.
/// Drafts never enter it.
struct PublishedRecord: Sendable {
    struct Text: Sendable, Equatable {
        var sha256: String
        var translated: Bool
    }

    struct Version: Sendable {
        var effective: String
        var firstPublished: EffectiveDate?
        var texts: [LanguageCode: Text] = [:]
    }

    /// By policy, then version id.
    private(set) var versions: [String: [String: Version]] = [:]

    /// Whether an earlier build was published at all (the first build imports history freely).
    var isEmpty: Bool { versions.isEmpty }

    func version(_ id: String, of policy: String) -> Version? { versions[policy]?[id] }

    /// Reads `output/<lang>/<policy>/versions.json` for every language and policy of the site,
    /// when `output` is a folder policygen wrote. A record that cannot be read is a warning:
    /// the checks that need it are skipped for it.
    static func read(from output: URL, config: SiteConfig, policies: [String],
                     diagnostics: inout [Diagnostic]) -> PublishedRecord {
        var record = PublishedRecord()
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputFolder.marker).path) else {
            return record
        }
        for language in config.languages {
            for policy in policies {
                let file = output.appendingPathComponent("\(language.code)/\(policy)/versions.json")
                guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                guard let published = try? JSONDecoder().decode(VersionsRecord.self, from: data) else {
                    diagnostics.append(.warning(.unreadableFile, at: SourceLocation(path: file.path),
                                                "the previous build's record cannot be read; its history is not checked"))
                    continue
                }
                for entry in published.versions where !entry.draft {
                    var version = record.versions[policy, default: [:]][entry.id]
                        ?? Version(effective: entry.effective, firstPublished: entry.firstPublished.flatMap(EffectiveDate.init))
                    version.texts[language.code] = Text(sha256: entry.sha256, translated: entry.translated)
                    record.versions[policy, default: [:]][entry.id] = version
                }
            }
        }
        return record
    }
}
