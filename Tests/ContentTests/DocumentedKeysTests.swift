@testable import Content
import Testing
import TestSupport

/// docs/content-format.md lists exactly the keys the parsers accept.
@Suite struct DocumentedKeysTests {
    @Test func theFrontMatterTableHasEveryKeyAndNoOther() throws {
        let documented = try DocPage("content-format.md").tableNames("Front-matter")
        #expect(documented.sorted() == FrontMatter.keys.sorted())
    }

    @Test func thePolicyYAMLTableHasEveryKeyAndNoOther() throws {
        let documented = try DocPage("content-format.md").tableNames("content/&lt;policy&gt;/policy.yaml")
        #expect(documented.sorted() == PolicySettingsReader.keys.sorted())
    }
}
