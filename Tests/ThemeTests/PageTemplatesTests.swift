import Diagnostics
import Foundation
import TestSupport
import Testing
// Internal access only to build a theme by hand: through `ThemeFiles.load` a site can add
// or replace files but never remove a built-in one, so a theme without a required template
// cannot be made any other way.
@testable import Theme

@Suite struct PageTemplatesTests {
    /// The theme `name` of a site made from `fixture`, and its templates.
    private static func templates(_ name: String = "default", fixture: String) throws
        -> (templates: PageTemplates?, diagnostics: [Diagnostic]) {
        let site = try SiteFixture(fixture).write()
        defer { try? TemporaryDirectory.remove(site) }
        var diagnostics: [Diagnostic] = []
        let theme = ThemeFiles.load(name: name, siteFolder: site, configured: SourceLocation(path: "policygen.yaml", line: 7, column: 8), diagnostics: &diagnostics)
        try #require(diagnostics.isEmpty, "loading the theme: \(diagnostics)")
        let templates = PageTemplates(theme: theme, diagnostics: &diagnostics)
        return (templates, diagnostics)
    }

    /// The built-in theme with `path` removed and `extra` added.
    private static func builtIn(without removed: Set<String> = [], adding extra: [String: String] = [:]) -> ThemeFiles {
        var files = ThemeFiles.builtIn.files.filter { !removed.contains($0.key) }
        for (path, text) in extra {
            files[path] = ThemeFiles.File(bytes: Array(text.utf8), origin: "themes/hand/\(path)")
        }
        return ThemeFiles(name: "hand", files: files)
    }

    // MARK: Parsing

