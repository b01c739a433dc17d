import Checks
import Diagnostics
import Testing

/// PG200 and PG201: links into the site and to headings must lead somewhere.
@Suite struct SiteLinkCheckTests {
    private let site = """
    -- policygen.yaml --
    title: Test
    base_url: https://example.com/
    languages:
      - code: en
        name: English
      - code: ja
        name: 日本語
    -- content/privacy/v1/en.md --
    ---
    title: Privacy
    effective: 2024-01-01
    ---
    ## Retention {#retention}

    Kept a year.[^1] See [terms](@/terms), [its liability](@/terms#liability),
    [the first privacy text](@/privacy/v1#retention) and [back up](#retention) and [note](#fn-1).

    [^1]: A note.
    -- content/privacy/v1/ja.md --
    ---
    title: プライバシー
    effective: 2024-01-01
    ---
    ## 保存期間 {#retention}

    [規約の責任](@/terms#liability)と[保存](#retention)と[見出し](#保存期間)。

    ## 保存期間
    -- content/terms/v1/en.md --
    ---
    title: Terms
    effective: 2024-01-01
    ---
    ## Liability {#liability}
    -- content/terms/v2/en.md --
    ---
    title: Terms
    effective: 2025-01-01
    summary: Liability rewritten.
    ---
    ## Limits of liability {#liability}
    """

    @Test func linksThatLeadSomewhereAreFine() throws {
        let run = try CheckRun(site)
        #expect(run.locations(.brokenSiteLink).isEmpty, "\(run.report)")
        #expect(run.locations(.brokenAnchor).isEmpty, "\(run.report)")
    }

    @Test func aMissingPolicyVersionOrHeadingIsAnErrorAtTheLink() throws {
        let run = try CheckRun(site.replacingOccurrences(of: "[terms](@/terms)", with: "[terms](@/term)")
            .replacingOccurrences(of: "(@/terms#liability)", with: "(@/terms/v3#liability)")
            .replacingOccurrences(of: "(@/privacy/v1#retention)", with: "(@/privacy/v1#retension)")
            .replacingOccurrences(of: "[back up](#retention)", with: "[back up](#nowhere)"))
        #expect(run.locations(.brokenSiteLink) == [
            "content/privacy/v1/en.md:7:22", "content/privacy/v1/en.md:7:39", "content/privacy/v1/en.md:8:1",
            "content/privacy/v1/ja.md:7:1",
        ], "\(run.report)")
        #expect(run.messages(.brokenSiteLink) == [
            "no policy 'term' in content/", "the policy 'terms' has no version 'v3'",
            "no heading has the id 'retension' in privacy/v1", "the policy 'terms' has no version 'v3'",
        ])
        #expect(run.diagnostics.first { $0.code == .brokenSiteLink }?.hint == "did you mean 'terms'?")
        #expect(run.locations(.brokenAnchor) == ["content/privacy/v1/en.md:8:54"])
        #expect(run.diagnostics.filter { $0.code == .brokenSiteLink || $0.code == .brokenAnchor }.allSatisfy { $0.severity == .error })
    }

    @Test func aLinkWithoutAVersionIsCheckedAgainstTheLatestText() throws {
        let run = try CheckRun(site.replacingOccurrences(of: "## Limits of liability {#liability}", with: "## Limits"))
        #expect(run.locations(.brokenSiteLink) == ["content/privacy/v1/en.md:7:40", "content/privacy/v1/ja.md:7:1"])
        #expect(run.messages(.brokenSiteLink).first == "no heading has the id 'liability' in terms (version v2)")
    }

    @Test func aMalformedSiteLinkIsAnError() throws {
        let run = try CheckRun(site.replacingOccurrences(of: "[terms](@/terms)", with: "[terms](@/terms/v1/extra)"))
        #expect(run.messages(.brokenSiteLink) == ["this @/ link is not a link to a policy, a version or a heading of the site"])
    }

    @Test func anchorsInATranslationAreItsOwn() throws {
        let run = try CheckRun(site.replacingOccurrences(of: "[見出し](#保存期間)", with: "[見出し](#保存期間-3)"))
        #expect(run.locations(.brokenAnchor) == ["content/privacy/v1/ja.md:7:45"], "\(run.report)")
    }

    /// content-format.md: a site link in the text's own HTML is rewritten like a Markdown one,
    /// and checked like one, at the `<` of its tag: in a paragraph, a block over lines, a quote.
    @Test(arguments: ["safe", "trusted"]) func aSiteLinkInTheTextsOwnHTMLIsCheckedAtItsTag(mode: String) throws {
        let run = try CheckRun(englishSite("""
        ## Sharing {#sharing}

        <p>We share what <a href="@/nope/">a missing policy</a> lists, under
        <a href="@/terms/v9#nowhere">terms that do not exist</a>.</p>

        Read [the same missing policy](@/nope) in Markdown.

        > 共有先は<a href="@/gone">別の方針</a>に書きます。
        >
        > <div>
        > <a
        >  href="@/privacy/v1#sharing">this very heading</a> and <a href="@/privacy/v2">a later one</a>
        > </div>
        """, config: "html: \(mode)"))
        #expect(run.locations(.brokenSiteLink) == [
            "content/privacy/v1/en.md:7:18",
            "content/privacy/v1/en.md:8:1",
            "content/privacy/v1/en.md:10:6",
            "content/privacy/v1/en.md:12:7",
            "content/privacy/v1/en.md:16:58",
        ], "\(run.report)")
        #expect(run.messages(.brokenSiteLink) == [
            "no policy 'nope' in content/", "no policy 'terms' in content/", "no policy 'nope' in content/",
            "no policy 'gone' in content/", "the policy 'privacy' has no version 'v2'",
        ])
        #expect(run.locations(.brokenAnchor).isEmpty, "\(run.report)")
    }

    /// `html: safe` publishes every `href` it keeps as `href="…"`, so any spelling of one is a
    /// site link; `html: trusted` publishes them as written, where only `href="@/…"` is one.
    /// A link in a comment is no link in either.
    @Test(arguments: [("safe", ["content/privacy/v1/en.md:5:6", "content/privacy/v1/en.md:6:1"]),
                      ("trusted", [])])
    func howAnHrefIsWrittenMattersAsThePageReadsIt(mode: String, expected: [String]) throws {
        let run = try CheckRun(englishSite("""
        Both <A HREF = '@/gone'>gone</A>
        <a class="x" href=@/gone/v2>unquoted</a> <!-- once: <a href="@/old">old</a> -->
        <p><!-- <a href="@/older"> --> and <a data-href="@/nope">not an href</a></p>
        """, config: "html: \(mode)"))
        #expect(run.locations(.brokenSiteLink) == expected, "\(run.report)")
    }

    @Test func aSiteLinkInHTMLThatIsLeftOutIsNotChecked() throws {
        let run = try CheckRun(englishSite("""
        <p>See <a href="@/nope">a missing policy</a>.</p>
        """, config: "html: none"))
        #expect(run.locations(.brokenSiteLink).isEmpty, "\(run.report)")
    }
}
