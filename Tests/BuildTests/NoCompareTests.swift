import Content
import Foundation
import Build
import Testing
import TestSupport

/// `--no-compare`: a preview without compare pages, and without a link that would lead to one.
@Suite struct NoCompareTests {
    @Test func noComparePageAndNoLinkToOne() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        var options = BuildOptions(source: site.folder, output: site.output, asOf: EffectiveDate("2025-01-15")!)
        options.includesComparisons = false
        let outcome = SiteBuild.run(options)
        let comparisons = FixtureSite.pageCount() - FixtureSite.pageCount(comparisons: 0)
        #expect(outcome.status == .built(pages: FixtureSite.standardPageCount - comparisons), "\(outcome.diagnostics)")
        let files = site.outputFiles()
        #expect(!files.contains { $0.contains("/compare/") })
        for file in files where file.hasSuffix(".html") || file.hasSuffix(".xml") || file.hasSuffix(".json") {
            #expect(!(try site.text(file)).contains("compare/"), "\(file) links to a compare page")
        }
        // The same site with compare pages has those links: the test would see them.
        #expect(site.build().status == .built(pages: FixtureSite.standardPageCount))
        #expect(try site.text("en/privacy/versions/v2/index.html").contains("compare/v1...v2/"))
        #expect(try site.text("en/privacy/versions.json").contains("compare/"))
    }
}
