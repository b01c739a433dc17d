import Config
import Diagnostics
import Markdown
import Testing
import TestSupport

/// `{{ path }}` in bodies: values as literal text, as targets in links, kept as written in code.
@Suite struct VariableTests {
    let variables = VariableTree([
        "company": .map(VariableTree([
            "name": .text("Kestrel & <b>Harbour</b> *Ltd*"),
            "email": .text("privacy@kestrel.example"),
            "url": .text("https://kestrel.example/contact?a=1&b=2"),
            "danger": .text("javascript:alert(1)"),
        ])),
        "response_days": .text("15"),
        "item": .text("1. not a list"),
    ])

    private func body(_ text: String) throws -> (HTMLDocument, [Diagnostic]) {
        let (document, diagnostics) = render(text, variables: variables)
        return (try HTMLDocument(document.html), diagnostics)
    }

    @Test func aValueIsTextWhateverMarkupItHolds() throws {
        let (page, diagnostics) = try body("We, {{ company.name }}, answer within {{response_days}} days.\n")
        #expect(diagnostics.isEmpty)
        #expect(try page.first("//p")?.text == "We, Kestrel & <b>Harbour</b> *Ltd*, answer within 15 days.")
        #expect(try page.select("//b | //em").isEmpty)
    }

    @Test func aValueAtTheStartOfALineDoesNotMakeAList() throws {
        let (page, _) = try body("{{ item }}\n")
        #expect(try page.select("//ol").isEmpty)
        #expect(try page.first("//p")?.text == "1. not a list")
    }

