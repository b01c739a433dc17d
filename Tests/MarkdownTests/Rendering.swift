import Config
import Diagnostics
import Markdown

/// Renders a body the way most tests need it.
func render(_ text: String, mode: HTMLMode = .safe, tocDepth: Int = 3, firstLine: Int = 1,
            variables: VariableTree = VariableTree())
    -> (document: RenderedDocument, diagnostics: [Diagnostic]) {
    MarkdownRenderer.render(MarkdownSource(text: text, path: "content/privacy/v1/en.md", firstLine: firstLine,
                                           variables: variables),
                            options: MarkdownOptions(html: mode, tocDepth: tocDepth))
}

func html(_ text: String, mode: HTMLMode = .safe) -> String {
    render(text, mode: mode).document.html
}
