import Testing

@Suite struct TemplateMarkupCheckTests {
    private let path = "content/privacy/v1/en.md"

    @Test func anotherTemplateLanguagesMarkupIsReportedNotRefused() throws {
        let run = try CheckRun(englishSite(#"""
            {% data variables.contact.report_abuse %} is where to write.

            {% note %}

            Reports are read within a day.

            {% endnote %}

            Write to {{ site.email }} or see <%= link_to "help" %>. Braces: \{{ company.name }} and `{% raw %}`.

            {{< notice >}}
            """#))
        #expect(run.locations(.otherTemplateMarkup) == [
            "\(path):5:1", "\(path):7:1", "\(path):11:1", "\(path):13:10", "\(path):13:34", "\(path):15:1",
        ], Comment(rawValue: run.report))
        #expect(run.messages(.otherTemplateMarkup).first
                == "'{% data variables.contact.report_abuse %}' is Liquid (Jekyll) markup, published as written")
        // Not a variable of policygen's that is misspelled: the build goes on.
        #expect(!run.diagnostics.hasErrors, Comment(rawValue: run.report))
    }

    @Test func policygensOwnVariablesAreNotOtherMarkup() throws {
        let run = try CheckRun(englishSite("""
            Write to {{ site.email }}.
            """, config: """
            variables:
              site:
                email: privacy@example.com
            """))
        #expect(run.diagnostics.isEmpty, Comment(rawValue: run.report))
    }
}
