import Markdown
import Outline
import Testing

/// Link and image targets in blocks must be what cmark's own HTML writes: emptied in safe
/// mode exactly where cmark empties them, kept otherwise.
@Suite struct SafeLinkBlockTests {
    static let targets = [
        "https://example.org/a", "mailto:a@example.org", "/relative", "#anchor", "",
        "javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox", "VBSCRIPT:x", "file:///etc/passwd",
        "FILE:x", "data:text/html,x", "DATA:text/plain,x", "data:", "data:image/png;base64,AA",
        "DATA:IMAGE/GIF;base64,AA", "data:image/jpeg,x", "data:image/webp,x", "data:image/svg+xml,x",
        "data:image/pn", "javascript", "javascripts:x", "xjavascript:x", "jav%61script:x",
    ]

    /// The value cmark wrote for `attribute`.
    private func attribute(_ attribute: String, in html: String) -> String? {
        guard let start = html.range(of: " \(attribute)=\""),
              let end = html[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(html[start.upperBound..<end])
    }

    private func linkDestination(in blocks: [DocumentBlock]) -> String? {
        for span in blocks.first?.inlines ?? [] {
            for mark in span.marks { if case .link(let destination, _) = mark { return destination } }
        }
        return nil
    }

    @Test(arguments: targets, [false, true])
    func linkTargetsAreWhatCmarkWrites(target: String, unsafeHTML: Bool) {
        let document = render("[x](<\(target)>)\n", mode: unsafeHTML ? .trusted : .safe).document
        let href = attribute("href", in: document.html)
        #expect(href != nil)
        #expect(linkDestination(in: document.blocks) == href)
    }

    @Test(arguments: targets, [false, true])
    func imageSourcesAreWhatCmarkWrites(target: String, unsafeHTML: Bool) {
        let document = render("![x](<\(target)>)\n", mode: unsafeHTML ? .trusted : .safe).document
        guard case .image(let image)? = document.blocks.first?.inlines.first?.content else {
            Issue.record("no image in \(document.blocks)")
            return
        }
        #expect(image.source == attribute("src", in: document.html))
    }

    @Test func dangerousTargetsAreEmptiedInSafeModeOnly() {
        #expect(linkDestination(in: render("[x](javascript:alert(1))\n").document.blocks) == "")
        #expect(linkDestination(in: render("[x](javascript:alert(1))\n", mode: .trusted).document.blocks)
            == "javascript:alert(1)")
        #expect(linkDestination(in: render("<vbscript:x>\n").document.blocks) == "")
    }
}
