@testable import Outline
import Testing

/// Issue 21: a text of thousands of equal headings named each id after trying every suffix
/// before it, the square of their number in all.
@Suite struct HeadingIDsWorkTests {
    private func assign(_ headings: [(text: String, customID: String?)], reserved: Set<String> = [])
        -> (ids: [String], tried: Int) {
        var tried = 0
        let ids = HeadingIDs.assign(headings, reserved: reserved, tried: &tried)
        return (ids, tried)
    }

    @Test func equalHeadingsTryEachSuffixOnce() {
        let count = 20_000
        let (ids, tried) = assign(Array(repeating: (text: "Heading", customID: nil), count: count))
        #expect(ids.first == "heading")
        #expect(ids[1] == "heading-1")
        #expect(ids.last == "heading-\(count - 1)")
        #expect(Set(ids).count == count)
        // One lookup per heading after the first; the quadratic search made 200 million.
        #expect(tried == count - 1)
    }

    @Test func suffixesTakenByOtherHeadingsAreSteppedAroundOnce() {
        // "Heading 1" … "Heading 500" take heading-1 … heading-500 before the equal headings
        // come; each of those is tried once, by the first equal heading that reaches it.
        let numbered = (1...500).map { (text: "Heading \($0)", customID: String?.none) }
        let equal = Array(repeating: (text: "Heading", customID: String?.none), count: 1_000)
        let (ids, tried) = assign(numbered + equal, reserved: ["heading-700"])
        #expect(ids[500] == "heading")
        #expect(ids[501] == "heading-501")
        #expect(ids.suffix(1_000).contains("heading-700") == false)
        #expect(ids.last == "heading-1500")
        #expect(tried <= 500 + 1_000 + 1)
    }

    @Test func theCountedAssignmentNamesAsThePublicOneDoes() {
        let headings: [(text: String, customID: String?)] = [
            ("Contact", nil), ("Contact", "contact-1"), ("Contact", nil), ("Data: use", nil), ("Data use", nil),
        ]
        #expect(assign(headings).ids == HeadingIDs.assign(headings))
        #expect(HeadingIDs.assign(headings) == ["contact", "contact-1", "contact-2", "data-use", "data-use-1"])
    }
}
