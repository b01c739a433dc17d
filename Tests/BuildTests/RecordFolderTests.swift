import Content
import Diagnostics
import Foundation
import Build
import Testing
import TestSupport

/// `BuildOptions.recordFolder`: for a site without `policygen.lock`, a build written elsewhere
/// (serve's private folder) keeps the history lock of the published site's `versions.json`.
@Suite struct RecordFolderTests {
    @Test func aBuildElsewhereChecksHistoryAgainstTheRecordFolder() async throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.standardPageCount))
        // A site published before the lock existed.
        try FileManager.default.removeItem(at: site.lockFile)
        let v1 = site.folder.appendingPathComponent("content/privacy/v1/en.md")
        try (String(contentsOf: v1, encoding: .utf8) + "\nEdited.\n").write(to: v1, atomically: true, encoding: .utf8)
        let published = site.snapshot()

        try await TemporaryDirectory.with(prefix: "policygen-record") { elsewhere in
            func build(recordFolder: URL?) -> BuildOutcome {
                SiteBuild.run(BuildOptions(source: site.folder, output: elsewhere.appendingPathComponent("site"),
                                           asOf: EffectiveDate("2025-01-15")!, recordFolder: recordFolder))
            }
            defer { try? FileManager.default.removeItem(at: site.lockFile) }
            let locked = build(recordFolder: site.output)
            #expect(locked.status == .failed)
            #expect(locked.diagnostics.map(\.code).contains(.historyEdited))
            #expect(build(recordFolder: nil).status == .built(pages: FixtureSite.standardPageCount),
                    "the empty private folder alone holds no record")
        }
        #expect(FixtureSite.changes(from: published, to: site.snapshot()).isEmpty, "the record folder is only read")
    }
}
