import BuildCache
import Config
import Content
import Diagnostics
import Foundation
import Output
import Pages
import Record

/// Where a build finds the published record: `policygen.lock` in the site folder, or, for a
/// site published before the lock existed, the `versions.json` files of the previous output,
/// from which the first lock is made (docs/record.md).
enum PublishedRecord {
    enum Source: Equatable {
        case lock
        case previousOutput
        case none
    }

    /// The record read, where it came from, and whether its chain was found whole before.
    struct Loaded {
        var record: SiteRecord
        var source: Source
        /// Taken from the cache: the lock is byte for byte one whose chain a build checked.
        var chainChecked = false
        /// Where the record goes in the cache once its chain is found whole (nil: it does not).
        var checkedKey: CacheKey?
    }

    /// The record, and where it came from; nil when the lock is unreadable (an error: a record
    /// is never dropped silently).
    static func load(site: URL, previousOutput: URL, config: SiteConfig, content: SiteContent, cache: CacheSession,
                     diagnostics: inout [Diagnostic]) -> Loaded? {
        guard let data = SiteRecord.fileData(site: site) else {
            let record = fromVersionsFiles(in: previousOutput, config: config, content: content, diagnostics: &diagnostics)
            return Loaded(record: record, source: record.isEmpty ? .none : .previousOutput)
        }
        let key = CheckedRecordCoding.key(lockBytes: [UInt8](data))
        if let checked = CheckedRecordCoding.read(cache, key: key) {
            return Loaded(record: checked, source: .lock, chainChecked: true)
        }
        switch SiteRecord.parse(data, path: SiteRecord.fileName) {
        case .success(let record): return Loaded(record: record, source: .lock, checkedKey: key)
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
    }

    /// Reads `<lang>/<policy>/versions.json` for every language of the site and every policy
    /// folder the output holds (a policy since deleted included), when `output` is a folder
    /// policygen wrote; drafts never enter. A text recorded by its source fingerprint alone
    /// takes the published-text fingerprint of the file that still has those bytes. A file
    /// that cannot be read is a warning: its history is not checked.
    static func fromVersionsFiles(in output: URL, config: SiteConfig, content: SiteContent,
                                  diagnostics: inout [Diagnostic]) -> SiteRecord {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.appendingPathComponent(OutputFolder.marker).path) else { return SiteRecord() }
        var entries: [String: [RecordEntry]] = [:]
        for language in config.languages.sorted(by: { $0.code.rawValue < $1.code.rawValue }) {
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
                for version in published.versions where !version.draft {
                    let current = content.policy(policy)?.version(version.id)?.text(in: language.code)
                    let text = version.textSHA256 ?? (current?.sha256 == version.sha256 ? current?.textSHA256 : nil)
                    entries[policy, default: []].append(RecordEntry(
                        event: .published, version: version.id, language: language.code.rawValue,
                        effective: version.effective, published: version.firstPublished ?? published.asOf,
                        recorded: published.asOf, translated: version.translated, textSHA256: text,
                        sourceSHA256: version.sha256))
                }
            }
        }
        var record = SiteRecord()
        for (policy, list) in entries.sorted(by: { $0.key < $1.key }) {
            let ordered = list.sorted { ($0.effective, $0.version, $0.language) < ($1.effective, $1.version, $1.language) }
            for entry in ordered { record.append(entry, policy: policy) }
        }
        return record
    }
}
