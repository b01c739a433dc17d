import Foundation
import Diff
import Markdown
import Outline
import Testing

/// `policygen diff --format markdown`: the redline as Markdown that renders back faithfully.
@Suite struct MarkdownRedlineTests {
    /// The Markdown of the redline between two bodies.
    private func markdown(_ old: String, _ new: String) -> String {
        MarkdownRedline().render(redline(old, new))
    }

    /// The blocks of a Markdown text, rendered with raw HTML kept so that `<ins>`/`<del>` show.
    private func unsafeBlocks(_ markdown: String) -> [DocumentBlock] {
        MarkdownRenderer.render(MarkdownSource(text: markdown, path: "redline.md"),
                                options: MarkdownOptions(html: .trusted)).document.blocks
    }

    private func unsafeHTML(_ markdown: String) -> String {
        MarkdownRenderer.render(MarkdownSource(text: markdown, path: "redline.md"),
                                options: MarkdownOptions(html: .trusted)).document.html
    }

    static let everything = """
    Intro with *emphasis*, **strong _nested_**, `code`, ~~struck~~, a [link](https://example.com/a?b=1&c='d' "Title") \
    and an image ![alt *text*](https://example.com/i.png "Pic").\\
    A hard break and a note[^n].

    > A quote
    >
    > - with a list
    >   1. nested
    >   2. ordered

    3. starts at three
    4. four

    - loose item

      second paragraph
    - [ ] a task
    - [x] done

    | Left | Centre | Right | None |
    |:-----|:------:|------:|------|
    | a    | b      | c     | d    |
    | e    |        | g     | h    |

    ```swift
    let x = "<tag>" && y
    ```

        indented code

    ***

    - - nested at once
      - second
    -
      ```
      code first
      ```

    ## Heading with `code` and **bold**

    [^n]: The note, with a [link](https://example.com/n).
    """

    @Test func anUnchangedDocumentReadsBackAsTheSameBlocks() {
        let written = markdown(Self.everything, Self.everything)
        #expect(blocks(written) == blocks(Self.everything), "\(written)")
    }

