import Diagnostics
import Testing
@testable import Theme

/// Typed models through the renderer: each property read as its type says, once decided.
@Suite struct TemplateModelTests {
    struct Entry: TemplateModel {
        var name: String
        var isNew: Bool
        static let fields = TemplateFields<Entry>(["name": \.name, "is_new": \.isNew])
    }

    struct Page: TemplateModel {
        var title: String
        var note: String?
        var entries: [Entry]
        var first: Entry
        var count: Int
        var labels: [String: String]
        static let fields = TemplateFields<Page>([
            "title": \.title, "note": \.note, "entries": \.entries, "first": \.first, "count": \.count, "labels": \.labels,
        ])
    }

    struct Chrome: TemplateModel {
        var title: String
        var lang: String
        static let fields = TemplateFields<Chrome>(["title": \.title, "lang": \.lang])
    }

    static func render(_ template: String, _ page: Page) throws -> String {
        let nodes = try TemplateParser.parse(template)
        let root = ["page": page] as [String: Any]
        var renderer = TemplateRenderer(templates: [:], root: .object(root), capacity: 64)
        renderer.render(nodes)
        return String(decoding: renderer.output, as: UTF8.self)
    }

    static let page = Page(title: "Terms & <Conditions>", note: nil,
                           entries: [Entry(name: "a", isNew: true), Entry(name: "b", isNew: false)],
                           first: Entry(name: "x", isNew: false), count: 3, labels: ["more": "Mehr"])

    @Test func propertiesAreReadByTheirType() throws {
        let output = try Self.render("""
            {{#page}}{{title}}|{{count}}|{{first.name}}|{{labels.more}}|\
            {{#entries}}[{{name}}{{#is_new}}*{{/is_new}}{{^is_new}}-{{/is_new}}]{{/entries}}|\
            {{#note}}note{{/note}}{{^note}}no note{{/note}}|{{missing}}|{{first.missing}}{{/page}}
            """, Self.page)
        #expect(output == "Terms &amp; &lt;Conditions&gt;|3|x|Mehr|[a*][b-]|no note||")
    }

    @Test func anOptionalThatHoldsAValueIsThatValue() throws {
        var page = Self.page
        page.note = "Read <this>"
        #expect(try Self.render("{{#page}}{{#note}}[{{.}}]{{/note}}{{{note}}}{{/page}}", page) == "[Read &lt;this&gt;]Read <this>")
    }

    @Test func aNameThePageLacksIsTheChromes() throws {
        var files = ThemeFiles.builtIn.files
        files["templates/probe.mustache"] = ThemeFiles.File(bytes: Array("{{lang}}/{{title}}".utf8),
                                                           origin: "themes/hand/templates/probe.mustache")
        var diagnostics: [Diagnostic] = []
        let templates = PageTemplates(theme: ThemeFiles(name: "hand", files: files), diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        let bytes = templates.render("probe", page: Self.page, chrome: Chrome(title: "Site", lang: "fr"))
        #expect(String(decoding: bytes, as: UTF8.self) == "fr/Terms &amp; &lt;Conditions&gt;", "the page's own title first")
    }
}
