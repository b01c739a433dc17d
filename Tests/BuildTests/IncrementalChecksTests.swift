import Content
import Diagnostics
import Foundation
import Build
import BuildCache
import Testing
import TestSupport

/// What the checks find in a text is kept by the text: a new version checks its own texts
/// again (and whatever compares itself with it), not every text of its policy or the site.
@Suite struct IncrementalChecksTests {
    /// Where each entry of the checks' cache is (its pack and offset): an entry written again
    /// is somewhere new.
    private func checkEntries(_ site: FixtureSite) throws -> [String: String] {
        CacheFolder(site: site.folder).locations(of: .checks)
    }

    @Test func aNewVersionChecksOnlyItsOwnTextAgain() throws {
        let site = try FixtureSite(IncrementalBuildTests.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-03-01")
        let before = try checkEntries(site)
        // One entry per text: privacy v1 (en, de), v2, v3; terms v1; cookies v1.
        #expect(before.count == 6)
        let newVersion = try #require(IncrementalBuildTests.edits.first { $0.0 == "a new version" }?.1)
        try newVersion(site.folder)
        _ = site.build(asOf: "2025-03-01")
        let after = try checkEntries(site)
        #expect(Set(after.keys).subtracting(before.keys).count == 1, "the new version's text alone")
        #expect(Set(before.keys).subtracting(after.keys).isEmpty)
        for (name, location) in before {
            #expect(after[name] == location, "\(name) was written again")
        }
    }

    @Test func aVersionInsertedBeforeAnotherChecksBothAgain() throws {
        let site = try FixtureSite(IncrementalBuildTests.site)
        defer { site.remove() }
        _ = site.build(asOf: "2025-03-01")
        let before = try checkEntries(site)
        try IncrementalBuildTests.write("content/privacy/v2b/en.md", """
            ---
            title: Privacy Policy
            effective: 2025-07-01
            summary: Addresses too.
            ---
            ## What we collect

            Your name, your email address and your postal address.

            """)(site.folder)
        _ = site.build(asOf: "2025-03-01")
        let after = try checkEntries(site)
        // v2b is new, and v3 is now compared with v2b rather than v2.
        #expect(Set(after.keys).subtracting(before.keys).count == 2)
        #expect(Set(before.keys).subtracting(after.keys).count == 1)
    }
}
