import Content
import Diagnostics
import Foundation
import Build
import TestSupport

/// A fixture site on disk, built with `SiteBuild` into its own `output/`.
struct FixtureSite {
    let folder: URL
    var output: URL { folder.appendingPathComponent("output") }

    init(_ files: String) throws {
        folder = try SiteFixture(files).write()
    }

    func build(asOf: String = "2025-01-15", drafts: Bool = false, output: URL? = nil,
               baseURL: String? = nil, allowHistoryEdit: Bool = false, locked: Bool = false) -> BuildOutcome {
        var options = BuildOptions(source: folder, output: output ?? self.output, asOf: EffectiveDate(asOf)!,
                                   includeDrafts: drafts, baseURL: baseURL, allowHistoryEdit: allowHistoryEdit)
        options.locked = locked
        return SiteBuild.run(options)
    }

    /// `policygen.lock` as the builds left it.
    var lockFile: URL { folder.appendingPathComponent("policygen.lock") }

    func lockText() throws -> String {
        try String(contentsOf: lockFile, encoding: .utf8)
    }

    func page(_ path: String) throws -> HTMLDocument {
        try HTMLDocument(contentsOf: output.appendingPathComponent(path))
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file under the output, relative to it, sorted.
    func outputFiles() -> [String] {
        let base = output.standardizedFileURL.path
        let walker = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    /// Every output file with its bytes, to tell whether a build changed anything.
    func snapshot() -> [String: Data] {
        Dictionary(uniqueKeysWithValues: outputFiles().map {
            ($0, FileManager.default.contents(atPath: output.appendingPathComponent($0).path) ?? Data())
        })
    }

    /// The paths whose contents differ between two snapshots (added and removed included).
    static func changes(from before: [String: Data], to after: [String: Data]) -> [String] {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    func remove() { try? TemporaryDirectory.remove(folder) }

    /// Pages of `standard`: the home page and 404.html, then per language (3) its home, and per
    /// policy its current page and history; privacy's versions (3, or 4 with the draft) and its
    /// comparisons (2 while v2 is current: v1...v2 and v2...v3); terms' 1 version.
    static func pageCount(privacyVersions: Int = 3, comparisons: Int = 2) -> Int {
        2 + 3 * (1 + (2 + privacyVersions + comparisons) + (2 + 1))
    }

    /// Built on a day when v2 is current (as most tests do).
    static let standardPageCount = pageCount()
    /// With `--drafts` on 2026-01-01: the draft v4 is current; the 3 consecutive pairs and
    /// v1...v4, v2...v4 are compared.
    static let standardPageCountWithDrafts = pageCount(privacyVersions: 4, comparisons: 5)

    /// A three-language site: privacy with two published versions, one upcoming and one draft;
    /// terms in English only.
    static let standard = """
    -- policygen.yaml --
    title:
      en: Fixture Policies
      ja: フィクスチャ
    base_url: https://policies.example.com/legal/
    default_language: en
    languages:
      - code: en
        name: English
      - code: ja
        name: 日本語
      - code: ar
        name: العربية
    -- content/privacy/policy.yaml --
    order: 1
    -- content/privacy/v1/en.md --
    ---
    title: Privacy Policy
    effective: 2024-01-01
    description: How Fixture Co. handles personal data.
    ---
    ## Data we collect

    We collect your **name**.

    ### Account data

    Details.

    ## Contact us {#contact}

    Write to us.
    -- content/privacy/v2/en.md --
    ---
    title: Privacy Policy
    effective: 2024-09-01
    summary: Shorter retention.
    ---
    ## Data we collect

    We collect your name and email address.

    <script>alert("owned")</script>

    | Data | Kept for |
    | --- | --- |
    | Account | 6 months |

    ## Contact us {#contact}

    Write to us.
    -- content/privacy/v2/ja.md --
    ---
    title: プライバシーポリシー
    effective: 2024-09-01
    ---
    ## 収集するデータ

    氏名とメールアドレスを収集します。

    ## お問い合わせ {#contact}

    ご連絡ください。
    -- content/privacy/v3/en.md --
    ---
    title: Privacy Policy
    effective: 2025-06-01
    summary: A new right.
    ---
    ## Data we collect

    Less than before.
    -- content/privacy/v4/en.md --
    ---
    title: Privacy Policy
    effective: 2025-12-01
    draft: true
    ---
    ## Draft section

    Not yet.
    -- content/terms/v1/en.md --
    ---
    title: Terms of Service
    effective: 2023-05-01
    ---
    ## Using the service

    Be kind.
    """
}

extension BuildOutcome {
    /// The diagnostics without those of the quality checks (PG2xx), which fixtures made for
    /// other purposes trigger (raw HTML, untranslated versions): what a test of loading,
    /// validation or writing looks at.
    var buildProblems: [Diagnostic] {
        diagnostics.filter { !$0.code.rawValue.hasPrefix("PG2") }
    }
}
