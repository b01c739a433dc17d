import Config
import Content
import Diagnostics
import Testing

/// A version folder named by its date (`content/terms/2020-11-16/en.md`) takes effect on it.
@Suite struct DateNamedVersionTests {
    @Test func effectiveDefaultsToTheFoldersDate() throws {
        let site = try LoadedFixture.load("""
        -- content/terms/2020-11-16/en.md --
        ---
        title: Terms
        ---
        ## Scope
        -- content/terms/2020-11-16/ja.md --
        ---
        title: 規約
        ---
        ## 範囲
        -- content/terms/2021-03-01/en.md --
        \(document(title: "Terms", effective: "2021-03-01"))
        """)
        defer { site.remove() }
        #expect(site.diagnostics.isEmpty, "\(site.diagnostics)")
        let terms = try #require(site.content?.policy("terms"))
        #expect(terms.versions.map(\.effective.description) == ["2020-11-16", "2021-03-01"])
        #expect(terms.version("2020-11-16")?.translations.values.map(\.frontMatter.effective.description) == ["2020-11-16", "2020-11-16"])
        #expect(terms.version("2020-11-16")?.original.frontMatter.effectiveLocation == SourceLocation(path: "content/terms/2020-11-16/en.md", line: 1, column: 1))
    }

    @Test func anotherDateInTheFileIsAnError() throws {
        let site = try LoadedFixture.load("""
        -- content/terms/2020-11-16/en.md --
        \(document(title: "Terms", effective: "2020-11-17"))
        """)
        defer { site.remove() }
        #expect(site.content == nil)
        #expect(site.errors.map(\.code) == [.effectiveDateMismatch])
        #expect(site.errors.first?.location == SourceLocation(path: "content/terms/2020-11-16/en.md", line: 3, column: 12))
        #expect(site.errors.first?.message == "effective: 2020-11-17 contradicts the version folder, named 2020-11-16")
    }

    @Test(arguments: ["v1", "2020-11-16-typo", "2020-13-01", "20201116"])
    func aFolderNamedOtherwiseStillNeedsEffective(folder: String) throws {
        let site = try LoadedFixture.load("""
        -- content/terms/\(folder)/en.md --
        ---
        title: Terms
        ---
        ## Scope
        """)
        defer { site.remove() }
        #expect(site.content == nil)
        #expect(site.errors.count == 1)
        #expect(site.errors.first?.message.contains("effective") == true)
    }
}
