import Content
import Diagnostics
import Foundation

/// `policygen.lock`: the published record of a site, kept in its repository. Per policy, an
/// append-only list of entries, each chained to the one before it (docs/record.md).
public struct SiteRecord: Sendable, Equatable {
    public static let fileName = "policygen.lock"
    static let format = "policygen.lock 1"

    /// By policy slug, oldest entry first.
    public private(set) var policies: [String: [RecordEntry]] = [:]

    public init() {}

    /// A record whose entries an earlier build read from a lock and found chained, as they
    /// were (`CheckedRecordCoding`, Build).
    public init(checked policies: [String: [RecordEntry]]) {
        self.policies = policies
    }

    public var isEmpty: Bool { policies.isEmpty }

    /// `entry` chained after the policy's last entry.
    public mutating func append(_ entry: RecordEntry, policy: String) {
        let previous = policies[policy]?.last?.hash
        policies[policy, default: []].append(entry.chained(after: previous, policy: policy))
    }

    /// Every entry of every policy chained again from the first: the entries as they read
    /// become the record (`--allow-history-edit` on a broken chain).
    public func rechained() -> SiteRecord {
        var record = SiteRecord()
        for (policy, entries) in policies.sorted(by: { $0.key < $1.key }) {
            for entry in entries { record.append(entry, policy: policy) }
        }
        return record
    }

    /// An entry `entries(after:)` finds, for messages.
    public struct Added: Sendable, Hashable, CustomStringConvertible {
        public var policy: String
        public var entry: RecordEntry

        public var description: String {
            "\(policy) \(entry.version) \(entry.language) \(entry.event.rawValue) (effective \(entry.effective))"
        }
    }

    /// The entries this record holds past those of `earlier`, policy by policy.
    public func entries(after earlier: SiteRecord) -> [Added] {
        policies.sorted(by: { $0.key < $1.key }).flatMap { policy, entries in
            entries.dropFirst(earlier.policies[policy]?.count ?? 0).map { Added(policy: policy, entry: $0) }
        }
    }

    // MARK: The chain

    /// Where the chain does not hold: an entry whose `hash` is not that of its fields, or
    /// whose `previous` is not the hash of the entry before it.
    public struct ChainBreak: Sendable, Hashable, CustomStringConvertible {
        public var policy: String
        /// 1-based, among the policy's entries.
        public var entry: Int
        public var version: String
        public var language: String
        public var reason: String

        public var description: String {
            "\(policy): entry \(entry) (\(version), \(language)) \(reason)"
        }
    }

    public var chainBreaks: [ChainBreak] {
        var breaks: [ChainBreak] = []
        for (policy, entries) in policies.sorted(by: { $0.key < $1.key }) {
            var previous: String?
            for (index, entry) in entries.enumerated() {
                func broken(_ reason: String) {
                    breaks.append(ChainBreak(policy: policy, entry: index + 1, version: entry.version,
                                             language: entry.language, reason: reason))
                }
                if entry.previous != previous {
                    broken("does not follow the entry before it (its 'previous' is not that entry's hash)")
                } else if entry.chained(after: previous, policy: policy).hash != entry.hash {
                    broken("was changed after it was recorded (its fields no longer have its hash)")
                }
                previous = entry.hash
            }
        }
        return breaks
    }

    // MARK: What the entries say

    /// The latest entry of each version and language that is still published (not withdrawn),
    /// by policy, version and language.
    public var standing: [String: [String: [String: RecordEntry]]] {
        var result: [String: [String: [String: RecordEntry]]] = [:]
        for (policy, entries) in policies {
            for entry in entries {
                if entry.event == .withdrawn {
                    result[policy]?[entry.version]?[entry.language] = nil
                    if result[policy]?[entry.version]?.isEmpty == true { result[policy]?[entry.version] = nil }
                } else {
                    result[policy, default: [:]][entry.version, default: [:]][entry.language] = entry
                }
            }
        }
        return result
    }

    /// The latest day an entry was recorded on: a back-dated build cannot unlock history.
    public var latestRecorded: EffectiveDate? {
        policies.values.joined().compactMap { EffectiveDate($0.recorded) }.max()
    }

    // MARK: The file

    private struct File: Decodable {
        var format: String
        var policies: [String: [RecordEntry]]
    }

    /// Pretty, with sorted keys, one field a line: a pull request shows the entries a change adds.
    /// The bytes JSONEncoder wrote before (`RecordFileText`), so a record never changes by itself.
    public func fileBytes() -> [UInt8] {
        RecordFileText(format: Self.format, policies: policies).bytes
    }

    /// Writes `policygen.lock` into `site`, replacing the file whole; returns the bytes written.
    @discardableResult
    public func write(site: URL) throws -> [UInt8] {
        let bytes = fileBytes()
        try Self.write(bytes, site: site)
        return bytes
    }

    /// Writes `bytes`, a record's `fileBytes()`, as `policygen.lock` into `site`, replacing the file whole.
    public static func write(_ bytes: [UInt8], site: URL) throws {
        try Data(bytes).write(to: site.appendingPathComponent(fileName), options: .atomic)
    }

    /// Reads `policygen.lock` of `site`: nil when there is none; an error when it cannot be read.
    public static func read(site: URL) -> Result<SiteRecord, Diagnostic>? {
        fileData(site: site).map { parse($0, path: fileName) }
    }

    /// The bytes of `policygen.lock` in `site`; nil when there is none.
    public static func fileData(site: URL) -> Data? {
        FileManager.default.contents(atPath: site.appendingPathComponent(fileName).path)
    }

    public static func parse(_ data: Data, path: String) -> Result<SiteRecord, Diagnostic> {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            return .failure(.error(.recordBroken, at: SourceLocation(path: path, line: 1, column: 1),
                                   "the record cannot be read: \(Self.describe(error))",
                                   hint: "restore it from version control (git checkout -- \(fileName))"))
        }
        guard file.format == format else {
            return .failure(.error(.recordBroken, at: SourceLocation(path: path, line: 1, column: 1),
                                   "the record's format is '\(file.format)'; this policygen reads '\(format)'",
                                   hint: "build with the policygen version that wrote it"))
        }
        var record = SiteRecord()
        record.policies = file.policies
        return .success(record)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "'\(key.stringValue)' is missing at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "it is not valid JSON"
                : "bad value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "\(error)"
        }
    }
}
