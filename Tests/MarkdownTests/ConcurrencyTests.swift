import Config
import Markdown
import Testing

/// cmark-gfm keeps its inline special characters in a process-wide table that parsers with
/// the strikethrough and autolink extensions change while they parse; without the lock,
/// concurrent renders sometimes leave `~~strike~~` and bare URLs as plain text. Only the parse
/// holds the lock: the trees are read, changed and rendered outside it, at the same time.
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

    /// Texts whose trees are read in every way at once: footnotes and tables, raw HTML marked
    /// for the sanitizer, variables put in, and a text nested past what its blocks keep, whose
    /// HTML cmark-gfm's own renderer writes (outside the lock too).
    @Test func differentTextsReadAtOnceMatchTheirSequentialResults() async {
        let deep = String(repeating: "> ", count: 130) + "Deep ~~quote~~ at www.example.org.\n"
        let sources = [
            MarkdownSource(text: Self.body, path: "content/privacy/v1/en.md"),
            MarkdownSource(text: deep + "\n" + Self.body, path: "content/privacy/v2/en.md"),
            MarkdownSource(text: "### Contact\n\nWrite to <b>{{ company.name }}</b> ~~now~~ at https://example.org.\n\n"
                + "| A | B |\n|:-|-:|\n| <i>x</i> | ~~y~~ |\n",
                path: "content/terms/v1/en.md",
                variables: VariableTree(["company": .map(VariableTree(["name": .text("Example Ltd")]))])),
        ]
        let options = MarkdownOptions()
        let expected = sources.map { MarkdownRenderer.render($0, options: options) }
        #expect(expected[1].document.html.contains("<blockquote>"))
        #expect(expected[1].document.html.contains("<del>quote</del>"))
        #expect(expected[2].document.html.contains("Example Ltd"))
        #expect(expected[2].document.html.contains("<del>y</del>"))

        for _ in 0..<8 {
            let results = await withTaskGroup(of: (Int, RenderedDocument, [String]).self) { group in
                for round in 0..<48 {
                    let index = round % sources.count
                    group.addTask {
                        let (document, diagnostics) = MarkdownRenderer.render(sources[index], options: options)
                        return (index, document, diagnostics.map(\.description))
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.count == 48)
            let mismatches = results.filter { index, document, diagnostics in
                document != expected[index].document || diagnostics != expected[index].diagnostics.map(\.description)
            }
            #expect(mismatches.isEmpty, "\(mismatches.count) of 48 differ")
        }
    }
}
