import Content
import Foundation
import Record
import Testing

/// `policygen.lock` is written by hand, and must stay byte for byte what Foundation's JSONEncoder
/// wrote (`[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and a final newline): a
/// published record never changes by itself when policygen is upgraded.
@Suite struct RecordFileTextTests {
    private struct File: Encodable {
        var format = "policygen.lock 1"
        var policies: [String: [RecordEntry]]
    }

    /// The writer the record used before: the reference the hand-written text must equal.
    private static func encoderBytes(_ policies: [String: [RecordEntry]]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain strings and booleans: encoding cannot fail.
        return Array(try! encoder.encode(File(policies: policies))) + [0x0A]
    }

    private static func encoderBytes(_ record: SiteRecord) -> [UInt8] { encoderBytes(record.policies) }

    private static func entry(_ version: String, _ language: String, event: RecordEntry.Event = .published,
                              effective: String = "2024-03-01", translated: Bool = true, text: String = "text") -> RecordEntry {
        let withdrawn = event == .withdrawn
        return RecordEntry(event: event, version: version, language: language, effective: effective,
                           published: "2024-02-01", recorded: "2024-02-15", translated: translated,
                           textSHA256: withdrawn ? nil : Fingerprint.sha256(Array(text.utf8)),
                           sourceSHA256: withdrawn ? nil : Fingerprint.sha256(Array(("---\n" + text).utf8)))
    }

    /// Strings a hand-edited or unusual record may hold: every escape JSON knows, the control
    /// characters without a short escape, a slash, non-ASCII letters, emoji and a combining accent.
    static let awkward = [
        "say \"yes\"", #"C:\policies\terms"#, "a/b/../c", "line\nbreak\r\n", "tab\there", "\u{08}\u{0C}",
        "\u{00}\u{01}\u{1F}\u{7F}", "\u{1B}[31mred", "利用規約", "política de privacidad", "e\u{301}", "👩‍⚖️ terms",
        "\u{2028}\u{2029}", "</script>", "", " leading and trailing ",
    ]

    @Test(arguments: awkward)
    func anAwkwardStringInEveryFieldIsWrittenAsJSONEncoderWroteIt(_ text: String) throws {
        var entry = Self.entry(text, text, effective: text)
        (entry.published, entry.recorded, entry.textSHA256, entry.sourceSHA256) = (text, text, text, text)
        (entry.previous, entry.hash) = (text, text)
        // Read from the encoder's text: the record holds the strings as they are, not chained again.
        let reference = Self.encoderBytes([text: [entry], "plain": [Self.entry("v2", text, event: .withdrawn)]])
        let record = try SiteRecord.parse(Data(reference), path: "policygen.lock").get()
        #expect(record.policies[text] == [entry])
        #expect(record.fileBytes() == reference)
    }

    @Test func policiesAreSortedByTheirUTF8BytesAsJSONEncoderSortsThem() throws {
        var record = SiteRecord()
        for slug in ["terms", "Terms", "policy10", "policy2", "a-b", "a_b", "ab", "é", "z", "ä", "A", "privacy/old"] {
            record.append(Self.entry("v1", "en"), policy: slug)
        }
        let written = record.fileBytes()
        #expect(written == (Self.encoderBytes(record)))
    }

    @Test func anEmptyRecordAndAnEmptyPolicyAreWrittenAsJSONEncoderWroteThem() throws {
        #expect(SiteRecord().fileBytes() == (Self.encoderBytes(SiteRecord())))
        let empty = try SiteRecord.parse(Data(#"{"format": "policygen.lock 1", "policies": {"terms": []}}"#.utf8),
                                         path: "policygen.lock").get()
        #expect(empty.fileBytes() == (Self.encoderBytes(empty)))
        #expect(String(decoding: empty.fileBytes(), as: UTF8.self).contains("\"terms\" : [\n\n    ]"))
    }

    /// Many policies and languages, every event, translated or not: the shape of a real site's history.
    @Test func aGeneratedRecordOfManyEntriesIsWrittenAsJSONEncoderWroteIt() throws {
        var record = SiteRecord()
        let languages = ["ar", "de", "en", "ja", "pt-BR", "zh-Hant"]
        for policy in 0..<40 {
            for version in 1...4 {
                for (index, language) in languages.enumerated() {
                    let event: RecordEntry.Event = (policy + version + index) % 7 == 0 ? .withdrawn
                        : version == 3 && index == 1 ? .corrected : .published
                    record.append(Self.entry("v\(version)", language, event: event, effective: "202\(version)-0\(index + 1)-15",
                                             translated: index % 2 == 0, text: "policy \(policy) v\(version) \(language)"),
                                  policy: "policy-\(policy)")
                }
            }
        }
        let written = record.fileBytes()
        #expect(written == (Self.encoderBytes(record)))
        #expect(written.count > 400_000)
    }

    /// The repository's example site and the browser fixture: their committed records are
    /// written again to the same bytes.
    @Test(arguments: ["policygen.lock", "Tests/Browser/fixture-site/policygen.lock"])
    func aCommittedRecordIsWrittenAgainToTheSameBytes(_ path: String) throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let bytes = try Data(contentsOf: repository.appendingPathComponent(path))
        let record = try SiteRecord.parse(bytes, path: path).get()
        #expect(!record.isEmpty)
        #expect(record.fileBytes() == Array(bytes))
        #expect(record.fileBytes() == (Self.encoderBytes(record)))
    }
}
