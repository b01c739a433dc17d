import Diagnostics

/// The theme's Mustache templates (`templates/*.mustache`), parsed once.
/// A template is named by its path under `templates/` without the extension; partials and
/// parents (`{{> toc}}`, `{{< layout}}`) refer to those names.
///
/// Parsed and rendered by our own `TemplateParser` and `TemplateRenderer` (docs/themes.md says
/// why: swift-mustache took a quarter of a build's time), which pass the Mustache
/// specification's tests.
public struct PageTemplates: Sendable {
    /// Templates every theme must provide, one per page kind plus the shared layout.
    public static let required = ["layout", "standalone", "home", "language", "document", "history", "compare", "not-found"]

    private let library: [String: [TemplateNode]]

    /// Parses every template of `theme`. Problems go to `diagnostics`; the templates that
    /// parsed are kept, so the rest of the site can still be checked.
    public init(theme: ThemeFiles, diagnostics: inout [Diagnostic]) {
        var library: [String: [TemplateNode]] = [:]
        var problems: [Diagnostic] = []
        for path in theme.paths(under: "templates/") where path.hasSuffix(".mustache") {
            let file = theme.file(path)!
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            let text: String
            switch SourceText.decode(file.bytes, path: file.origin) {
            case .failure(let problem):
                problems.append(problem)
                continue
            case .success(let decoded):
                text = decoded
            }
            do {
                library[name] = try TemplateParser.parse(text)
            } catch {
                problems.append(.error(.templateSyntax, at: SourceLocation(path: file.origin, line: error.line, column: error.column),
                                       "template syntax: \(error.message)"))
            }
        }
        for name in Self.required where library[name] == nil && !problems.contains(where: {
            $0.location.path.hasSuffix("templates/\(name).mustache")
        }) {
            problems.append(.error(.missingTemplate, at: SourceLocation(path: "\(ThemeFiles.themesFolder)/\(theme.name)/templates/\(name).mustache"),
                                   "the theme has no template '\(name)'"))
        }
        diagnostics += problems
        self.library = library
    }

    /// Whether the theme has a template called `name`.
    public func has(_ name: String) -> Bool { library[name] != nil }

    /// Renders `template` with `context`. Values are HTML-escaped unless the template
    /// writes them with triple braces, which the default theme does only for HTML we made.
    public func render(_ template: String, context: [String: Any]) -> String {
        String(decoding: bytes(template, root: context, capacity: 1024), as: UTF8.self)
    }

    /// Renders `template` with a page's model, and below it the values every page has: a name
    /// the page does not have is looked up in `chrome`. `capacity`: about how many bytes the
    /// page will have (its text's, and a few kilobytes more).
    /// `layout`: the template that `{{< layout}}` names for this page, when not `layout` itself
    /// (`standalone`, a page with no site around it).
    public func render(_ template: String, page: some TemplateModel, chrome: some TemplateModel, layout: String = "layout",
                       capacity: Int = 16_384) -> [UInt8] {
        var templates = library
        if layout != "layout" { templates["layout"] = library[layout] }
        return bytes(template, root: PageValues(page: page, chrome: chrome), templates: templates, capacity: capacity)
    }

    private func bytes(_ template: String, root: any TemplateObject, templates: [String: [TemplateNode]]? = nil,
                       capacity: Int) -> [UInt8] {
        guard let nodes = library[template] else { return [] }
        var renderer = TemplateRenderer(templates: templates ?? library, root: .object(root), capacity: capacity)
        renderer.render(nodes)
        return renderer.output
    }
}

/// A page's values over those of every page.
private struct PageValues<Page: TemplateModel, Chrome: TemplateModel>: TemplateObject {
    let page: Page
    let chrome: Chrome

    func value(for key: TemplateKey) -> TemplateValue? {
        page.value(for: key) ?? chrome.value(for: key)
    }
}
