import Diagnostics
import Mustache

/// The theme's Mustache templates (`templates/*.mustache`), parsed once.
/// A template is named by its path under `templates/` without the extension; partials and
/// parents (`{{> toc}}`, `{{< layout}}`) refer to those names.
public struct PageTemplates: Sendable {
    /// Templates every theme must provide, one per page kind plus the shared layout.
    public static let required = ["layout", "home", "language", "document", "history", "compare", "not-found"]

    private let library: MustacheLibrary

    /// Parses every template of `theme`. Problems go to `diagnostics`; the templates that
    /// parsed are kept, so the rest of the site can still be checked.
    public init(theme: ThemeFiles, diagnostics: inout [Diagnostic]) {
        var library = MustacheLibrary()
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
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(.error(
                    .templateSyntax,
                    at: SourceLocation(path: file.origin, line: error.context.lineNumber, column: error.context.columnNumber),
                    "template syntax: \(error.error)"))
            } catch {
                problems.append(.error(.templateSyntax, at: SourceLocation(path: file.origin), "template syntax: \(error)"))
            }
        }
        for name in Self.required where library.getTemplate(named: name) == nil && !problems.contains(where: {
            $0.location.path.hasSuffix("templates/\(name).mustache")
        }) {
            problems.append(.error(.missingTemplate, at: SourceLocation(path: "\(ThemeFiles.themesFolder)/\(theme.name)/templates/\(name).mustache"),
                                   "the theme has no template '\(name)'"))
        }
        diagnostics += problems
        self.library = library
    }

    /// Renders `template` with `context`. Values are HTML-escaped unless the template
    /// writes them with triple braces, which the default theme does only for HTML we made.
    public func render(_ template: String, context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// Renders `template` with a page's model, and below it the values every page has: a name
    /// the page does not have is looked up in `chrome`.
    public func render(_ template: String, page: some TemplateModel, chrome: some TemplateModel) -> String {
        library.render(PageValues(page: page, chrome: chrome), withTemplate: template) ?? ""
    }
}

/// A page's values over those of every page.
private struct PageValues<Page: TemplateModel, Chrome: TemplateModel>: MustacheParent {
    let page: Page
    let chrome: Chrome

    func child(named name: String) -> Any? {
        page.child(named: name) ?? chrome.child(named: name)
    }
}
