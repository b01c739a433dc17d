import Markdown
import Outline
import Testing

@Suite struct HeadingTests {
    @Test func headingsCarryIDsMadeFromTheirText() {
        #expect(html("## Data we collect\n") == "<h2 id=\"data-we-collect\">Data we collect</h2>\n")
        #expect(html("### 個人情報の取り扱い\n") == "<h3 id=\"個人情報の取り扱い\">個人情報の取り扱い</h3>\n")
    }

    @Test func customIDIsUsedAndRemovedFromTheText() {
        let result = render("## Contact us {#contact}\n").document
        #expect(result.html == "<h2 id=\"contact\">Contact us</h2>\n")
        #expect(result.headings == [OutlineHeading(level: 2, text: "Contact us", id: "contact", isCustomID: true)])
    }

    @Test func customIDAfterFormattingAndClosingHashes() {
        #expect(html("## **Cookies** {#cookies}\n") == "<h2 id=\"cookies\"><strong>Cookies</strong></h2>\n")
        #expect(html("## Contact {#contact} ##\n") == "<h2 id=\"contact\">Contact</h2>\n")
        #expect(html("## Contact{#contact}\n") == "<h2 id=\"contact\">Contact</h2>\n")
        #expect(html("## お問い合わせ {#お問い合わせ}\n") == "<h2 id=\"お問い合わせ\">お問い合わせ</h2>\n")
    }

    @Test func customIDContainingAutolinkTriggerCharacters() {
        // `w`, `:` and `[` are where cmark's inline parser stops (autolink and links); the id
        // must still be found whole.
        #expect(html("## Web {#www-rules}\n") == "<h2 id=\"www-rules\">Web</h2>\n")
        #expect(html("## Links: [see {#see-also}\n") == "<h2 id=\"see-also\">Links: [see</h2>\n")
    }

    @Test func customIDOnTheLastLineOfASetextHeading() {
        let result = render("Retention\n{#retention}\n---\n").document
        #expect(result.html == "<h2 id=\"retention\">Retention</h2>\n")
        #expect(result.headings.first?.text == "Retention")
    }

    @Test func onlyTheLastMarkerCounts() {
        let result = render("## Braces {#a} {#b}\n").document
        #expect(result.html == "<h2 id=\"b\">Braces {#a}</h2>\n")
    }

    @Test func literalMarkerInACodeSpanIsNotAnID() {
        let result = render("## Write `{#id}`\n")
        #expect(result.document.html == "<h2 id=\"write-id\">Write <code>{#id}</code></h2>\n")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func formattingIsKeptInHTMLButPlainInText() {
        let result = render("## The **Bold** and `code` of [links](https://example.org) ~~old~~\n").document
        #expect(result.html == "<h2 id=\"the-bold-and-code-of-links-old\">The <strong>Bold</strong> and <code>code</code> of "
            + "<a href=\"https://example.org\">links</a> <del>old</del></h2>\n")
        #expect(result.headings.first?.text == "The Bold and code of links old")
    }

    @Test func rawHTMLAndFootnoteReferencesAreLeftOutOfThePlainText() {
        let result = render("## Keep <b>this</b> short[^n]\n\n[^n]: Note.\n", mode: .none).document
        #expect(result.headings.first?.text == "Keep this short")
        #expect(result.headings.first?.id == "keep-this-short")
        #expect(result.html.hasPrefix("<h2 id=\"keep-this-short\">Keep <!-- raw HTML omitted -->this<!-- raw HTML omitted --> short<sup class=\"footnote-ref\">"))
    }

    @Test func lineBreaksInASetextHeadingAreSpaces() {
        let result = render("Data we\ncollect\n===\n").document
        #expect(result.headings == [OutlineHeading(level: 1, text: "Data we collect", id: "data-we-collect", isCustomID: false)])
        #expect(result.html == "<h1 id=\"data-we-collect\">Data we\ncollect</h1>\n")
    }

    @Test func headingsInContainersAreRenderedInPlaceWithoutStrayBlankLines() {
        let body = """
            Intro.

            ## Terms & Conditions

            > ## Quoted
            > text

            1. ## Numbered {#n}

            - [ ] task

              ## In a task {#t}

            ## Last

            """
        #expect(html(body) == """
            <p>Intro.</p>
            <h2 id="terms-conditions">Terms &amp; Conditions</h2>
            <blockquote>
            <h2 id="quoted">Quoted</h2>
            <p>text</p>
            </blockquote>
            <ol>
            <li>
            <h2 id="n">Numbered</h2>
            </li>
            </ol>
            <ul>
            <li><input type="checkbox" disabled="" aria-label="task" /> 
            <p>task</p>
            <h2 id="t">In a task</h2>
            </li>
            </ul>
            <h2 id="last">Last</h2>

            """)
    }

    @Test func duplicatesAndPunctuationVariantsGetSuffixes() {
        let result = render("## Data: use\n\n## Data use\n\n## Data use\n").document
        #expect(result.headings.map(\.id) == ["data-use", "data-use-1", "data-use-2"])
        #expect(result.html == "<h2 id=\"data-use\">Data: use</h2>\n<h2 id=\"data-use-1\">Data use</h2>\n<h2 id=\"data-use-2\">Data use</h2>\n")
    }

    @Test func customIDsAreReservedBeforeAutomaticOnes() {
        let result = render("## Contact\n\n## Write to us {#contact}\n").document
        #expect(result.headings.map(\.id) == ["contact-1", "contact"])
        #expect(result.headings.map(\.isCustomID) == [false, true])
    }

    @Test func tableOfContentsFollowsTocDepth() {
        let body = "## A\n\n### A1\n\n#### A1a\n\n## B {#b}\n"
        let shallow = render(body, tocDepth: 2).document.tableOfContents
        #expect(shallow.entries.map(\.heading.id) == ["a", "b"])
        #expect(shallow.entries.allSatisfy { $0.children.isEmpty })
        let deep = render(body, tocDepth: 4).document.tableOfContents
        #expect(deep.entries.first?.children.first?.heading.id == "a1")
        #expect(deep.entries.first?.children.first?.children.first?.heading.id == "a1a")
        #expect(render("No headings.\n").document.tableOfContents.isEmpty)
    }

    @Test func headingIDsAreTheSameInSafeAndUnsafeMode() {
        let body = "## One\n\n## Two {#second}\n"
        #expect(render(body).document.headings == render(body, mode: .trusted).document.headings)
        #expect(html(body) == html(body, mode: .trusted))
    }
}
