@testable import Build
import BuildCache
import Foundation
import Record
import Testing
import TestSupport

/// A lock whose chain a build found whole is kept in the cache by its bytes' SHA-256, and
/// taken from there only for those very bytes: a lock edited since is read and checked again,
/// and a damaged entry is a miss, never another record.
@Suite struct CheckedRecordTests {
    private static let fixture = """
    -- policygen.yaml --
    title: Policies
    base_url: https://example.com/legal/
    default_language: en
    languages:
      - code: en
        name: English
      - code: fr
        name: Français
    -- content/terms/v1/en.md --
    ---
    title: Terms of Service
    effective: 2024-02-01
    ---
    ## Using the service

    You may use the service for your own work, not to resell it.
    -- content/terms/v1/fr.md --
    ---
    title: Conditions d'utilisation
    effective: 2024-02-01
    ---
    ## Utiliser le service

    Vous pouvez utiliser le service pour votre travail, pas pour le revendre.
    -- content/terms/v2/en.md --
    ---
    title: Terms of Service
    effective: 2025-03-01
    ---
    ## Using the service

    You may use the service for your own work and your team's, not to resell it.
    """

    private func lockRecord(_ site: FixtureSite) throws -> (bytes: [UInt8], record: SiteRecord) {
        let data = try Data(contentsOf: site.lockFile)
        return ([UInt8](data), try SiteRecord.parse(data, path: SiteRecord.fileName).get())
    }

    @Test func theLockABuildWroteIsKeptCheckedForTheNext() throws {
        let site = try FixtureSite(Self.fixture)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-04-01").status == .built(pages: 14))
        let (bytes, record) = try lockRecord(site)
        let cache = CacheSession.writing(CacheFolder(site: site.folder))
        #expect(CheckedRecordCoding.read(cache, key: CheckedRecordCoding.key(lockBytes: bytes)) == record)
        // A second build takes it from there, and leaves the lock and the entry as they were.
        #expect(site.build(asOf: "2025-04-01").status == .built(pages: 14))
        #expect(try lockRecord(site).bytes == bytes)
        #expect(CheckedRecordCoding.read(cache, key: CheckedRecordCoding.key(lockBytes: bytes)) == record)
    }

    @Test func aLockEditedAfterItWasCheckedIsCheckedAgain() throws {
        let site = try FixtureSite(Self.fixture)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-04-01").status == .built(pages: 14))
        #expect(site.build(asOf: "2025-04-01").status == .built(pages: 14))
        let text = try site.lockText()
        let first = try #require(try lockRecord(site).record.policies["terms"]?.first)
        let edited = text.replacingOccurrences(of: "\"recorded\" : \"\(first.recorded)\"", with: "\"recorded\" : \"2024-01-31\"")
        #expect(edited != text)
        try edited.write(to: site.lockFile, atomically: true, encoding: .utf8)
        let outcome = site.build(asOf: "2025-04-01")
        #expect(outcome.status == .failed)
        #expect(outcome.diagnostics.contains { $0.code == .recordBroken && $0.message.contains("terms: entry 1 (v1, en)") })
        // Put back byte for byte, it is the lock checked before.
        try text.write(to: site.lockFile, atomically: true, encoding: .utf8)
        #expect(site.build(asOf: "2025-04-01").status == .built(pages: 14))
    }

    @Test func everyByteOfTheEntryCounts() throws {
        let site = try FixtureSite(Self.fixture)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-04-01").status == .built(pages: 14))
        let record = try lockRecord(site).record
        let entry = CheckedRecordCoding.encode(record)
        #expect(try CheckedRecordCoding.decode(entry) == record)
        for index in entry.indices {
            var damaged = entry
            damaged[index] ^= 0x04
            #expect(throws: (any Error).self, "byte \(index)") { try CheckedRecordCoding.decode(damaged) }
        }
    }
}