    @Test func aValueIsALinkTargetAndAnAutolink() throws {
        let (page, diagnostics) = try body("""
        [Write to us]({{ company.url }} "{{ company.name }}") or <{{ company.email }}> or <{{ company.url }}>.
        [Mail](mailto:{{ company.email }})
        """)
        #expect(diagnostics.isEmpty)
        #expect(try page.strings("//a/@href") == [
            "https://kestrel.example/contact?a=1&b=2", "mailto:privacy@kestrel.example",
            "https://kestrel.example/contact?a=1&b=2", "mailto:privacy@kestrel.example",
        ])
        #expect(try page.strings("//a/@title") == ["Kestrel & <b>Harbour</b> *Ltd*"])
        #expect(try page.select("//a").map(\.text) == [
            "Write to us", "privacy@kestrel.example", "https://kestrel.example/contact?a=1&b=2", "Mail",
        ])
    }

    @Test func aValueThatIsNoAddressStaysTextBetweenItsBrackets() throws {
        let (page, _) = try body("See <{{ company.name }}>.\n")
        #expect(try page.select("//a").isEmpty)
        #expect(try page.first("//p")?.text == "See <Kestrel & <b>Harbour</b> *Ltd*>.")
    }

    @Test func aValueInALinkPassesTheSameURLSafety() throws {
        let (page, _) = try body("[x]({{ company.danger }})\n")
        #expect(try page.strings("//a/@href") == [""])
    }

    @Test func codeKeepsTheReferenceAsWritten() throws {
        let (page, diagnostics) = try body("""
        Write `{{ company.name }}` or `{{ nothing.here }}`.

        ```{{ company.name }}
        {{ undefined }} stays
        ```
        """)
        #expect(diagnostics.isEmpty, "references in code are literal, so none is undefined")
        #expect(try page.select("//code").map(\.text) == ["{{ company.name }}", "{{ nothing.here }}",
                                                           "{{ undefined }} stays\n"])
    }

    @Test func aBackslashWritesTheBraces() throws {
        let (page, diagnostics) = try body("Literal \\{{ company.name }} here.\n")
        #expect(diagnostics.isEmpty)
        #expect(try page.first("//p")?.text == "Literal {{ company.name }} here.")
    }

    @Test func anUndefinedVariableIsAnErrorAtItsLineAndColumn() {
        let (_, diagnostics) = render("Intro.\n\nSee 日本 {{ company.nmae }} and {{ missing }}.\n",
                                      firstLine: 5, variables: variables)
        #expect(diagnostics.map(\.description) == [
            "content/privacy/v1/en.md:7:8: error: undefined variable 'company.nmae' (did you mean 'company.name'?) [PG302]",
            "content/privacy/v1/en.md:7:31: error: undefined variable 'missing' [PG302]",
        ])
    }

    @Test func aGroupIsNotAValue() {
        let (_, diagnostics) = render("By {{ company }}.\n", variables: variables)
        #expect(diagnostics.map(\.code) == [.undefinedVariable])
        #expect(diagnostics.first?.message == "'company' is a group of variables, not a value")
        #expect(diagnostics.first?.location.column == 4)
    }

    @Test func aMalformedReferenceIsAnError() {
        let (_, diagnostics) = render("A {{ company name }} and {{ unclosed\n", variables: variables)
        #expect(diagnostics.map(\.location.description) == ["content/privacy/v1/en.md:1:3", "content/privacy/v1/en.md:1:26"])
        #expect(diagnostics.allSatisfy { $0.code == .malformedVariable })
    }

    @Test func headingIdsAreMadeFromTheTextWithValues() throws {
        let (document, _) = render("## Contact {{ company.email }}\n", variables: variables)
        #expect(document.headings.map(\.id) == ["contact-privacykestrelexample"])
        #expect(document.headings.map(\.text) == ["Contact privacy@kestrel.example"])
    }

    @Test func valuesReachTableCellsAndRawHTMLEscaped() throws {
        let (document, _) = render("""
        | Who | Days |
        |---|---|
        | {{ company.name }} | {{ response_days }} |

        <p title="{{ company.name }}">x</p>
        """, mode: .trusted, variables: variables)
        let page = try HTMLDocument(document.html)
        #expect(try page.select("//td").map(\.text) == ["Kestrel & <b>Harbour</b> *Ltd*", "15"])
        #expect(try page.strings("//p/@title") == ["Kestrel & <b>Harbour</b> *Ltd*"])
        #expect(try page.select("//b").isEmpty)
    }

    @Test func privateUseCharactersInTheTextAreNotMistakenForPlaceholders() throws {
        // The first scalars of the placeholder alphabet, written in the text itself.
        let marks = "\u{10FF00}\u{10FF10}\u{10FF01}"
        let (document, diagnostics) = render("a \(marks) {{ response_days }} `\(marks)`\n", variables: variables)
        #expect(diagnostics.isEmpty)
        let page = try HTMLDocument(document.html)
        #expect(try page.first("//p")?.text == "a \(marks) 15 \(marks)")
    }

    @Test func positionsAfterAReferenceAreColumnsOfTheFile() {
        let (document, _) = render("{{ company.name }} [x](https://a.example) {{ response_days }} [y](#z)\n",
                                   firstLine: 3, variables: variables)
        #expect(document.links.map { "\($0.start.line):\($0.start.column)" } == ["3:20", "3:63"])
    }
}

/// Autolinks, which cmark-gfm leaves without a position or with a wrong column, are placed
/// where they are written.
@Suite struct AutolinkPositionTests {
    @Test func bareAngleAndWWWLinksStartWhereTheyAreWritten() {
        let (document, _) = render("""
        Intro line.

        First line, then `https://a.example` in code,
        see https://a.example and <https://b.example> or www.c.example,
        and [https://a.example](https://a.example) then https://a.example again.
        """, firstLine: 10)
        #expect(document.links.map { "\($0.start.line):\($0.start.column)" }
                == ["13:5", "13:27", "13:50", "14:5", "14:49"])
    }

    /// Columns count scalars, not bytes, also after letters of several bytes; a block that
    /// starts inside its line (a list item) is searched from there.
    @Test func columnsCountScalarsAfterLettersOfSeveralBytes() {
        let (document, _) = render("""
        - Première ligne, voir « https://a.example » et `https://a.example`,
          puis https://a.example — où <https://b.example> répond, écrit à contact@d.example.
        - Ça: [https://a.example](https://a.example) et https://a.example.
        """, firstLine: 3)
        #expect(document.links.map { "\($0.start.line):\($0.start.column)" }
                == ["3:26", "4:8", "4:31", "4:67", "5:7", "5:49"])
    }
}
