import Foundation
import Testing
import TestSupport

@Suite struct SiteFixtureTests {
    func contents(_ fixture: SiteFixture) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fixture.files.map { ($0.path, $0.contents) })
    }

    @Test func parsesSectionsInOrderKeepingEachFinalNewline() {
        let site = SiteFixture("""
        Anything before the first marker is ignored.
        -- policygen.yaml --
        title: Test
        languages: [en]
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        effective: 2024-01-01
        ---
        ## Hello
        """)
        #expect(site.files.map(\.path) == ["policygen.yaml", "content/privacy/v1/en.md"])
        #expect(site.files[0].contents == "title: Test\nlanguages: [en]\n")
        #expect(site.files[1].contents == "---\ntitle: Privacy\neffective: 2024-01-01\n---\n## Hello\n")
    }

    @Test func blankLinesBelongToTheFileAboveAndEmptyFilesAreEmpty() {
        let site = SiteFixture("-- a.txt --\nx\n\n-- empty.txt --\n-- blank.txt --\n\n-- last.txt --\ny\n")
        #expect(contents(site) == ["a.txt": "x\n\n", "empty.txt": "", "blank.txt": "\n", "last.txt": "y\n"])
    }

    @Test func markerNeedsBothDashesAndAName() {
        let site = SiteFixture("-- a.md --\n--- front matter ---\n-- --\n--not-a-marker --\n-- also not\n")
        #expect(contents(site) == ["a.md": "--- front matter ---\n-- --\n--not-a-marker --\n-- also not\n"])
    }

    @Test func acceptsWindowsLineEndings() {
        #expect(contents(SiteFixture("-- a.md --\r\nx\r\ny\r\n")) == ["a.md": "x\ny\n"])
    }

    @Test func textWithoutMarkersHasNoFiles() {
        #expect(SiteFixture("just prose\n").files.isEmpty)
        #expect(SiteFixture("").files.isEmpty)
    }

    @Test func writesFilesAndParentFoldersUnderAFreshFolder() throws {
        let site = SiteFixture("""
        -- policygen.yaml --
        title: テスト
        -- content/privacy/v1/ar.md --
        ## مرحبا
        -- themes/custom/layouts/page.mustache --
        <main>{{{content}}}</main>
        """)
        let root = try site.write()
        defer { try? TemporaryDirectory.remove(root) }
        let other = try site.write()
        defer { try? TemporaryDirectory.remove(other) }
        #expect(root != other)

        for file in site.files {
            let written = try String(contentsOf: root.appendingPathComponent(file.path), encoding: .utf8)
            #expect(written == file.contents)
        }
        let written = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
        #expect(Set(written ?? []).isSuperset(of: site.files.map(\.path)))
    }

    @Test func writeIntoOverwritesFixtureFilesAndKeepsOthers() async throws {
        try await TemporaryDirectory.with(prefix: "site-fixture-test") { folder in
            try Data("old".utf8).write(to: folder.appendingPathComponent("a.txt"))
            try Data("keep".utf8).write(to: folder.appendingPathComponent("other.txt"))
            try SiteFixture("-- a.txt --\nnew\n-- deep/er/b.txt --\nb\n").write(into: folder)
            #expect(try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8) == "new\n")
            #expect(try String(contentsOf: folder.appendingPathComponent("other.txt"), encoding: .utf8) == "keep")
            #expect(try String(contentsOf: folder.appendingPathComponent("deep/er/b.txt"), encoding: .utf8) == "b\n")
        }
    }

    @Test func filesCanBeEditedBeforeWriting() throws {
        var site = SiteFixture("-- a.md --\nx\n")
        site.files.append((path: "b.md", contents: "y"))
        site.files[0].contents = "z\n"
        #expect(contents(site) == ["a.md": "z\n", "b.md": "y"])
    }

    @Test func rejectsPathsThatLeaveTheFolder() async {
        await #expect(processExitsWith: .failure) { _ = SiteFixture("-- /etc/passwd --\nx\n") }
        await #expect(processExitsWith: .failure) { _ = SiteFixture("-- ../outside.md --\nx\n") }
        await #expect(processExitsWith: .failure) { _ = SiteFixture("-- content/../../x.md --\nx\n") }
        await #expect(processExitsWith: .failure) { _ = SiteFixture("-- a.md --\n-- a.md --\n") }
        await #expect(processExitsWith: .failure) {
            var site = SiteFixture("")
            site.files.append((path: "../x.md", contents: ""))
            _ = try? site.write()
        }
    }
}
