import Diagnostics
import Build
import Testing
import TestSupport

/// The history lock keeps a text in effect as it was published, so what the checks find in it
/// cannot be corrected there: it is reported as a warning, never as an error.
@Suite struct LockedTextChecksTests {
    static let site = """
    -- policygen.yaml --
    title: Lock Co.
    base_url: https://legal.example.com/
    default_language: en
    languages: [en, de]
    -- content/privacy/v1/en.md --
    ---
    title: Privacy Policy
    effective: 2024-01-01
    ---
    ## Scope

    See [the retention section](#retention).
    """

    static let upcoming = """

    -- content/privacy/v2/en.md --
    ---
    title: Privacy Policy
    effective: 2026-01-01
    summary: Retention.
    ---
    ## Scope

    See [the retention section](#retention).
    """

    @Test func aTextInEffectHasWarningsWhereAnUpcomingOneHasErrors() throws {
        let site = try FixtureSite(Self.site + Self.upcoming)
        defer { site.remove() }
        let outcome = site.build(asOf: "2025-03-01")
        #expect(outcome.status == .failed)
        let anchors = outcome.diagnostics.filter { $0.code == .brokenAnchor }
        #expect(anchors.map(\.location.path) == ["content/privacy/v1/en.md", "content/privacy/v2/en.md"])
        #expect(anchors.map(\.severity) == [.warning, .error])
    }

    @Test func aTextInEffectIsBuiltAndATranslationAddedLaterIsNotLocked() throws {
        let site = try FixtureSite(Self.site)
        defer { site.remove() }
        let first = site.build(asOf: "2025-03-01")
        #expect(first.status == .built(pages: 10), "\(first.diagnostics)")
        #expect(first.diagnostics.filter { $0.code == .brokenAnchor }.map(\.severity) == [.warning])
        try IncrementalBuildTests.write("content/privacy/v1/de.md", """
            ---
            title: Datenschutz
            effective: 2024-01-01
            ---
            ## Geltung

            Siehe [Aufbewahrung](#aufbewahrung).

            """)(site.folder)
        // The German text was never published: the lock does not keep it yet.
        let second = site.build(asOf: "2025-03-01")
        #expect(second.status == .failed)
        #expect(second.diagnostics.filter { $0.code == .brokenAnchor }.map { "\($0.location.path) \($0.severity)" }.sorted() == [
            "content/privacy/v1/de.md error", "content/privacy/v1/en.md warning",
        ])
    }
}
