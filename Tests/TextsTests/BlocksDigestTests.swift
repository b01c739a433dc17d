import BuildCache
import Markdown
@testable import Texts
import Testing

/// The digest of a text's blocks, kept in its entry's head so that the checks tell two
/// versions' texts apart without reading them; and a text decoded for the checks, without its
/// HTML.
@Suite struct BlocksDigestTests {
    private static func rendered(_ body: String) -> RenderedDocument {
        MarkdownRenderer.render(MarkdownSource(text: body, path: "content/privacy/v2/en.md", firstLine: 5),
                                options: MarkdownOptions()).document
    }

    private static let body = """
        ## Data we keep

        We keep your **account details** for [as long as the law requires](https://example.org/law).

        | Data | Kept for |
        |---|---|
        | Invoices | 10 years |

        - 個人情報は適切に管理します。
        """

    @Test func theSameBlocksGiveTheSameDigestThroughTheCache() throws {
        let first = TextEntry.encode(Self.rendered(Self.body), [])
        let again = TextEntry.encode(Self.rendered(Self.body), [])
        #expect(first.head.blocksDigest == again.head.blocksDigest)
        let read = try #require(TextEntry.head(of: first.bytes))
        #expect(read.blocksDigest == first.head.blocksDigest)
    }

    @Test func anyChangeOfTheBlocksChangesTheDigest() {
        let digest = TextEntry.encode(Self.rendered(Self.body), []).head.blocksDigest
        let changes = [
            Self.body.replacingOccurrences(of: "10 years", with: "11 years"),
            Self.body.replacingOccurrences(of: "**account details**", with: "*account details*"),
            Self.body.replacingOccurrences(of: "https://example.org/law", with: "https://example.org/laws"),
            Self.body.replacingOccurrences(of: "## Data", with: "### Data"),
            Self.body.replacingOccurrences(of: "管理", with: "保護"),
        ]
        for changed in changes {
            #expect(TextEntry.encode(Self.rendered(changed), []).head.blocksDigest != digest, "\(changed)")
        }
    }

    @Test func theDocumentWithoutHTMLHasEverythingElse() throws {
        let document = Self.rendered(Self.body)
        let bytes = TextEntry.encode(document, []).bytes
        let whole = try #require(TextEntry.document(of: bytes))
        let checked = try #require(TextEntry.document(of: bytes, withHTML: false))
        #expect(whole == document)
        #expect(checked.html.isEmpty && checked.tableOfContents.entries.isEmpty)
        #expect(checked.blocks == document.blocks && checked.blockStarts == document.blockStarts)
        #expect(checked.links == document.links && checked.headings == document.headings)
        #expect(checked.removedHTML == document.removedHTML && checked.htmlIDs == document.htmlIDs)
    }
}
