import Foundation
@testable import Preview
import Testing
import TestSupport

/// The preview follows the site: a change is rebuilt and served, a broken change is shown
/// without losing the last good site.
@Suite struct RebuildTests {
    @Test func anEditedTextIsServedAfterTheRebuild() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            let before = try await preview.get("/__policygen/build")
            try preview.write(PreviewFixtures.privacyV2("The edited text."))
            let page = try await preview.eventually("/en/privacy/", "the edited text") { $0.text.contains("The edited text.") }
            #expect(!page.text.contains("The second text."))
            let after = try await preview.get("/__policygen/build")
            #expect(after.text != before.text, "open pages see a new build")
        }
    }

    @Test func aThemeChangeIsRebuiltToo() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            try preview.write("-- themes/default/assets/extra.css --\n.extra { color: red; }\n")
            try await RunningPreview.eventually("the new asset") { preview.asset("extra.css") != nil }
            let css = try await preview.get(try #require(preview.asset("extra.css")))
            #expect(css.status == 200)
            #expect(css.text.contains(".extra"))
        }
    }

    @Test func aBrokenEditKeepsTheLastGoodSiteAndShowsTheError() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            try preview.write(PreviewFixtures.privacyV2("Hello {{ company.<b>name</b> }} and {{ missing.value }}."))
            let broken = try await preview.eventually("/en/privacy/", "the error banner") { $0.text.contains("policygen-build-error") }
            #expect(broken.status == 200)
            #expect(broken.text.contains("The second text."), "the last good page")
            #expect(broken.text.contains("content/privacy/v2/en.md:"), "names the file, as the terminal does")
            #expect(!broken.text.contains("<b>name</b>"), "the content quoted in a message is escaped")
            let failures = preview.events.all.compactMap { if case .failed(let diagnostics, let serving) = $0 { (diagnostics, serving) } else { nil } }
            #expect(failures.first?.1 == true)
            #expect(failures.first?.0.contains { $0.severity == .error && $0.location.path == "content/privacy/v2/en.md" } == true)
            let stylesheet = try await preview.get(try #require(preview.asset("style.css")))
            #expect(stylesheet.status == 200)
            #expect(!stylesheet.text.contains("policygen-build-error"), "only pages change")

            try preview.write(PreviewFixtures.privacyV2("Fixed again."))
            let fixed = try await preview.eventually("/en/privacy/", "the fixed page") { $0.text.contains("Fixed again.") }
            #expect(!fixed.text.contains("policygen-build-error"))
        }
    }

    @Test func aFirstBuildThatFailsShowsAnErrorPageUntilTheSiteBuilds() async throws {
        try await RunningPreview.with(PreviewFixtures.site + "\n-- content/terms/v1/en.md --\n---\ntitle: Terms\neffective: 2024-13-01\n---\nText.\n") { preview in
            let error = try await preview.get("/en/privacy/")
            #expect(error.status == 500)
            #expect(error.text.contains("content/terms/v1/en.md:3:12: error: &#39;2024-13-01&#39; is not a real date")
                    || error.text.contains("content/terms/v1/en.md:3:12: error: '2024-13-01' is not a real date"))
            #expect(error.text.contains("reload.js"))
            #expect(preview.events.all.contains { if case .failed(_, false) = $0 { true } else { false } })
            try preview.write("-- content/terms/v1/en.md --\n---\ntitle: Terms\neffective: 2024-12-01\n---\nText.\n")
            let page = try await preview.eventually("/en/privacy/", "the site, once it builds") { $0.status == 200 }
            #expect(page.text.contains("The second text."))
        }
    }

    @Test func aBurstOfSavesGivesOneBuild() async throws {
        // The default interval: the saves must fall inside one, even on a busy machine.
        try await RunningPreview.with(PreviewFixtures.site, pollInterval: .milliseconds(300)) { preview in
            let builds = preview.events.builds
            for round in 1...5 { try preview.write(PreviewFixtures.privacyV2("Save number \(round).")) }
            _ = try await preview.eventually("/en/privacy/", "the last save") { $0.text.contains("Save number 5.") }
            try await Task.sleep(for: .seconds(1))  // room for a second build, were there one
            #expect(preview.events.builds == builds + 1)
        }
    }

    @Test func editorLeftoversStartNoBuild() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            let builds = preview.events.builds
            try preview.write("-- content/privacy/v2/.en.md.swp --\nswap\n-- content/privacy/v2/en.md~ --\nbackup\n")
            try await Task.sleep(for: .seconds(1))
            #expect(preview.events.builds == builds)
        }
    }
}
