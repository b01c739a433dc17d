import Foundation
import Markdown
import Testing
import TestSupport

/// `policygen diff`: every format, exit codes, unknown names, languages and drafts.
@Suite struct DiffCommandTests {
    /// Version 2 changes one word in a bold phrase, inserts a paragraph and deletes a list
    /// item; version 3 is a draft. Japanese exists for version 1 only. No base_url: a
    /// comparison does not need the site's address.
    static let site = """
    -- policygen.yaml --
    title: Diff Policies
    default_language: en
    languages: [en, ja]
    -- content/privacy/v1/en.md --
    ---
    title: Privacy
    effective: 2024-01-01
    ---
    ## Retention

    We keep **account data for 12 months** after closure.

    We delete:

    - invoices
    - support messages
    - logs
    -- content/privacy/v1/ja.md --
    ---
    title: プライバシー
    effective: 2024-01-01
    ---
    ## 保存

    アカウント情報は閉鎖後12か月保存します。
    -- content/privacy/v2/en.md --
    ---
    title: Privacy
    effective: 2025-01-01
    summary: Shorter retention & a backup period.
    ---
    ## Retention

    We keep **account data for 6 months** after closure.

    Backups are deleted after 30 days.

    We delete:

    - invoices
    - logs
    -- content/privacy/v3/en.md --
    ---
    title: Privacy
    effective: 2026-01-01
    draft: true
    ---
    ## Retention

    We keep **account data for 3 months** after closure.

    Backups are deleted after 30 days.

    We delete:

    - invoices
    - logs
    -- content/terms/v1/en.md --
    ---
    title: Terms
    effective: 2024-01-01
    ---
    Terms text.
    """

    private func diff(_ arguments: [String], noColor: Bool = true) throws -> PolicygenCommand.Result {
        let folder = try SiteFixture(Self.site).write()
        defer { try? TemporaryDirectory.remove(folder) }
        return try PolicygenCommand.run(["diff"] + arguments + ["--source", folder.path], noColor: noColor)
    }

    @Test func terminalFormatMarksTheChangedWordAndPrefixesWholeBlocks() throws {
        let result = try diff(["privacy", "v1", "v2"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput == """
            privacy v1 (2024-01-01) → v2 (2025-01-01), en: 7 words added, 3 words removed
            Sections changed: Retention

            @@ Retention @@
              We keep account data for [-12-]{+6+} months after closure.
            + Backups are deleted after 30 days.
            - * support messages

            """)
    }

    @Test func aPipeGetsPlainMarkersEvenWithoutNoColor() throws {
        let result = try diff(["privacy", "v1", "v2", "--format", "terminal"], noColor: false)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("  We keep account data for [-12-]{+6+} months after closure.\n"))
        #expect(!result.standardOutput.contains("\u{1B}["), "no colour codes outside a terminal")
    }