    @Test func specialCharactersInTextRoundTrip() {
        let source = ##"""
        A star \* an underscore \_ a backtick \` brackets \[x\] a pipe \| a tilde \~ a less-than \< and \&copy; \\ and \{{ braces }} done.

        \# not a heading

        \- not an item, \+ neither, 2024\. no list, 3\) none

        \> not a quote

        Line one\
        \=== not an underline

        | Cell with \| pipe | `code \| pipe` | \*star\* |
        |---|---|---|
        | a \< b | c_d_e | x |

        ## Ends with a hash \#

        Intra**word**bold and *em*, then (**"quoted"**)text and ~~struck~~**bold**.
        """##
        let written = markdown(source, source)
        let back = blocks(written)
        #expect(back.map(\.plainText) == blocks(source).map(\.plainText), "\(written)")
        #expect(back == blocks(source), "\(written)")
    }

    @Test func aChangedWordIsMarkedInsideTheBold() throws {
        let written = markdown("We keep **account data for 12 months** and more.\n",
                               "We keep **account data for 6 months** and more.\n")
        #expect(written == "We keep **account data for <del>12</del><ins>6</ins> months** and more.\n")
        let html = unsafeHTML(written)
        #expect(html.contains("<strong>account data for <del>12</del><ins>6</ins> months</strong>"), "\(html)")
    }

    @Test func wholeBlocksAreMarkedAndDeletedOnesStayWhereTheyStood() {
        let old = "## Scope\n\n- one\n- two\n- three\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n"
        let new = "## Scope\n\nA new paragraph.\n\n- one\n- three\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
        #expect(markdown(old, new) == """
            ## Scope

            <ins>A new paragraph.</ins>

            - one
            - <del>two</del>
            - three

            | A | B |
            | --- | --- |
            | 1 | 2 |
            | <del>3</del> | <del>4</del> |

            """)
    }

    @Test func aChangedCodeBlockIsItsOldTextDeletedAndItsNewInserted() {
        let html = unsafeHTML(markdown("Intro.\n\n```\nlet a = 1\n```\n", "Intro.\n\n```\nlet a = 2\n```\n"))
        #expect(html.contains("<del>\n<pre><code>let a = 1\n</code></pre>\n</del>"), "\(html)")
        #expect(html.contains("<ins>\n<pre><code>let a = 2\n</code></pre>\n</ins>"), "\(html)")
    }

    @Test func boldThatCannotBeWrittenWithStarsIsWrittenAsTheTag() {
        // `**` right after `</ins>` and before a letter would not close; the tag always does.
        let written = markdown("A **bold**word here.\n", "A **bolder**word here.\n")
        let html = unsafeHTML(written)
        #expect(html.contains("<strong><del>bold</del><ins>bolder</ins></strong>word"), "\(written) → \(html)")
    }

    @Test func formattingThatWouldMergeWithItsNeighbourIsWrittenAsTheTag() {
        // `**strong***em*` would read as one run of three stars.
        let source = "Then **strong***em* follows.\n"
        let written = markdown(source, source)
        #expect(written == "Then **strong**<em>em</em> follows.\n")
        #expect(unsafeHTML(written) == unsafeHTML(source))
    }

    @Test func itemsThatBeginWithItemsNeverReadAsAThematicBreak() {
        let source = "- + -\n"
        let written = markdown(source, source)
        #expect(written == "- * +\n")
        #expect(blocks(written) == blocks(source))
    }

    @Test func aWrappedCodeBlockInATightListIsSetApartByBlankLines() {
        let old = "- one\n-\n  ```\n  a\n  ```\n- three\n"
        let new = "- one\n-\n  ```\n  b\n  ```\n- three\n"
        let html = unsafeHTML(markdown(old, new))
        #expect(html.contains("<del>\n<pre><code>a\n</code></pre>\n</del>"), "\(html)")
        #expect(html.contains("<ins>\n<pre><code>b\n</code></pre>\n</ins>"), "\(html)")
        #expect(html.contains("<p>three</p>"), "the next item is not swallowed by the raw HTML: \(html)")
    }

    @Test func joinedListsOfDifferentTightnessKeepTheirParagraphs() {
        // A `+` list and a loose `-` list next to each other are one list in a redline.
        let source = "+ tight\n\n- loose\n\n  second paragraph\n"
        let back = blocks(markdown(source, source))
        #expect(back.map(\.plainText) == ["tight", "loose", "second paragraph"])
    }

    @Test func aRewrittenFootnoteKeepsItsOldTextStruckThrough() {
        let old = "Text.[^n]\n\n[^n]: See [the act](https://example.com/old-act).\n"
        let new = "Text.[^n]\n\n[^n]: Under [a new rule](https://example.com/new-rule) instead.\n"
        let written = markdown(old, new)
        #expect(written.contains("<del>\\[^n\\]: See </del>"), "\(written)")
        let html = unsafeHTML(written)
        #expect(html.contains("<del>[^n]: See </del>"), "\(html)")
        #expect(html.contains("<li id=\"fn-n\">"), "the new note is the footnote: \(html)")
    }

    @Test func theTitleLeadsAndShowsItsChange() {
        let subject = RedlineSubject(policy: "privacy", language: "en",
                                     old: ComparedVersion(id: "v1", effective: "2024-01-01", title: "Privacy *Policy*"),
                                     new: ComparedVersion(id: "v2", effective: "2025-01-01", title: "Privacy Notice"))
        let written = MarkdownRedline().render(redline("Text.\n", "Text.\n"), subject: subject)
        #expect(written == "# <del>Privacy \\*Policy\\*</del><ins>Privacy Notice</ins>\n\nText.\n")
    }
}

/// The example site's policies through the Markdown redline: unchanged, they read back as the
/// same blocks; between versions, accepting every change gives the new text and rejecting
/// every change the old one.
@Suite struct MarkdownRedlineContentTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func body(_ path: String) throws -> String {
        let text = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
        return String(text[try #require(text.range(of: "\n---\n")).upperBound...])
    }

    /// Blocks as a reader compares them: heading anchors aside (custom ids are not written).
    private func withoutIDs(_ blocks: [DocumentBlock]) -> [DocumentBlock] {
        blocks.map { block in
            var copy = block
            copy.sectionID = nil
            if case .heading(let level, _) = block.kind { copy.kind = .heading(level: level, id: "") }
            return copy
        }
    }

    private func unsafeBlocks(_ markdown: String) -> [DocumentBlock] {
        MarkdownRenderer.render(MarkdownSource(text: markdown, path: "redline.md"),
                                options: MarkdownOptions(html: .trusted)).document.blocks
    }

    /// The text of each block once the changes are accepted (`keep: .inserted`) or rejected,
    /// leaving out blocks that are left empty.
    private func resolved(_ blocks: [DocumentBlock], keep: TokenRun.Operation) -> [String] {
        let (keptTag, droppedTag) = keep == .inserted ? ("ins", "del") : ("del", "ins")
        var inDroppedBlock = false
        var texts: [String] = []
        for block in blocks {
            if case .htmlBlock(let html) = block.kind {
                if html.hasPrefix("<\(droppedTag)>") { inDroppedBlock = true }
                if html.hasPrefix("</\(droppedTag)>") { inDroppedBlock = false }
                continue
            }
            guard !inDroppedBlock else { continue }
            let fields = block.fields.map { spans in
                var dropping = false
                var text = ""
                var inNote = false
                for span in spans {
                    // The notes on formatting changes are neither version's text.
                    if span.content == .html("<span class=\"pg-note\">") { inNote = true }
                    if inNote {
                        if span.content == .html("</span>") { inNote = false }
                        continue
                    }
                    switch span.content {
                    case .html("<\(droppedTag)>"): dropping = true
                    case .html("</\(droppedTag)>"): dropping = false
                    case .html("<\(keptTag)>"), .html("</\(keptTag)>"): break
                    // A table cell's line break, read back as the raw tag it is written as.
                    case .html("<br>"): if !dropping { text += " " }
                    default: if !dropping { text += span.plainText }
                    }
                }
                return text
            }
            if fields.contains(where: { !$0.isEmpty }) { texts.append(fields.joined(separator: " | ")) }
        }
        return texts
    }

    private func texts(_ blocks: [DocumentBlock]) -> [String] {
        blocks.map { $0.fields.map(\.plainText) }.filter { $0.contains { !$0.isEmpty } }.map { $0.joined(separator: " | ") }
    }

    static let files = ["content/privacy/v1/en.md", "content/privacy/v2/en.md", "content/privacy/v3/en.md",
                        "content/privacy/v2/ja.md", "content/privacy/v3/ja.md", "content/privacy/v3/ar.md",
                        "content/terms/2024-02-01/en.md", "content/terms/2025-07-01/en.md", "content/cookies/v1/en.md"]

    @Test(arguments: files) func anUnchangedPolicyReadsBackAsItself(path: String) throws {
        let text = try body(path)
        let written = MarkdownRedline().render(redline(text, text))
        #expect(withoutIDs(blocks(written)) == withoutIDs(blocks(text)), "\(written)")
    }

    @Test(arguments: [("content/privacy/v1/en.md", "content/privacy/v2/en.md"),
                      ("content/privacy/v2/en.md", "content/privacy/v3/en.md"),
                      ("content/privacy/v3/en.md", "content/privacy/v1/en.md"),
                      ("content/privacy/v2/ja.md", "content/privacy/v3/ja.md"),
                      ("content/terms/2024-02-01/en.md", "content/terms/2025-07-01/en.md")])
    func acceptingEveryChangeGivesTheNewTextAndRejectingThemTheOld(old: String, new: String) throws {
        let (before, after) = (try body(old), try body(new))
        let written = MarkdownRedline().render(redline(before, after))
        let back = unsafeBlocks(written)
        #expect(resolved(back, keep: .inserted) == texts(blocks(after)))
        #expect(resolved(back, keep: .deleted) == texts(blocks(before)))
    }
}
