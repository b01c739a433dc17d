@testable import Markdown
import Testing

/// `firstRange(ofBytes:)` searches contiguous text with memmem; it must find what the plain
/// search of its fallback finds, in substrings that start anywhere.
@Suite struct ByteSearchTests {
    @Test func sameAsThePlainSearch() {
        let texts = ["", "a", "<td align=\"right\">", "x align=\"", "é align=\"left\" align=\"", "<th align=\"center\">漢字</th>",
                     String(repeating: "<p>text</p>\n", count: 200) + "<td align=\"left\">"]
        for text in texts {
            for dropped in 0...min(text.count, 3) {
                let substring = text.dropFirst(dropped)
                for needle in [" align=\"", "<", "\"", "td", "not here"] {
                    let expected = Substring.slowSearch(Array(substring.utf8), Array(needle.utf8))
                    let found = substring.firstRange(ofBytes: needle).map { substring.utf8.distance(from: substring.startIndex, to: $0.lowerBound) }
                    #expect(found == expected, "\(needle) in \(substring.prefix(40))")
                    if let range = substring.firstRange(ofBytes: needle) { #expect(substring[range] == needle) }
                }
            }
        }
    }
}