    @Test func htmlFormatIsAStandalonePageWithTheRedline() throws {
        let result = try diff(["privacy", "v1", "v2", "--format", "html"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"))
        let page = try HTMLDocument(result.standardOutput)
        #expect(try page.strings("//meta/@charset") == ["utf-8"])
        #expect(try page.first("//title")?.text == "Privacy — Compare v1 → v2")
        #expect(try page.first("//style")?.text.contains(".redline ins") == true)
        #expect(try page.first("//div[contains(@class,'redline')]//p/strong/del")?.text == "12")
        #expect(try page.first("//div[contains(@class,'redline')]//p/strong/ins")?.text == "6")
        #expect(try page.first("//div[contains(@class,'redline')]//p[@class='pg-inserted']/ins")?.text == "Backups are deleted after 30 days.")
        #expect(try page.first("//div[contains(@class,'redline')]//li[contains(@class,'pg-deleted')]/del")?.text == "support messages")
        #expect(try page.strings("//dl[@class='comparison-versions']//time/@datetime") == ["2024-01-01", "2025-01-01"])
        #expect(try page.first("//dl[@class='comparison-versions']/dd[2]")?.text.contains("Shorter retention & a backup period.") == true)
        #expect(result.standardOutput.contains("Shorter retention &amp; a backup period."), "values are escaped")
        #expect(try page.strings("//section[@class='comparison-summary']//a/@href") == ["#retention"])
        #expect(try page.select("//script").isEmpty)
    }

    @Test func jsonFormatFollowsTheDocumentedSchema() throws {
        let result = try diff(["privacy", "v1", "v2", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasSuffix("}\n"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(report["policy"] as? String == "privacy")
        #expect(report["language"] as? String == "en")
        let old = try #require(report["old"] as? [String: Any]), new = try #require(report["new"] as? [String: Any])
        #expect(old["id"] as? String == "v1" && old["effective"] as? String == "2024-01-01" && old["title"] as? String == "Privacy")
        #expect(old["summary"] is NSNull)
        #expect(new["id"] as? String == "v2" && new["summary"] as? String == "Shorter retention & a backup period.")
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["words_added"] as? Int == 7 && summary["words_removed"] as? Int == 3)
        #expect((summary["changed"] as? [[String: Any]])?.first?["heading"] as? String == "Retention")
        #expect((summary["added"] as? [Any])?.isEmpty == true)
        let blocks = try #require(report["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["change"] as? String } == ["changed", "inserted", "deleted"])
        #expect(blocks.map { $0["kind"] as? String } == ["paragraph", "paragraph", "list_item"])
        #expect(blocks.map { $0["section"] as? String } == ["retention", "retention", "retention"])
        let runs = try #require(blocks[0]["runs"] as? [[String: String]])
        #expect(runs.filter { $0["op"] != "equal" } == [["op": "deleted", "text": "12"], ["op": "inserted", "text": "6"]])
        #expect(runs.map { $0["text"]! }.joined() == "We keep account data for 126 months after closure.")
        #expect(blocks[1]["text"] as? String == "Backups are deleted after 30 days.")
        #expect(blocks[1]["new_index"] as? Int == 2 && blocks[1]["old_index"] is NSNull)
        #expect(blocks[2]["text"] as? String == "support messages")
        #expect(blocks[2]["old_index"] as? Int == 4 && blocks[2]["new_index"] is NSNull)
    }

    @Test func markdownFormatRendersBackWithItsMarksAndFormatting() throws {
        let result = try diff(["privacy", "v1", "v2", "--format", "markdown"])
        #expect(result.status == 0, "\(result.standardError)")
        let html = MarkdownRenderer.render(MarkdownSource(text: result.standardOutput, path: "diff.md"),
                                           options: MarkdownOptions(html: .trusted)).document.html
        let page = try HTMLDocument(html)
        #expect(try page.first("//h1")?.text == "Privacy")
        #expect(try page.first("//p/strong/del")?.text == "12")
        #expect(try page.first("//p/strong/ins")?.text == "6")
        #expect(try page.first("//p/strong")?.text == "account data for 126 months")
        #expect(try page.first("//p/ins")?.text == "Backups are deleted after 30 days.")
        #expect(try page.strings("//ul/li") == ["invoices", "support messages", "logs"], "the deleted item stays where it stood")
        #expect(try page.first("//ul/li[2]/del")?.text == "support messages")
    }

    @Test func exitCodeSaysWhetherTheVersionsDiffer() throws {
        #expect(try diff(["privacy", "v1", "v2", "--exit-code"]).status == 1)
        let same = try diff(["privacy", "v1", "v1", "--exit-code"])
        #expect(same.status == 0)
        #expect(same.standardOutput.contains("The two versions read the same."))
        #expect(try diff(["privacy", "v1", "v2"]).status == 0, "without --exit-code a diff produced is success")
        #expect(try diff(["privacy", "v1", "v2", "--format", "json", "--exit-code"]).status == 1, "in every format")
    }

    @Test func anUnknownPolicyIsAUsageErrorNamingThePolicies() throws {
        let result = try diff(["privaci", "v1", "v2"])
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "policygen: there is no policy 'privaci'; the policies are: privacy, terms\n")
    }

    @Test func anUnknownVersionIsAUsageErrorNamingTheVersionsAndTheirDates() throws {
        for arguments in [["privacy", "v0", "v2"], ["privacy", "v1", "v4"]] {
            let result = try diff(arguments)
            #expect(result.status == 64)
            #expect(result.standardError.hasSuffix(
                "; its versions are: v1 (2024-01-01), v2 (2025-01-01), v3 (2026-01-01)\n"), "\(result.standardError)")
        }
        #expect(try diff(["privacy", "v0", "v2"]).standardError.hasPrefix("policygen: privacy has no version 'v0'"))
    }

    @Test func anUnknownOrMalformedLanguageIsAUsageErrorNamingTheLanguages() throws {
        let unknown = try diff(["privacy", "v1", "v2", "--lang", "de"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("'de'") && unknown.standardError.hasSuffix("languages are: en, ja\n"))
        let malformed = try diff(["privacy", "v1", "v2", "--lang", "en_US"])
        #expect(malformed.status == 64)
        #expect(malformed.standardError.hasSuffix("languages are: en, ja\n"))
        #expect(try diff(["privacy", "v1", "v2", "--format", "pdf"]).status == 64)
    }

    @Test func aMissingTranslationComparesTheDefaultTextsWithANote() throws {
        let result = try diff(["privacy", "v1", "v2", "--lang", "ja"])
        #expect(result.status == 0)
        #expect(result.standardError == "policygen: note: privacy v2 has no 'ja' text; comparing the 'en' texts\n")
        #expect(result.standardOutput.hasPrefix("privacy v1 (2024-01-01) → v2 (2025-01-01), en: "))
        #expect(result.standardOutput.contains("[-12-]{+6+}"), "the English texts are compared")
        let japanese = try diff(["privacy", "v1", "v1", "--lang", "ja"])
        #expect(japanese.standardError.isEmpty)
        #expect(japanese.standardOutput.hasPrefix("privacy v1 (2024-01-01) → v1 (2024-01-01), ja: "))
    }

    @Test func draftsAreCompared() throws {
        let result = try diff(["privacy", "v2", "v3"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("  We keep account data for [-6-]{+3+} months after closure.\n"))
    }

    @Test func theNewerVersionMayComeFirst() throws {
        let result = try diff(["privacy", "v2", "v1"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.contains("  We keep account data for [-6-]{+12+} months after closure.\n"))
        #expect(result.standardOutput.contains("+ * support messages\n"))
    }

    @Test func aSiteWithErrorsIsReportedAndNothingCompared() throws {
        var fixture = SiteFixture(Self.site)
        fixture.files.append(("content/terms/v2/en.md", "---\ntitle: Terms\neffective: 2025-01-01\nefective: typo\n---\nText.\n"))
        let folder = try fixture.write()
        defer { try? TemporaryDirectory.remove(folder) }
        let result = try PolicygenCommand.run(["diff", "privacy", "v1", "v2", "--source", folder.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("content/terms/v2/en.md:4:1: error:"), "\(result.standardError)")
        #expect(result.standardError.hasSuffix("policygen: 1 error in the site; nothing was compared\n"))
    }
}
