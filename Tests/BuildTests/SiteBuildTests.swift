import Content
import Diagnostics
import Foundation
import Build
import Output
import Testing
import TestSupport

@Suite struct SiteBuildTests {
    @Test func buildsEveryPageOfTheURLScheme() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        let outcome = site.build()
        #expect(outcome.status == .built(pages: FixtureSite.standardPageCount), "\(outcome.diagnostics)")
        for path in ["index.html", "en/index.html", "ja/index.html", "ar/index.html",
                     "en/privacy/index.html", "en/privacy/versions/v1/index.html", "en/privacy/versions/v2/index.html",
                     "en/privacy/versions/v3/index.html", "ja/privacy/versions/v1/index.html",
                     "ar/terms/index.html", "ar/terms/versions/v1/index.html", ".policygen-output"] {
            #expect(site.exists(path), "\(path) missing")
        }
        #expect(!site.exists("en/privacy/versions/v4/index.html"), "drafts are not built without --drafts")
    }

    @Test func theCurrentPageShowsTheVersionInEffectOnTheBuildDate() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        #expect(site.build(asOf: "2025-01-15").status == .built(pages: FixtureSite.standardPageCount))
        let january = try site.page("en/privacy/index.html")
        #expect(try january.strings("//p[@class='policy-meta']//time/@datetime") == ["2024-09-01"])
        #expect(try january.first("//div[@class='policy-body']")?.text.contains("name and email address") == true)
        #expect(try january.select("//p[contains(@class,'notice-announcement')]//time[@datetime='2025-06-01']").count == 1,
                "the upcoming v3 is announced on the current page")

        #expect(site.build(asOf: "2025-06-01").status == .built(pages: FixtureSite.pageCount(comparisons: 3)))
        let june = try site.page("en/privacy/index.html")
        #expect(try june.strings("//p[@class='policy-meta']//time/@datetime") == ["2025-06-01"],
                "a version is current on its effective date")
        #expect(try june.first("//div[@class='policy-body']")?.text.contains("Less than before") == true)
    }

    @Test func titlesAndTableOfContentsLinksPointAtRealIDs() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        let page = try site.page("en/privacy/versions/v1/index.html")
        #expect(try page.first("//title")?.text == "Privacy Policy — Fixture Policies")
        #expect(try page.first("//h1")?.text == "Privacy Policy")
        let targets = try page.strings("//nav[contains(@class,'toc')]//a/@href")
        #expect(targets == ["#data-we-collect", "#account-data", "#contact"])
        let ids = Set(try page.strings("//div[@class='policy-body']//*[self::h2 or self::h3]/@id"))
        for target in targets { #expect(ids.contains(String(target.dropFirst())), "\(target) has no heading") }
        #expect(try page.select("//nav[contains(@class,'toc')]/div/ol/li/ol/li/a[@href='#account-data']").count == 1,
                "h3 nests under its h2")
        #expect(try page.first("//h2[@id='contact']")?.text == "Contact us", "{#custom-id} honoured and removed")
    }

    @Test func aScriptInABodyIsRemoved() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        let build = site.build()
        let page = try site.page("en/privacy/versions/v2/index.html")
        #expect(try page.select("//script").filter { $0.text.contains("owned") }.isEmpty)
        #expect(!(try page.first("//div[@class='policy-body']")?.text ?? "").contains("owned"))
        #expect(build.diagnostics.contains { $0.code == .rawHTMLDropped && $0.location.line == 10 })
        #expect(try page.select("//div[@class='policy-body']//table//td").map(\.text) == ["Account", "6 months"])
    }

    @Test func frontMatterValuesNeverBecomeMarkupOrTemplates() throws {
        let site = try FixtureSite("""
        -- policygen.yaml --
        title: "Sites <b>&</b> {{strings.contents}}"
        base_url: https://example.com/
        languages: [en]
        variables:
          trap: "{{site_title}} <i>x</i>"
        -- content/privacy/v1/en.md --
        ---
        title: '<script>alert(1)</script> {{ trap }} \\{{site_title}}'
        effective: 2024-01-01
        summary: "{date} <img src=x onerror=alert(1)>"
        description: "\\" onload=\\"x"
        ---
        Text.
        """)
        defer { site.remove() }
        let outcome = site.build()
        #expect(outcome.status == .built(pages: 6), "\(outcome.diagnostics)")
        let html = try site.text("en/privacy/index.html")
        let page = try site.page("en/privacy/index.html")
        #expect(try page.select("//script | //img | //b | //i").isEmpty)
        // A variable's value, and braces escaped with a backslash, show as written.
        #expect(try page.first("//h1")?.text == "<script>alert(1)</script> {{site_title}} <i>x</i> {{site_title}}")
        #expect(try page.first("//p[@class='policy-summary']/span")?.text == "{date} <img src=x onerror=alert(1)>")
        #expect(try page.strings("//meta[@name='description']/@content") == ["\" onload=\"x"])
        #expect(try page.first("//a[@class='site-title']")?.text == "Sites <b>&</b> {{strings.contents}}")
        #expect(!html.contains("onload=\"x"), "the quote is escaped inside the attribute")
    }

    @Test func draftsAreBuiltOnlyWithTheFlag() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        #expect(site.build(asOf: "2026-01-01", drafts: true).status == .built(pages: FixtureSite.standardPageCountWithDrafts))
        let page = try site.page("en/privacy/index.html")
        #expect(try page.first("//div[@class='policy-body']")?.text.contains("Not yet") == true,
                "with --drafts a draft can become current")
        #expect(site.build(asOf: "2026-01-01").status == .built(pages: FixtureSite.pageCount(comparisons: 3)),
                "v3 is current: v1...v3 joins the consecutive pairs")
        #expect(!site.exists("en/privacy/versions/v4/index.html"), "the rebuild without drafts leaves nothing stale")
        #expect(try site.page("en/privacy/index.html").first("//div[@class='policy-body']")?.text.contains("Less than before") == true)
    }

    @Test func pagesInEveryLanguageWithFallbackMarkedInItsOwnLanguage() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build(asOf: "2024-10-01")
        let japanese = try site.page("ja/privacy/index.html")
        #expect(try japanese.strings("/html/@lang") == ["ja"])
        #expect(try japanese.first("//h1")?.text == "プライバシーポリシー")
        #expect(try japanese.strings("//div[@class='policy-body']//h2/@id") == ["収集するデータ", "contact"])

        let arabic = try site.page("ar/privacy/index.html")
        #expect(try arabic.strings("/html/@lang") == ["ar"])
        #expect(try arabic.strings("/html/@dir") == ["rtl"])
        #expect(try arabic.strings("//div[@class='policy-body']/@lang") == ["en"], "untranslated text keeps its language")
        #expect(try arabic.strings("//div[@class='policy-body']/@dir") == ["ltr"])
        #expect(try arabic.select("//p[contains(@class,'notice-untranslated')]").count == 1)
        #expect(try arabic.strings("//link[@rel='canonical']/@href") == ["https://policies.example.com/legal/en/privacy/"],
                "an untranslated page names the original as canonical")
        #expect(try japanese.strings("//link[@rel='canonical']/@href") == ["https://policies.example.com/legal/ja/privacy/"])
    }

    @Test func relativeLinksResolveFromEveryDepth() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        for page in site.outputFiles() where page.hasSuffix(".html") && page != "404.html" {
            let document = try site.page(page)
            let folder = URL(fileURLWithPath: "/" + page).deletingLastPathComponent()
            for href in try document.strings("//a/@href | //link[@rel='stylesheet']/@href") where !href.hasPrefix("#") {
                let target = URL(fileURLWithPath: href, relativeTo: folder).standardizedFileURL.path
                let file = target.hasSuffix("/") || !target.contains(".") ? target + "/index.html" : target
                #expect(site.exists(String(file.dropFirst()).replacingOccurrences(of: "//", with: "/")),
                        "\(page) links to \(href), which does not exist")
            }
        }
    }

    @Test func theLanguageSwitcherLeadsToTheSamePageInEachLanguage() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        for page in site.outputFiles() where page.hasSuffix(".html") && page != "404.html" {
            let folder = URL(fileURLWithPath: "/" + page).deletingLastPathComponent()
            let links = try site.page(page).select("//nav[@class='language-switcher']//a")
            #expect(links.count >= 2, "\(page) has no switcher")
            for link in links {
                let target = URL(fileURLWithPath: link["href"]!, relativeTo: folder).standardizedFileURL.path
                let targetPage = String(target.dropFirst()) + "/index.html"
                #expect(try site.page(targetPage).strings("/html/@lang") == [link["hreflang"]!],
                        "\(page): the \(link["hreflang"]!) link leads to \(targetPage)")
                let expected = page == "index.html" ? link["hreflang"]! + "/index.html"
                    : link["hreflang"]! + "/" + page.split(separator: "/").dropFirst().joined(separator: "/")
                #expect(targetPage == expected, "\(page) should switch to \(expected)")
            }
        }
    }

    @Test func theNotFoundPageLinksFromTheHostRootUnderTheBasePath() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        let page = try site.page("404.html")
        #expect(try page.strings("/html/@lang") == ["en"])
        let links = try page.strings("//a/@href[not(starts-with(., '#'))] | //link[@rel='stylesheet' or @rel='icon']/@href")
        #expect(!links.isEmpty)
        for link in links {
            #expect(link.hasPrefix("/legal/"), "\(link) is not absolute under the base path")
            let target = String(link.dropFirst("/legal/".count))
            #expect(site.exists(target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target), "\(link) leads nowhere")
        }
        #expect(try page.strings("//main//a/@hreflang") == ["en", "ja", "ar"], "every language home")
        #expect(try page.select("//link[@rel='canonical']").isEmpty)
    }

    @Test func contentErrorsStopTheBuildAndKeepThePreviousOutput() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        #expect(site.build().status == .built(pages: FixtureSite.standardPageCount))
        let before = site.snapshot()
        let v1 = site.folder.appendingPathComponent("content/privacy/v1/en.md")
        try Data("---\ntitle: Privacy\nefective: 2024-01-01\n---\n".utf8).write(to: v1)
        let outcome = site.build()
        #expect(outcome.status == .failed)
        #expect(outcome.diagnostics.contains { $0.code == .unknownKey && $0.location.line == 3 })
        #expect(FixtureSite.changes(from: before, to: site.snapshot()).isEmpty, "nothing written, nothing lost")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".output.") && !$0.hasSuffix(".lock") }
        #expect(leftovers.isEmpty, "no temporary folder left behind: \(leftovers)")
    }

    @Test func everyProblemOfEveryStageIsReportedInOneRun() throws {
        let site = try FixtureSite("""
        -- policygen.yaml --
        title: T
        languages: [en]
        toc_depth: 9
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        effective: 2024-13-01
        ---
        Text.
        -- content/privacy/v2/en.md --
        ---
        title: Privacy
        effective: 2025-01-01
        ---
        ## One {#same}

        ## Two {#same}
        -- themes/default/templates/home.mustache --
        {{#sections}}unclosed
        """)
        defer { site.remove() }
        let outcome = site.build()
        #expect(outcome.status == .failed)
        let codes = Set(outcome.diagnostics.map(\.code))
        #expect(codes.isSuperset(of: [.invalidValue, .invalidDate, .duplicateHeadingID, .templateSyntax]), "\(codes)")
        #expect(!site.exists("index.html"))
    }

    @Test func aSiteStringsFileOverridesTheBuiltInOneKeyByKey() throws {
        let site = try FixtureSite(FixtureSite.standard + "\n-- themes/default/i18n/ja.yaml --\ncontents: もくじ\n")
        defer { site.remove() }
        let outcome = site.build()
        #expect(outcome.status == .built(pages: FixtureSite.standardPageCount))
        #expect(outcome.diagnostics.filter { $0.code == .missingString }.isEmpty, "\(outcome.diagnostics)")
        let page = try site.page("ja/privacy/index.html")
        #expect(try page.strings("//nav[contains(@class,'toc')]/@aria-label") == ["もくじ"], "the site's own string")
        #expect(try page.first("//aside[@class='version-list']/h2")?.text == "版の一覧", "the built-in Japanese for the rest")
    }

    @Test func aThemesFolderThatIsALinkIsNotFollowed() throws {
        let site = try FixtureSite(FixtureSite.standard + "\n-- elsewhere/default/assets/secret.txt --\nsecret\n")
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(at: site.folder.appendingPathComponent("themes"),
                                                   withDestinationURL: site.folder.appendingPathComponent("elsewhere"))
        let outcome = site.build()
        #expect(outcome.status == .failed)
        #expect(outcome.buildProblems.map(\.code) == [.symbolicLink])
        #expect(outcome.buildProblems.first?.location.path == "themes")
    }

    @Test func aBuildTouchesOnlyItsOwnLeftoversBesideTheOutput() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        let manager = FileManager.default
        try Data("SECRET=1\n".utf8).write(to: site.folder.appendingPathComponent(".output.env"))
        try manager.createDirectory(at: site.folder.appendingPathComponent(".output.backup"), withIntermediateDirectories: true)
        try manager.createDirectory(at: site.folder.appendingPathComponent(".output.tmp-4242/en"), withIntermediateDirectories: true)
        try manager.createDirectory(at: site.folder.appendingPathComponent(".output.tmp-x"), withIntermediateDirectories: true)
        #expect(site.build().status == .built(pages: FixtureSite.standardPageCount))
        let names = Set(try manager.contentsOfDirectory(atPath: site.folder.path))
        #expect(names.isSuperset(of: [".output.env", ".output.backup", ".output.tmp-x"]), "the user's files stay")
        #expect(!names.contains(".output.tmp-4242"), "a killed build's staging folder is cleared")
    }

    @Test func aFailedBuildCreatesNothingAtAll() throws {
        let site = try FixtureSite(FixtureSite.standard.replacingOccurrences(of: "effective: 2024-09-01\nsummary", with: "effective: 2024-19-01\nsummary"))
        defer { site.remove() }
        let nested = site.folder.appendingPathComponent("deep/er/out")
        let outcome = site.build(output: nested)
        #expect(outcome.status == .failed)
        #expect(outcome.diagnostics.contains { $0.code == .invalidDate })
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("deep").path),
                "no parent folders, no lock file")
    }

    @Test func aSiteNeedsItsAddress() throws {
        let site = try FixtureSite(FixtureSite.standard.replacingOccurrences(of: "base_url: https://policies.example.com/legal/\n", with: ""))
        defer { site.remove() }
        let outcome = site.build()
        #expect(outcome.status == .failed)
        #expect(outcome.buildProblems.map(\.code) == [.missingKey])
        #expect(outcome.buildProblems.first?.message.contains("base_url") == true)
        #expect(site.build(baseURL: "https://elsewhere.example/").status == .built(pages: FixtureSite.standardPageCount), "--base-url is enough")
    }

    @Test func aSiteWhoseOnlyVersionsAreDraftsBuildsEmpty() throws {
        let site = try FixtureSite("""
        -- policygen.yaml --
        title: Drafts
        base_url: https://example.com/
        languages: [en]
        -- content/privacy/v1/en.md --
        ---
        title: Privacy
        effective: 2024-01-01
        draft: true
        ---
        Not yet.
        """)
        defer { site.remove() }
        #expect(site.build().status == .built(pages: 3), "home, 404 and the language home")
        #expect(try site.text("en/feed.xml").contains("<updated>2025-01-15T00:00:00Z</updated>"), "an empty feed is dated by the build")
        #expect(site.build(drafts: true).status == .built(pages: 3 + 3))
    }

    @Test func aMissingSiteFolderIsAUsageError() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-policygen-site-\(getpid())")
        let outcome = SiteBuild.run(BuildOptions(source: missing, output: missing.appendingPathComponent("output"),
                                                 asOf: EffectiveDate("2025-01-01")!))
        #expect(outcome.status == .usageError)
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func unsafeOutputFoldersAreRefused() throws {
        let site = try FixtureSite(FixtureSite.standard + "\n-- elsewhere/keep.txt --\nmine\n")
        defer { site.remove() }
        let refused = [
            URL(fileURLWithPath: "/"),
            site.folder,
            site.folder.deletingLastPathComponent(),
            site.folder.appendingPathComponent("content"),
            site.folder.appendingPathComponent("content/privacy/out"),
            site.folder.appendingPathComponent("themes"),
            site.folder.appendingPathComponent("elsewhere"),
            site.folder.appendingPathComponent("output/../content"),
        ]
        for output in refused {
            let outcome = site.build(output: output)
            #expect(outcome.status == .usageError, "\(output.path) was accepted")
            #expect(outcome.diagnostics.first?.code == .unsafeOutput)
        }
        #expect(try String(contentsOf: site.folder.appendingPathComponent("elsewhere/keep.txt"), encoding: .utf8) == "mine\n")
        #expect(site.build(output: site.folder.appendingPathComponent("public")).status == .built(pages: FixtureSite.standardPageCount))
        #expect(site.build(output: site.folder.appendingPathComponent("public")).status == .built(pages: FixtureSite.standardPageCount),
                "a folder policygen wrote may be replaced")
    }

    @Test func aSecondBuildIntoTheSameOutputIsRefusedWhileOneRuns() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        let folder = try OutputFolder.checked(site.output, source: site.folder).get()
        let held = try folder.lock().get()
        let outcome = site.build()
        #expect(outcome.status == .failed)
        #expect(outcome.buildProblems.map(\.code) == [.outputBusy])
        withExtendedLifetime(held) {}
    }

    @Test func sameInputSameOutputByteForByte() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        let first = site.folder.appendingPathComponent("first")
        let second = site.folder.appendingPathComponent("second")
        _ = site.build(output: first)
        _ = site.build(output: second)
        let files = try FileManager.default.subpathsOfDirectory(atPath: first.path).sorted()
        #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: second.path).sorted()))
        for file in files {
            let a = FileManager.default.contents(atPath: first.appendingPathComponent(file).path)
            let b = FileManager.default.contents(atPath: second.appendingPathComponent(file).path)
            #expect(a == b, "\(file) differs")
        }
    }
}
