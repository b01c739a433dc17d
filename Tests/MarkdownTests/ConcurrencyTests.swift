import Markdown
import Testing

/// cmark-gfm keeps its inline special characters in a process-wide table that parsers with
/// the strikethrough and autolink extensions change; without the lock, concurrent renders
/// sometimes leave `~~strike~~` and bare URLs as plain text.
@Suite struct ConcurrencyTests {
    private static let body = """
        ## Changes {#changes}

        We ~~sell~~ never sell data. See https://example.org/privacy or www.example.com.

        | Data | Kept |
        |---|---|
        | Logs | ~~90~~ 30 days |

        - [x] Reviewed[^1]

        [^1]: By counsel, see https://example.org/review.

        """

    @Test func concurrentRendersMatchTheSequentialResult() async {
        let options = MarkdownOptions()
        let source = MarkdownSource(text: Self.body, path: "content/privacy/v1/en.md")
        let expected = MarkdownRenderer.render(source, options: options).document
        // The reference itself must show the extensions at work.
        #expect(expected.html.contains("<del>sell</del>"))
        #expect(expected.html.contains("<a href=\"https://example.org/privacy\">"))
        #expect(expected.html.contains("<a href=\"http://www.example.com\">"))

        for _ in 0..<16 {
            let results = await withTaskGroup(of: RenderedDocument.self) { group in
                for _ in 0..<64 {
                    group.addTask { MarkdownRenderer.render(source, options: options).document }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.count == 64)
            let mismatches = results.filter { Array($0.html.utf8) != Array(expected.html.utf8) || $0 != expected }
            #expect(mismatches.isEmpty, "\(mismatches.count) of 64 differ")
        }
    }
}
