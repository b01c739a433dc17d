import Diagnostics
import Testing

@Suite struct SourceTextTests {
    private func decode(_ bytes: [UInt8]) -> Result<String, Diagnostic> {
        SourceText.decode(bytes, path: "content/p/v1/en.md")
    }

    private func decode(_ text: String) -> Result<String, Diagnostic> {
        decode(Array(text.utf8))
    }

    /// The decoded text, or a recorded issue naming the diagnostic.
    private func text(_ result: Result<String, Diagnostic>,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        switch result {
        case .success(let text): return text
        case .failure(let diagnostic):
            Issue.record("unexpected diagnostic: \(diagnostic)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The diagnostic, or a recorded issue when the bytes were accepted.
    private func problem(_ result: Result<String, Diagnostic>,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        switch result {
        case .success(let text):
            Issue.record("accepted, decoded as \(String(reflecting: text))", sourceLocation: sourceLocation)
            return nil
        case .failure(let diagnostic): return diagnostic
        }
    }

    private func at(_ line: Int, _ column: Int) -> Diagnostics.SourceLocation {
        Diagnostics.SourceLocation(path: "content/p/v1/en.md", line: line, column: column)
    }

    // MARK: Byte-order mark and line breaks

    @Test func aLeadingByteOrderMarkIsDropped() {
        #expect(text(decode([0xEF, 0xBB, 0xBF] + Array("title: A\n".utf8))) == "title: A\n")
        #expect(text(decode([0xEF, 0xBB, 0xBF])) == "")
    }

    @Test func aByteOrderMarkAfterTheStartIsKept() {
        // Only the leading mark is a BOM; elsewhere U+FEFF is text (and not a control character).
        #expect(text(decode(Array("a".utf8) + [0xEF, 0xBB, 0xBF])) == "a\u{FEFF}")
    }

    @Test func onlyOneLeadingByteOrderMarkIsDropped() {
        #expect(text(decode([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61])) == "\u{FEFF}a")
    }

    @Test func crlfBecomesLF() {
        #expect(text(decode("one\r\ntwo\r\n")) == "one\ntwo\n")
    }

    @Test func aLoneCRBecomesLF() {
        #expect(text(decode("one\rtwo\r")) == "one\ntwo\n")
    }

    @Test func mixedLineBreaksAllBecomeLF() {
        #expect(text(decode("a\r\nb\rc\nd\r\r\ne\n\rf")) == "a\nb\nc\nd\n\ne\n\nf")
    }

    @Test func textWithoutCRIsUnchanged() {
        let original = "## 日本語の見出し\n\n本文 — émoji 🎉\n"
        #expect(text(decode(original)) == original)
    }

    @Test func lineBreaksAreNormalisedAfterABOM() {
        #expect(text(decode([0xEF, 0xBB, 0xBF] + Array("x\r\ny".utf8))) == "x\ny")
    }

    // MARK: Invalid UTF-8

    @Test func invalidUTF8IsReportedAtItsLineAndScalarColumn() throws {
        // Line 2 is "日本x" then 0xFF: 日 and 本 are three bytes each but one column each.
        let bytes = Array("first line\n日本x".utf8) + [0xFF] + Array("rest\n".utf8)
        let diagnostic = try #require(problem(decode(bytes)))
        #expect(diagnostic.code == .notUTF8)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == at(2, 4))
    }

    @Test func anInvalidFirstByteIsAtLineOneColumnOne() throws {
        let diagnostic = try #require(problem(decode([0x80] + Array("abc\n".utf8))))
        #expect(diagnostic.code == .notUTF8)
        #expect(diagnostic.location == at(1, 1))
    }

    @Test func aLatin1ByteIsNotUTF8() throws {
        // "café" saved as Latin-1.
        let diagnostic = try #require(problem(decode([0x63, 0x61, 0x66, 0xE9, 0x0A])))
        #expect(diagnostic.code == .notUTF8)
        #expect(diagnostic.location == at(1, 4))
    }

    @Test func aMultiByteSequenceTruncatedAtTheEndOfTheFile() throws {
        // "語" is E8 AA 9E; the file stops after its second byte.
        let bytes = Array("ok\nab".utf8) + [0xE8, 0xAA]
        let diagnostic = try #require(problem(decode(bytes)))
        #expect(diagnostic.code == .notUTF8)
        #expect(diagnostic.location == at(2, 3))
    }

    @Test func aMultiByteSequenceCutByANewline() throws {
        let bytes = Array("日".utf8) + [0xE8, 0x0A] + Array("x\n".utf8)
        let diagnostic = try #require(problem(decode(bytes)))
        #expect(diagnostic.code == .notUTF8)
        #expect(diagnostic.location == at(1, 2))
    }

    @Test(arguments: [
        [0xC0, 0xAF] as [UInt8],          // overlong "/"
        [0xED, 0xA0, 0x80],               // UTF-16 surrogate D800
        [0xF4, 0x90, 0x80, 0x80],         // above U+10FFFF
        [0xFE],
    ])
    func sequencesThatAreNotUTF8AreRejected(_ bad: [UInt8]) throws {
        let diagnostic = try #require(problem(decode(Array("é\n".utf8) + bad)))
        #expect(diagnostic.code == .notUTF8)
        #expect(diagnostic.location == at(2, 1))
    }

    @Test func linesAreCountedAcrossCRLFAndLoneCR() throws {
        // CRLF is one line break, a lone CR is one too.
        let bytes = Array("a\r\nb\rc\n\r\nd".utf8) + [0xFF]
        let diagnostic = try #require(problem(decode(bytes)))
        #expect(diagnostic.location == at(5, 2))
    }

    @Test func aBOMDoesNotCountAsAColumn() throws {
        let diagnostic = try #require(problem(decode([0xEF, 0xBB, 0xBF, 0xFF])))
        #expect(diagnostic.location == at(1, 1))
    }

    @Test func theFirstProblemInTheFileIsTheOneReported() throws {
        // A NUL on line 1 comes before the bad byte on line 2.
        let bytes = Array("a".utf8) + [0x00] + Array("\n".utf8) + [0xFF]
        let diagnostic = try #require(problem(decode(bytes)))
        #expect(diagnostic.code == .controlCharacter)
        #expect(diagnostic.location == at(1, 2))
    }

    // MARK: Control characters

    @Test func aNULIsReportedWhereItIs() throws {
        let bytes = Array("title: x\n日本".utf8) + [0x00] + Array("\n".utf8)
        let diagnostic = try #require(problem(decode(bytes)))
        #expect(diagnostic.code == .controlCharacter)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == at(2, 3))
        #expect(diagnostic.message.contains("NUL"))
    }

    @Test func theBellCharacterIsReportedWithItsCodePoint() throws {
        // A tab is one column.
        let diagnostic = try #require(problem(decode("a\n\tb\u{07}c\n")))
        #expect(diagnostic.code == .controlCharacter)
        #expect(diagnostic.location == at(2, 3))
        #expect(diagnostic.message.contains("U+0007"))
    }

    @Test func deleteIsAControlCharacter() throws {
        let diagnostic = try #require(problem(decode("ab\u{7F}\n")))
        #expect(diagnostic.code == .controlCharacter)
        #expect(diagnostic.location == at(1, 3))
        #expect(diagnostic.message.contains("U+007F"))
    }

    @Test(arguments: [0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F] as [UInt8])
    func otherC0ControlsAreRejected(_ byte: UInt8) throws {
        let diagnostic = try #require(problem(decode(Array("x".utf8) + [byte])))
        #expect(diagnostic.code == .controlCharacter)
        #expect(diagnostic.location == at(1, 2))
    }

    @Test func tabIsAccepted() {
        #expect(text(decode("| a\t| b\t|\n\tindented\n")) == "| a\t| b\t|\n\tindented\n")
    }

    @Test func aControlCharacterAfterCRLFLinesIsOnTheRightLine() throws {
        let diagnostic = try #require(problem(decode("one\r\ntwo\r\n\u{00}")))
        #expect(diagnostic.location == at(3, 1))
    }
}
