import Testing

/// `checks:` in policygen.yaml and policy.yaml sets the level of a check's findings.
@Suite struct CheckLevelsTests {
    private let body = """
        ## Scope

        See [the section](#nowhere) and [our partner](http://partner.example.org/).

        We share your address with the carrier that delivers your order, and with no one else.

        We share your address with the carrier that delivers your order, and with no one else.
        """

    @Test func theSiteSetsACheckToAnotherLevelOrOff() throws {
        let run = try CheckRun(englishSite(body, config: """
            checks:
              PG201: warning
              PG205: off
              PG212: error
            """))
        #expect(run.severities(.brokenAnchor) == [.warning], Comment(rawValue: run.report))
        #expect(run.severities(.insecureLink) == [.error], Comment(rawValue: run.report))
        #expect(run.locations(.repeatedParagraph).isEmpty, Comment(rawValue: run.report))
    }

    @Test func aPolicySetsItsOwnLevelsOverTheSites() throws {
        let run = try CheckRun(englishSite(body, config: "checks: {PG212: error}") + """

            -- content/privacy/policy.yaml --
            checks:
              PG212: info
              PG205: off
            """)
        #expect(run.severities(.insecureLink) == [.info], Comment(rawValue: run.report))
        #expect(run.severities(.brokenAnchor) == [.error], Comment(rawValue: run.report))
        #expect(run.locations(.repeatedParagraph).isEmpty, Comment(rawValue: run.report))
    }

    @Test func onlyQualityChecksAndKnownLevelsCanBeSet() throws {
        let run = try CheckRun(englishSite("Text.\n", config: """
            checks:
              PG111: off
              PG205: loud
              pg206: Off
            """))
        #expect(run.locations(.invalidValue) == ["policygen.yaml:5:3", "policygen.yaml:6:10"], Comment(rawValue: run.report))
        #expect(run.messages(.invalidValue) == [
            "'PG111' is not the code of a quality check",
            "the level of PG205 must be error, warning, info or off",
        ])
    }
}
