@testable import Markdown
import Testing

/// `LineStarts` uses memchr; it must find what a plain loop over the bytes finds.
@Suite struct LineStartsTests {
    @Test(arguments: ["", "one line", "\n", "\n\n", "a\nb", "a\nb\n", "é\n漢字\r\n🍪\n\nend", String(repeating: "line\n", count: 300)])
    func sameAsALoopOverTheBytes(text: String) {
        let bytes = Array(text.utf8)
        var expected = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { expected.append(offset + 1) }
        #expect(LineStarts.of(bytes) == expected)
    }
}
