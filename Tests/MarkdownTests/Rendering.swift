import Config
import Diagnostics
import Markdown

/// Renders a body the way most tests need it.
func render(_ text: String, unsafeHTML: Bool = false, tocDepth: Int = 3, firstLine: Int = 1,
            variables: VariableTree = VariableTree())
    -> (document: RenderedDocument, diagnostics: [Diagnostic]) {
    MarkdownRenderer.render(MarkdownSource(text: text, path: "content/privacy/v1/en.md", firstLine: firstLine,
                                           variables: variables),
                            options: MarkdownOptions(unsafeHTML: unsafeHTML, tocDepth: tocDepth))
}

func html(_ text: String, unsafeHTML: Bool = false) -> String {
    render(text, unsafeHTML: unsafeHTML).document.html
}
