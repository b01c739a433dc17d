import Checks
import Diagnostics
import Testing

/// `ignore:` and `<!-- policygen-ignore -->` silence warnings only, and only the codes of checks.
@Suite struct SuppressionTests {
    @Test func anErrorIsNeverSilenced() throws {
        let run = try CheckRun(englishSite("## Scope\n\nSee [x](#nowhere).\n", frontMatter: "ignore: [PG201]"))
        #expect(run.locations(.brokenAnchor) == ["content/privacy/v1/en.md:8:5"])
        #expect(run.severities(.brokenAnchor) == [.error])
        #expect(run.locations(.unknownIgnoredCode) == [], "PG201 is a quality check: it can be named, and silences what is not an error")
    }

    @Test func aLockedTextsErrorIsAWarningThatCanBeSilenced() throws {
        let site = englishSite("## Scope\n\nSee [x](#nowhere).\n", frontMatter: "ignore: [PG201]")
        let locked = try CheckRun(site, locked: ["content/privacy/v1/en.md"])
        #expect(locked.diagnostics.isEmpty, Comment(rawValue: locked.report))
        let unsilenced = try CheckRun(englishSite("## Scope\n\nSee [x](#nowhere).\n"), locked: ["content/privacy/v1/en.md"],
                                      strict: true)
        #expect(unsilenced.severities(.brokenAnchor) == [.warning], "--strict never makes a locked text's finding an error")
    }

    @Test func aCommentNamingAnUnknownCodeIsReportedWhereItStands() throws {
        let run = try CheckRun(englishSite("""
        ## Scope

        <!-- policygen-ignore PG203, PG2O5 -->
        Text.
        """))
        #expect(run.locations(.unknownIgnoredCode) == ["content/privacy/v1/en.md:7:1"], "\(run.report)")
        #expect(run.messages(.unknownIgnoredCode) == ["'PG2O5' is not the code of a check that can be silenced"])
    }

    @Test func otherCommentsAreNotSuppressions() throws {
        let run = try CheckRun(englishSite("<!-- policygen-ignored PG999 -->\n\n<!-- note PG999 -->\n\nText.\n"))
        #expect(run.diagnostics.isEmpty, "\(run.report)")
    }
}
