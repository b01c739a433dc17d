import Content
import Diagnostics
import Foundation
import Import
import Testing

/// The import cases of real pages: a page without a title, in-page links, and a page that
/// policygen itself published.
@Suite struct ImportCasesTests {
    private func plan(_ html: String, title: String? = nil, policy: String = "privacy") throws -> PolicyImport {
        let document = HTMLReader.read(Array(html.utf8))
        let source = ImportSource(path: "page.html", format: .html, document: document)
        return try PolicyImport.plan([source], PolicyImport.Request(policy: policy, language: "en",
                                                                    effective: EffectiveDate("2024-05-01"), title: title)).get()
    }

    @Test func theTitleFallsBackToTheOptionThenThePagesTitleThenThePolicysName() throws {
        let intro = "<p>We explain here what we do with your data.</p><h2>Scope</h2><p>All our apps.</p>"
        let withPageTitle = "<html><head><title>Privacy Notice | Example Co.</title></head><body>\(intro)</body></html>"
        #expect(try plan(withPageTitle, title: "Our Privacy Policy").title == "Our Privacy Policy")
        #expect(try plan(withPageTitle, title: "Our Privacy Policy").warnings.isEmpty)
        let fromPage = try plan(withPageTitle)
        #expect(fromPage.title == "Privacy Notice")
        #expect(fromPage.warnings.map(\.severity) == [.warning])
        #expect(fromPage.warnings.first?.message.contains("<title>") == true)
        let fromName = try plan("<html><body>\(intro)</body></html>", policy: "terms-of-service")
        #expect(fromName.title == "Terms of service")
        #expect(fromName.warnings.first?.code == .importNoTitle)
        #expect(fromName.text.hasPrefix("---\ntitle: \"Terms of service\"\n"))
        // The text's own title still comes first.
        #expect(try plan("<html><head><title>Other</title></head><body><h1>Privacy</h1>\(intro)</body></html>").title == "Privacy")
    }

    @Test func inPageLinksFollowTheirHeadings() throws {
        let planned = try plan("""
        <html><body><main><h1>Privacy</h1>
        <p>See <a href="#sharing">who we share with</a>, <a href="#h.3znysh7">your rights</a>,
        <a href="#retention-table">the table</a> and <a href="#gone">a lost place</a>.</p>
        <section id="sharing"><h2>1. Sharing</h2><p>With our host only.</p></section>
        <a name="h.3znysh7"></a><h2>2. Your rights</h2><p>Ask us.</p>
        <p><span id="retention-table">Records</span> are kept for a year.</p>
        </main></body></html>
        """)
        #expect(planned.text.contains("## 1. Sharing {#sharing}"))
        #expect(planned.text.contains("## 2. Your rights {#h3znysh7}"))
        #expect(planned.text.contains("See [who we share with](#sharing), [your rights](#h3znysh7), [the table](#retention-table) and a lost place."))
        #expect(planned.text.contains("<a id=\"retention-table\"></a>Records are kept for a year."))
        #expect(planned.document.dropped.contains { $0.reason == .relativeLink && $0.text == "a lost place → #gone" })
    }

    @Test func aPagePolicygenPublishedLeavesItsFurnitureBehind() throws {
        let planned = try plan("""
        <!DOCTYPE html><html lang="en"><head><title>Privacy Policy — Kestrel Harbour</title></head><body>
        <header class="site-header"><a class="site-title" href="../">Kestrel Harbour</a></header>
        <main id="pg:main"><article class="policy">
        <header class="policy-header"><h1 lang="en" dir="ltr">Privacy Policy</h1>
        <p class="policy-meta">Effective <time datetime="2024-09-01">1 September 2024</time> <span class="policy-version">Version v2</span></p>
        <p class="notice notice-superseded" role="note">This version was in effect from 1 September 2024 until 1 March 2025.</p>
        <p class="policy-summary"><strong>What changed:</strong> <span>Shorter retention.</span></p>
        </header>
        <div class="policy-layout"><nav class="toc" aria-label="Contents"><h2 class="toc-title">Contents</h2><ol><li><a href="#data">Data</a></li></ol></nav>
        <div class="policy-body" lang="en" dir="ltr">
        <h2 id="data">Data we collect</h2>
        <p>We collect your name. See <a href="#data">above</a>.</p>
        </div></div>
        <aside class="version-list"><h2>Versions</h2><ol reversed><li><a href="../v1/">v1</a></li></ol></aside>
        </article></main><footer class="site-footer">Kestrel</footer></body></html>
        """)
        #expect(planned.title == "Privacy Policy")
        #expect(planned.text.hasSuffix("---\n## Data we collect {#data}\n\nWe collect your name. See [above](#data).\n"))
        #expect(!planned.text.contains("in effect from") && !planned.text.contains("What changed") && !planned.text.contains("Versions"))
        #expect(StatedDate.best(of: planned.document.statedDates)?.date == EffectiveDate("2024-09-01"))
        #expect(planned.document.dropped.contains { $0.reason == .publishedChrome })
    }
}
