import Config
import Content
import Diagnostics
import Foundation
import Output
import Pages

/// What an earlier build published, read back from its `versions.json` files: for each
/// version, its effective date, when it was first published and the fingerprint of the text
/// each language showed. Drafts (versions or translations) never enter it.
struct PublishedRecord: Sendable {
    struct Text: Sendable, Equatable {
        var sha256: String
        var translated: Bool
    }

    struct Version: Sendable {
        var effective: EffectiveDate
        var firstPublished: EffectiveDate?
        var texts: [LanguageCode: Text] = [:]
    }

    /// By policy, then version id.
    private(set) var versions: [String: [String: Version]] = [:]
    /// The latest build date the record was made on: a back-dated build cannot unlock history.
    private(set) var asOf: EffectiveDate?

    /// Whether an earlier build was published at all (the first build imports history freely).
    var isEmpty: Bool { versions.isEmpty }

    func version(_ id: String, of policy: String) -> Version? { versions[policy]?[id] }

    /// Every recorded version, by policy slug and version id, in a stable order.
    var all: [(policy: String, id: String, version: Version)] {
        versions.keys.sorted().flatMap { policy in
            versions[policy]!.keys.sorted().map { (policy, $0, versions[policy]![$0]!) }
        }
    }

    /// Reads `output/<lang>/<policy>/versions.json` for every language of the site and every
    /// policy folder the output holds (a policy since deleted included), when `output` is a
    /// folder policygen wrote. A record that cannot be read is a warning: its history is not checked.
    static func read(from output: URL, config: SiteConfig, diagnostics: inout [Diagnostic]) -> PublishedRecord {
        var record = PublishedRecord()
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.appendingPathComponent(OutputFolder.marker).path) else { return record }
        for language in config.languages {
            let folder = output.appendingPathComponent(language.code.rawValue)
            for policy in ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
                let file = folder.appendingPathComponent("\(policy)/versions.json")
                guard let data = manager.contents(atPath: file.path) else { continue }
                guard let published = try? JSONDecoder().decode(VersionsRecord.self, from: data),
                      published.policy == policy else {
                    diagnostics.append(.warning(.unreadableFile, at: SourceLocation(path: file.path),
                                                "the previous build's record cannot be read; its history is not checked"))
                    continue
                }
                if let date = EffectiveDate(published.asOf), date > (record.asOf ?? date) || record.asOf == nil {
                    record.asOf = date
                }
                for entry in published.versions where !entry.draft {
                    guard let effective = EffectiveDate(entry.effective) else { continue }
                    var version = record.versions[policy, default: [:]][entry.id]
                        ?? Version(effective: effective, firstPublished: entry.firstPublished.flatMap(EffectiveDate.init))
                    version.texts[language.code] = Text(sha256: entry.sha256, translated: entry.translated)
                    record.versions[policy, default: [:]][entry.id] = version
                }
            }
        }
        return record
    }
}
