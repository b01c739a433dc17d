import BuildCache
import Diagnostics
import Markdown
import Outline
import Testing
import Texts

@Suite struct CacheCodingTests {
    /// A text with every kind of block, span and mark, rendered by cmark-gfm.
    static let source = """
        # Terms {#terms}

        Intro with *emphasis*, **strong**, ~~gone~~, `code`, [a link](https://example.com "title"),
        ![an image](logo.png "Logo") and a footnote.[^1]\\
        After a hard break.

        ## Lists

        1. first
        2. second
           - [ ] open task
           - [x] done task

        > Quoted text

        | left | centre | right |
        |:-----|:------:|------:|
        | a    | b      | c     |

        ```swift
        let x = 1
        ```

        ---

        <div>raw, see <a href="@/terms#liability">the terms</a></div>

        Negative numbers stay: -1, and émoji 🙂 and 日本語.

        [^1]: The footnote.
        """

    @Test func renderedDocumentSurvivesTheRoundTrip() throws {
        let (document, _) = MarkdownRenderer.render(MarkdownSource(text: Self.source, path: "content/t/v1/en.md", firstLine: 7),
                                                    options: MarkdownOptions(html: .trusted, tocDepth: 3))
        #expect(document.blocks.count > 10)
        #expect(!document.links.isEmpty)
        #expect(document.htmlSiteLinks.map(\.destination) == ["@/terms#liability"])
        var writer = CacheWriter()
        document.write(to: &writer)
        var reader = CacheReader(writer.bytes)
        let decoded = try RenderedDocument(from: &reader)
        #expect(reader.isAtEnd)
        #expect(decoded == document)
    }

    @Test func diagnosticsSurviveTheRoundTrip() throws {
        let diagnostics = [
            Diagnostic.warning(.placeholder, at: SourceLocation(path: "content/a/v1/de.md", line: 12, column: 4),
                               "a placeholder: '[10]'", hint: "write the value"),
            Diagnostic.error(.brokenSiteLink, at: SourceLocation(path: "content/a/v1/en.md"), "no such policy"),
        ]
        var writer = CacheWriter()
        writer.write(diagnostics) { $0.write($1) }
        var reader = CacheReader(writer.bytes)
        #expect(try reader.array { try $0.diagnostic() } == diagnostics)
        #expect(reader.isAtEnd)
    }

    @Test func integersOfEverySizeAndSign() throws {
        let values = [0, 1, -1, 63, 64, -64, -65, 127, 128, 300, -300, Int.max, Int.min, 1 << 40]
        var writer = CacheWriter()
        for value in values { writer.write(value) }
        var reader = CacheReader(writer.bytes)
        #expect(try values.map { _ in try reader.int() } == values)
    }

    @Test func aCutOrDamagedEntryThrowsInsteadOfDecoding() {
        let (document, _) = MarkdownRenderer.render(MarkdownSource(text: Self.source, path: "x.md"),
                                                    options: MarkdownOptions(html: .none, tocDepth: 3))
        var writer = CacheWriter()
        document.write(to: &writer)
        for cut in [1, writer.bytes.count / 3, writer.bytes.count - 1] {
            var reader = CacheReader(Array(writer.bytes.prefix(cut)))
            #expect(throws: CacheReader.Malformed.self) { try RenderedDocument(from: &reader) }
        }
        var huge = CacheWriter()
        huge.write(1 << 40)   // an array count far beyond the bytes left
        var reader = CacheReader(huge.bytes)
        #expect(throws: CacheReader.Malformed.self) { try reader.array { try $0.int() } }
    }
}
