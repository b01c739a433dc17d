import Config
import Diagnostics
import Localization
import Markdown
import Outline
import Theme

/// What the Site stage hands the `document` template for a policy's page: the same keys,
/// with the built-in theme's English strings, a rendered body and ten versions. Made here by
/// hand because the Site stage builds it in an internal type (`SiteRenderer`).
enum DocumentPageContext {
    static let templates: PageTemplates = {
        var diagnostics: [Diagnostic] = []
        return PageTemplates(theme: .builtIn, diagnostics: &diagnostics)
    }()

    static let strings: InterfaceStrings = {
        var diagnostics: [Diagnostic] = []
        let file = ThemeFiles.builtIn.file("i18n/en.yaml")!
        return InterfaceStrings.parse(String(decoding: file.bytes, as: UTF8.self), path: file.origin,
                                      language: LanguageCode(rawValue: "en")!, diagnostics: &diagnostics)!
    }()

    static func make(for document: RenderedDocument) -> [String: Any] {
        let date: [String: Any] = ["iso": "2025-03-01", "text": "1 March 2025",
                                   "html": "<time datetime=\"2025-03-01\">1 March 2025</time>"]
        return [
            "lang": "en", "dir": "ltr", "og_locale": "en",
            "site_title": "Example Corp Policies", "page_title": "Privacy Policy — Example Corp Policies",
            "description": "How we process personal data.",
            "canonical": "https://policies.example.com/en/privacy/",
            "stylesheet": "../../assets/style.css", "favicon": "../../assets/favicon.svg",
            "home_url": "../../", "language_home_url": "../",
            "strings": strings.values,
            "languages": ["en", "de", "fr"].map { code -> [String: Any] in
                ["code": code, "name": code, "dir": "ltr", "url": "../../\(code)/privacy/", "is_current": code == "en"]
            },
            "feeds": [["url": "../feed.xml", "title": "Policy updates"]],
            "title": "Privacy Policy",
            "body": document.html,
            "toc": ["entries": tocEntries(document.tableOfContents.entries)],
            "has_toc": !document.tableOfContents.isEmpty,
            "content_lang": "en", "content_dir": "ltr",
            "version_id": "v10", "status": "current",
            "effective": date,
            "effective_html": strings.html("effective_on", ["date": date["html"] as! String]),
            "summary": "We now keep usage logs for twelve months instead of six.",
            "is_current_page": true,
            "current_url": "./", "permalink": "v10/", "history_url": "history/",
            "compare_previous_url": "compare/v09...v10/",
            "sha256": String(repeating: "5e", count: 32),
            "versions": (1...10).reversed().map { number -> [String: Any] in
                ["id": "v\(number)", "url": "v\(number)/", "effective": date,
                 "status": number == 10 ? "current" : "superseded",
                 "status_label": strings[number == 10 ? "status_current" : "status_superseded"],
                 "is_this": number == 10]
            },
            "notices": [[String: Any]](),
        ]
    }

    private static func tocEntries(_ entries: [TableOfContents.Entry]) -> [[String: Any]] {
        entries.map { entry in
            ["id": entry.heading.id, "text": entry.heading.text,
             "entries": tocEntries(entry.children), "has_entries": !entry.children.isEmpty]
        }
    }
}
