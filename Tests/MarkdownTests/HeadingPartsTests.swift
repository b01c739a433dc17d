@testable import Markdown
import Testing

/// The pure-Swift parts of heading handling, without cmark.
@Suite struct HeadingPartsTests {
    @Test func trailingMarker() {
        let found = CustomIDMarker.trailing(in: "Contact us \t{#contact}")
        #expect(found?.marker == .valid("contact"))
        #expect(found?.textBefore == "Contact us")
    }

    @Test func noMarker() {
        #expect(CustomIDMarker.trailing(in: "Contact us") == nil)
        #expect(CustomIDMarker.trailing(in: "Sets {#a} and more") == nil)
        #expect(CustomIDMarker.trailing(in: "Just braces {a}") == nil)
    }

    @Test func malformedMarker() {
        #expect(CustomIDMarker.trailing(in: "A {#two words}")?.marker == .invalid(written: "two words"))
        #expect(CustomIDMarker.trailing(in: "A {#}")?.marker == .invalid(written: ""))
        #expect(CustomIDMarker.trailing(in: "A {#x}y}")?.marker == .invalid(written: "x}y"))
    }

    @Test func idIsInsertedAfterTheTagName() {
        #expect(HeadingHTML.insertingID("data", into: "<h2>Data</h2>\n") == "<h2 id=\"data\">Data</h2>\n")
        #expect(HeadingHTML.insertingID("個人", into: "<h6>個人</h6>\n") == "<h6 id=\"個人\">個人</h6>\n")
    }

    @Test func anIDWithMarkupCharactersNeverReachesTheHTML() async {
        await #expect(processExitsWith: .failure) {
            _ = HeadingHTML.insertingID("\"><script>", into: "<h2>x</h2>\n")
        }
    }
}