    @Test func theBuiltInTemplatesParse() {
        var diagnostics: [Diagnostic] = []
        let templates = PageTemplates(theme: .builtIn, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        // Each page template renders through the layout it extends.
        for name in PageTemplates.required where name != "layout" {
            let html = templates.render(name, context: ["lang": "en", "page_title": "T"])
            #expect(html.hasPrefix("<!DOCTYPE html>"), "\(name)")
            #expect(html.contains("<html lang=\"en\""), "\(name)")
        }
    }

    @Test func anUnclosedSectionIsPG400AtTheSiteTemplate() throws {
        let (_, diagnostics) = try Self.templates(fixture: """
            -- themes/default/templates/document.mustache --
            <h1>{{title}}</h1>
            {{#notices}}
            <p>{{text}}</p>
            """)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.count == 1, "one syntax error, and no 'missing template' on top: \(diagnostics)")
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .templateSyntax)
        #expect(problem.severity == .error)
        #expect(problem.location.path == "themes/default/templates/document.mustache")
        let line = try #require(problem.location.line)
        #expect((2...4).contains(line), "at the section or where the file ends, not \(line)")
        #expect(problem.location.column != nil)
    }

    @Test func aMismatchedSectionEndIsReportedAtItsLine() throws {
        let (_, diagnostics) = try Self.templates("corporate", fixture: """
            -- themes/corporate/templates/home.mustache --
            <h1>{{site_title}}</h1>
            {{#sections}}
            <p>{{name}}</p>{{/policies}}
            """)
        #expect(diagnostics.hasErrors)
        let problem = try #require(diagnostics.first)
        #expect(diagnostics.map(\.code) == [.templateSyntax])
        #expect(problem.location.path == "themes/corporate/templates/home.mustache")
        #expect(problem.location.line == 3)
    }

    @Test func aSyntaxErrorInAnExtraTemplateAlsoFails() throws {
        let (_, diagnostics) = try Self.templates(fixture: """
            -- themes/default/templates/partials/footer.mustache --
            {{#year}}
            """)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.map(\.code) == [.templateSyntax])
        #expect(diagnostics.first?.location.path == "themes/default/templates/partials/footer.mustache")
    }

    @Test func aThemeWithoutTheDocumentTemplateIsPG401() throws {
        var diagnostics: [Diagnostic] = []
        _ = PageTemplates(theme: Self.builtIn(without: ["templates/document.mustache"]),
                          diagnostics: &diagnostics)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.count == 1)
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .missingTemplate)
        #expect(problem.severity == .error)
        #expect(problem.message.contains("'document'"))
        #expect(problem.location.path == "themes/hand/templates/document.mustache", "named in the theme being built")
    }

    @Test func everyMissingRequiredTemplateIsReported() {
        var diagnostics: [Diagnostic] = []
        let theme = Self.builtIn(without: Set(ThemeFiles.builtIn.paths(under: "templates/")))
        _ = PageTemplates(theme: theme, diagnostics: &diagnostics)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.map(\.code) == Array(repeating: .missingTemplate, count: PageTemplates.required.count))
        for name in PageTemplates.required {
            #expect(diagnostics.contains { $0.message.contains("'\(name)'") }, "\(name) not reported")
        }
    }

    @Test func aTemplateThatIsNotUTF8IsPG001() throws {
        var files = ThemeFiles.builtIn.files
        files["templates/home.mustache"] = ThemeFiles.File(bytes: [0x3C, 0x70, 0x3E, 0xE9, 0x0A],
                                                          origin: "themes/hand/templates/home.mustache")
        var diagnostics: [Diagnostic] = []
        _ = PageTemplates(theme: ThemeFiles(name: "hand", files: files), diagnostics: &diagnostics)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.map(\.code) == [.notUTF8], "and not also 'missing home'")
        #expect(diagnostics.first?.location.path == "themes/hand/templates/home.mustache")
    }

    @Test func onlyMustacheFilesUnderTemplatesAreTemplates() throws {
        var diagnostics: [Diagnostic] = []
        let theme = Self.builtIn(adding: ["templates/notes.txt": "{{#unclosed}}",
                                          "assets/x.mustache": "{{#unclosed}}"])
        _ = PageTemplates(theme: theme, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "neither file is parsed: \(diagnostics)")
    }

    // MARK: Rendering

    @Test func doubleBracesEscapeAndTripleBracesDoNot() throws {
        let (templates, _) = try Self.templates(fixture: """
            -- themes/default/templates/probe.mustache --
            [{{value}}][{{{value}}}]
            """)
        let probe = try #require(templates)
        let output = probe.render("probe", context: ["value": "<script>alert(\"x\") & 'y'</script>"])
        #expect(output.hasPrefix("[&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;]"))
        #expect(output.contains("][<script>alert(\"x\") & 'y'</script>]"))
        #expect(!output.contains("[<script>alert(\"x\") & 'y'</script>][<"))
    }

    @Test func aValueThatLooksLikeATagIsShownAsWritten() throws {
        let (templates, _) = try Self.templates(fixture: """
            -- themes/default/templates/probe.mustache --
            [{{value}}][{{{value}}}]
            """)
        let probe = try #require(templates)
        let output = probe.render("probe", context: ["value": "{{other}} {{{other}}} {{#list}}x{{/list}}",
                                                     "other": "RENDERED", "list": [1]])
        #expect(output == "[{{other}} {{{other}}} {{#list}}x{{/list}}][{{other}} {{{other}}} {{#list}}x{{/list}}]\n")
        #expect(!output.contains("RENDERED"))
    }

    @Test func aSiteTemplateExtendsTheBuiltInLayout() throws {
        let (templates, _) = try Self.templates(fixture: """
            -- themes/default/templates/probe.mustache --
            {{< layout}}{{$main}}<p id="probe">{{value}}</p>{{/main}}{{/layout}}
            """)
        let probe = try #require(templates)
        let output = probe.render("probe", context: ["value": "a < b", "lang": "en"])
        #expect(output.contains("<p id=\"probe\">a &lt; b</p>"))
        #expect(output.lowercased().contains("<html"), "the built-in layout wraps the page")
    }

    @Test func partialsAreNamedByTheirPathUnderTemplates() throws {
        let (templates, _) = try Self.templates(fixture: """
            -- themes/default/templates/probe.mustache --
            <ul>{{#items}}{{> parts/item}}{{/items}}</ul>
            -- themes/default/templates/parts/item.mustache --
            <li>{{.}}</li>
            """)
        let probe = try #require(templates)
        let output = probe.render("probe", context: ["items": ["a", "<b>"]])
        #expect(output.contains("<li>a</li>"))
        #expect(output.contains("<li>&lt;b&gt;</li>"))
    }
}
