import Testing

@Suite struct PlaceholderLinkCheckTests {
    private let path = "content/privacy/v1/en.md"

    @Test func aTargetThatIsNotAnAddressIsReportedWhereTheLinkStarts() throws {
        let run = try CheckRun(englishSite(#"""
            Read the [French version](add link) or [the form](TODO), and [our terms](https://example.com/terms).

            See [the archive](old versions) and \[not a link\](just text).

            - [German version](<https://example.com/de version>)
            """#))
        #expect(run.locations(.placeholderLinkTarget) == ["\(path):5:10", "\(path):5:40", "\(path):7:5"],
                Comment(rawValue: run.report))
        #expect(run.messages(.placeholderLinkTarget) == [
            "'[French version](add link)' is shown as written, not as a link: 'add link' is not an address",
            "the link 'the form' leads to 'TODO', which is not an address",
            "'[the archive](old versions)' is shown as written, not as a link: its target has a space",
        ])
        #expect(run.locations(.placeholder).isEmpty, "a link left as text is not a placeholder too")
    }
}
