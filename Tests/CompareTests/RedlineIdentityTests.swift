import Compare
import Diff
import Foundation
import Testing

/// The redlines of the test sites' version pairs, as `policygen diff --format json` prints them,
/// compared with the reviewed reports in `Fixtures/redlines/`: a change made to make redlines
/// cheaper (the block alignment, the word diff) must leave every one of them as it was.
/// `Fixtures/revisions` is a policy revised with the edits the alignment must get right
/// (reflowed, reworded, moved and edited, repeated paragraphs, table rows shifted, a section
/// moved, list items reordered); the example site and the browser tests' site add theirs.
/// To accept a deliberate change: `POLICYGEN_UPDATE_GOLDEN=1 swift test --filter RedlineIdentityTests`,
/// then review the diff. The same check over the 1,800 pairs of the L corpus is
/// `scripts/same-output.sh` (docs/performance.md).
@Suite struct RedlineIdentityTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("CompareTests/Fixtures")

    /// The sites, by the name their reports start with.
    static let sites = [
        "revisions": fixtures.appendingPathComponent("revisions"),
        "example": tests.deletingLastPathComponent(),
        "browser": tests.appendingPathComponent("Browser/fixture-site"),
    ]

    @Test(arguments: [
        ("revisions", "membership", "v1", "v2", "en"), ("revisions", "membership", "v2", "v3", "en"),
        ("revisions", "membership", "v3", "v4", "en"), ("revisions", "membership", "v1", "v4", "en"),
        ("revisions", "membership", "v4", "v1", "en"), ("revisions", "membership", "v1", "v2", "ja"),
        ("example", "privacy", "v1", "v2", "en"), ("example", "privacy", "v2", "v3", "en"),
        ("example", "privacy", "v1", "v3", "en"), ("example", "privacy", "v2", "v3", "ja"),
        ("example", "terms", "2024-02-01", "2025-07-01", "en"),
        ("browser", "privacy", "v1", "v2", "en"), ("browser", "privacy", "v2", "v3", "en"),
    ])
    func redlineMatchesItsReviewedReport(_ site: String, _ policy: String, _ old: String, _ new: String,
                                         _ language: String) throws {
        let source = try #require(Self.sites[site])
        let comparison = try VersionComparison.load(source: source, policy: policy, old: old, new: new,
                                                    language: language).get()
        #expect(comparison.language.rawValue == language, "both versions have a text in \(language)")
        let report = RedlineReport(comparison.redline, subject: comparison.subject).json()
        let name = "\(site)-\(policy)-\(old)-\(new).\(language).json"
        let golden = Self.fixtures.appendingPathComponent("redlines/\(name)")
        if ProcessInfo.processInfo.environment["POLICYGEN_UPDATE_GOLDEN"] == "1" {
            try Data(report.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(report == expected, "the redline of \(name) differs from Fixtures/redlines/\(name)")
        #expect(comparison.redline.hasChanges, "every pair has changes to align")
    }
}
