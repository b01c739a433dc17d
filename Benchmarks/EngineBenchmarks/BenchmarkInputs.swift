import Markdown

/// The generated inputs shared by several benchmarks, each made on first use: in a
/// benchmark's first (warm-up) iteration, before `startMeasurement()`.
enum BenchmarkInputs {
    /// The Markdown body of a policy of about 23 KB, the size of the corpus's documents.
    static let policyBody: String = {
        var text = PolicyText(seed: 2026)
        return PolicyText.markdown(text.document(bytes: 23_000))
    }()

    /// The same policy as a whole content file, front-matter first.
    static let policyFile = PolicyFile.text(
        title: "Privacy Policy", effective: "2025-03-01",
        summary: "We now keep usage logs for twelve months instead of six.", body: policyBody)

    /// The policy rendered, as the Site stage receives it.
    static let renderedPolicy = render(policyBody)

    static func render(_ markdown: String, path: String = "content/privacy/v1/en.md") -> RenderedDocument {
        MarkdownRenderer.render(MarkdownSource(text: markdown, path: path), options: MarkdownOptions()).document
    }
}
