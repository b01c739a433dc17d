import Diagnostics
import Testing

@Suite struct C1ControlTests {
    @Test(arguments: [0x80, 0x85, 0x9F] as [UInt32])
    func c1ControlCharactersAreRefusedAtTheirPosition(_ value: UInt32) throws {
        let text = "---\nté" + String(Unicode.Scalar(value)!) + "x\n"
        let result = SourceText.decode(Array(text.utf8), path: "f.md")
        guard case .failure(let problem) = result else {
            Issue.record("U+\(String(value, radix: 16)) was accepted")
            return
        }
        #expect(problem.code == .controlCharacter)
        #expect(problem.location == SourceLocation(path: "f.md", line: 2, column: 3))
    }

    @Test func lettersEncodedWithTheSameLeadByteAreFine() {
        // U+00A0…U+00BF share the lead byte 0xC2 with the C1 controls.
        let text = "price: 10\u{A0}£ ©\n"
        #expect((try? SourceText.decode(Array(text.utf8), path: "f.md").get()) == text)
    }
}
