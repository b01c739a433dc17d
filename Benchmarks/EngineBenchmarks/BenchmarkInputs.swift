import Markdown

/// The generated inputs shared by several benchmarks, each made on first use: in a
/// benchmark's first (warm-up) iteration, before `startMeasurement()`.
enum BenchmarkInputs {
    /// The Markdown body of a policy of about 23 KB, the size of the corpus's documents.
    static let policyBody: String = {
        var text = PolicyText(seed: 2026)
        return PolicyText.markdown(text.document(bytes: 23_000))
    }()

    /// A policy of about 230 KB, ten times the usual size.
    static let longPolicyBody: String = {
        var text = PolicyText(seed: 2027)
        return PolicyText.markdown(text.document(bytes: 230_000))
    }()

    /// The policies with the HTML real ones carry, `html: safe` sanitizing it.
    static let policyBodyWithHTML = withHTML(policyBody)
    static let longPolicyBodyWithHTML = withHTML(longPolicyBody)

    /// Every third paragraph ends with a footnote-like `<sup>`, every fifth holds a `<br>` and an
    /// `<abbr>`, and every twentieth is followed by a `<details>` block holding Markdown.
    static func withHTML(_ markdown: String) -> String {
        var paragraphs = markdown.components(separatedBy: "\n\n")
        for index in paragraphs.indices where !paragraphs[index].hasPrefix("#") && !paragraphs[index].hasPrefix("|") {
            if index % 3 == 0 { paragraphs[index] += "<sup>\(index)</sup>" }
            if index % 5 == 0 { paragraphs[index] = "<abbr title=\"General Data Protection Regulation\">GDPR</abbr>:<br>\n" + paragraphs[index] }
            if index % 20 == 0 { paragraphs[index] += "\n\n<details>\n<summary>More</summary>\n\nA **note**.\n\n</details>" }
        }
        return paragraphs.joined(separator: "\n\n")
    }

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
