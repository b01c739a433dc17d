import Diff
import Testing

/// `policygen diff`'s terminal output: plain markers, colour, and when colour is used.
@Suite struct TerminalRedlineTests {
    static let subject = RedlineSubject(
        policy: "privacy", language: "en",
        old: ComparedVersion(id: "v1", effective: "2024-01-01", title: "Privacy"),
        new: ComparedVersion(id: "v2", effective: "2025-01-01", title: "Privacy"))

    static let old = """
        Intro text.

        ## Retention

        We keep **account data for 12 months** after closure.

        - invoices
        - support messages
        - logs
        """
    static let new = """
        Intro text.

        ## Retention

        We keep **account data for 6 months** after closure.

        Backups are deleted after 30 days.

        - invoices
        - logs
        """

    @Test func plainOutputMarksWordsAndPrefixesWholeBlocks() {
        let text = TerminalRedline(colour: false).render(redline(Self.old, Self.new), subject: Self.subject)
        #expect(text == """
            privacy v1 (2024-01-01) → v2 (2025-01-01), en: 7 words added, 3 words removed
            Sections changed: Retention

            @@ Retention @@
              We keep account data for [-12-]{+6+} months after closure.
            + Backups are deleted after 30 days.
            - * support messages

            """)
    }

    @Test func colourMarksDeletionsRedAndInsertionsGreenAndAlwaysResets() {
        let text = TerminalRedline(colour: true).render(redline(Self.old, Self.new), subject: Self.subject)
        let (red, green, reset) = ("\u{1B}[31m", "\u{1B}[32m", "\u{1B}[0m")
        #expect(text.contains("  We keep account data for \(red)12\(reset)\(green)6\(reset) months after closure.\n"))
        #expect(text.contains("\(green)+ Backups are deleted after 30 days.\(reset)\n"), "a whole block, its mark included")
        #expect(text.contains("\(red)- * support messages\(reset)\n"))
        #expect(!text.contains("[-") && !text.contains("{+"), "colour replaces the markers")
        for line in text.split(separator: "\n") {
            if let colour = line.ranges(of: "\u{1B}[3").last {
                #expect(line[colour.upperBound...].contains(reset), "no line leaves the terminal coloured: \(line)")
            }
        }
    }

    @Test func identicalVersionsSayTheyReadTheSame() {
        let text = TerminalRedline(colour: false).render(redline(Self.old, Self.old), subject: Self.subject)
        #expect(text == """
            privacy v1 (2024-01-01) → v2 (2025-01-01), en: 0 words added, 0 words removed
            The two versions read the same.

            """)
    }

    @Test func movedBlocksAreShownAtTheirNewPlaceSayingWhereFrom() {
        let moving = "Backups are encrypted and kept for thirty days in two regions."
        let old = "## Storage\n\nWe store data in the EU.\n\n\(moving)\n\n## Security\n\nWe use TLS.\n"
        let new = "## Storage\n\nWe store data in the EU.\n\n## Security\n\nWe use TLS.\n\n\(moving)\n"
        let text = TerminalRedline(colour: false).render(redline(old, new), subject: Self.subject)
        #expect(text.hasSuffix("\n@@ Security @@\n~ (moved from Storage) \(moving)\n"), "\(text)")
        #expect(!text.contains("- \(moving)"), "the old place is not repeated")
    }

    @Test func codeBlocksAndTablesKeepTheirShape() {
        let old = "| A | B |\n|---|---|\n| 1 | 2 |\n\n```sh\necho one\necho two\n```\n"
        let new = "| A | B |\n|---|---|\n| 1 | 3 |\n\n```sh\necho one\necho three\n```\n"
        let text = TerminalRedline(colour: false).render(redline(old, new), subject: Self.subject)
        #expect(text.contains("\n  | 1 | [-2-]{+3+} |\n"), "\(text)")
        #expect(text.contains("\n  ```sh\n  echo one\n  echo [-two-]{+three+}\n  ```\n"), "\(text)")
    }

    @Test func colourOnlyForATerminalAndNeverWithNoColor() {
        #expect(TerminalRedline.usesColour(outputIsTerminal: true, environment: [:]))
        #expect(!TerminalRedline.usesColour(outputIsTerminal: false, environment: [:]), "a pipe or a file gets plain markers")
        #expect(!TerminalRedline.usesColour(outputIsTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!TerminalRedline.usesColour(outputIsTerminal: true, environment: ["NO_COLOR": "0"]), "any value")
        #expect(!TerminalRedline.usesColour(outputIsTerminal: true, environment: ["NO_COLOR": "false"]), "any value")
        #expect(TerminalRedline.usesColour(outputIsTerminal: true, environment: ["NO_COLOR": ""]),
                "no-color.org: an empty value is as if unset")
        #expect(!TerminalRedline.usesColour(outputIsTerminal: false, environment: ["TERM": "xterm-256color"]))
    }
}
