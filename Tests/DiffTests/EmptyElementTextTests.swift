import Diff
import Foundation
import Outline
import Testing

/// An element of the text's own HTML that holds nothing (`<a id="backups"></a>`, the place a
/// link leads to) is a span of its own: the text formats of `diff` show it as its tags, as
/// they show raw HTML, and never anything of how it is kept.
@Suite struct EmptyElementTextTests {
    static let subject = RedlineSubject(
        policy: "privacy", language: "en",
        old: ComparedVersion(id: "v1", effective: "2024-01-01", title: "Privacy"),
        new: ComparedVersion(id: "v2", effective: "2025-01-01", title: "Privacy"))

    static let old = """
        ## Retention

        <a id="backups"></a>Backups are kept for 90 days.

        See [backups](#backups).
        """
    static let new = """
        ## Retention

        <a id="copies"></a>Backups are kept for 30 days.

        See [backups](#copies).
        """

    @Test func theBlocksHoldTheElementAsATypedSpanWithItsID() throws {
        let spans = blocks(Self.new).flatMap { $0.fields.joined() }
        let empty = spans.compactMap { span -> InlineElement? in
            if case .emptyElement(let element) = span.content { element } else { nil }
        }
        #expect(empty == [InlineElement(name: "a", attributes: [.init(name: "id", value: "copies")])])
        #expect(blocks(Self.new).flatMap(\.elementIDs) == ["copies"])
    }

    @Test func theTerminalFormatShowsTheElementsTagsAndNoMarker() {
        let text = TerminalRedline(colour: false).render(redline(Self.old, Self.new), subject: Self.subject)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(text.debugDescription)")
        #expect(text.contains("[-<a id=\"backups\"></a>-]{+<a id=\"copies\"></a>+}Backups are kept for [-90-]{+30+} days."),
                "\(text)")
    }

    @Test func theJSONAndMarkdownFormatsShowTheElementsTagsAndNoMarker() throws {
        let json = RedlineReport(redline(Self.old, Self.new), subject: Self.subject).json()
        // JSON writes a control character as \u0001; the decoded texts must not hold one either.
        #expect(!json.contains("\\u0001") && !json.unicodeScalars.contains("\u{1}"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        #expect(strings(in: object).contains { $0.contains("<a id=\"copies\"></a>") }, "\(json)")

        let markdown = MarkdownRedline().render(redline(Self.old, Self.new), subject: Self.subject)
        #expect(!markdown.unicodeScalars.contains("\u{1}"))
        #expect(markdown.contains("<a id=\"copies\"></a>"), "\(markdown)")
    }

    @Test func anUnchangedElementIsNoChange() {
        let same = redline(Self.new, Self.new)
        #expect(same.changes.isEmpty)
        let text = TerminalRedline(colour: false).render(same, subject: Self.subject)
        #expect(!text.unicodeScalars.contains("\u{1}"))
    }

    private func strings(in object: Any) -> [String] {
        switch object {
        case let text as String: [text]
        case let array as [Any]: array.flatMap(strings)
        case let dictionary as [String: Any]: dictionary.values.flatMap(strings)
        default: []
        }
    }
}
