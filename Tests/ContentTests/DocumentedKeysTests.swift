@testable import Content
import Testing
import TestSupport

/// docs/content-format.md lists exactly the keys the parsers accept.
@Suite struct DocumentedKeysTests {
    @Test func theFrontMatterTableHasEveryKeyAndNoOther() throws {
        let documented = try DocPage("content-format.md").tableNames("Front-matter")
        #expect(documented.sorted() == FrontMatter.keys.sorted())
    }

    /// docs/migrating.md names every other tool's key that is accepted and ignored.
    @Test func theMigrationGuideNamesEveryKeyOfOtherToolsAccepted() throws {
        let named = Set(try DocPage("migrating.md").section("Front-matter").flatMap(DocPage.backticked))
        for key in FrontMatter.otherToolsKeys.keys.sorted() {
            #expect(named.contains(key), "docs/migrating.md does not name '\(key)'")
        }
    }

    @Test func thePolicyYAMLTableHasEveryKeyAndNoOther() throws {
        let documented = try DocPage("content-format.md").tableNames("content/&lt;policy&gt;/policy.yaml")
        #expect(documented.sorted() == PolicySettingsReader.keys.sorted())
    }
}
