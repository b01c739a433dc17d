import Content
import Foundation
import Record
import Testing

/// `policygen.lock`: chained entries, read back as written, and every hand edit found.
@Suite struct SiteRecordTests {
    private static func entry(_ version: String, _ language: String, effective: String, text: String,
                              event: RecordEntry.Event = .published) -> RecordEntry {
        RecordEntry(event: event, version: version, language: language, effective: effective, published: "2024-01-01",
                    recorded: "2024-01-01", translated: true, textSHA256: Fingerprint.sha256(Array(text.utf8)),
                    sourceSHA256: Fingerprint.sha256(Array(("---\n" + text).utf8)))
    }

    private static func sample() -> SiteRecord {
        var record = SiteRecord()
        record.append(entry("v1", "en", effective: "2024-01-01", text: "one"), policy: "terms")
        record.append(entry("v1", "en", effective: "2024-01-01", text: "first"), policy: "privacy")
        record.append(entry("v1", "ja", effective: "2024-01-01", text: "最初"), policy: "privacy")
        record.append(entry("v2", "en", effective: "2025-01-01", text: "second"), policy: "privacy")
        return record
    }

    @Test func eachEntryIsChainedToTheOneBeforeItInItsPolicy() throws {
        let record = Self.sample()
        let privacy = try #require(record.policies["privacy"])
        #expect(privacy[0].previous == nil)
        #expect(privacy[1].previous == privacy[0].hash)
        #expect(privacy[2].previous == privacy[1].hash)
        #expect(record.policies["terms"]?[0].previous == nil, "each policy has its own chain")
        #expect(Set(privacy.map(\.hash)).count == 3)
        #expect(privacy.allSatisfy { $0.hash.count == 64 && $0.hash.allSatisfy(\.isHexDigit) })
        #expect(record.chainBreaks.isEmpty)
    }

    @Test func theFileIsReadBackAsWrittenAndIsStable() throws {
        let record = Self.sample()
        let bytes = record.fileBytes()
        let read = try SiteRecord.parse(Data(bytes), path: "policygen.lock").get()
        #expect(read == record)
        #expect(read.fileBytes() == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        // Sorted: the policies by name, and one key a line, so a pull request shows each added entry.
        let privacy = try #require(text.range(of: "\"privacy\""))
        let terms = try #require(text.range(of: "\"terms\""))
        #expect(privacy.lowerBound < terms.lowerBound)
        #expect(text.contains("\n        \"text_sha256\" : \""))
        #expect(text.hasPrefix("{\n  \"format\" : \"policygen.lock 1\""))
    }

    @Test func aHandEditedOldEntryBreaksTheChain() throws {
        let text = String(decoding: Self.sample().fileBytes(), as: UTF8.self)
        let edited = text.replacingOccurrences(of: "\"effective\" : \"2024-01-01\"", with: "\"effective\" : \"2023-06-01\"")
        #expect(edited != text)
        let record = try SiteRecord.parse(Data(edited.utf8), path: "policygen.lock").get()
        let breaks = record.chainBreaks
        #expect(breaks.map(\.policy) == ["privacy", "privacy", "terms"])
        #expect(breaks.map(\.entry) == [1, 2, 1])
        #expect(breaks.allSatisfy { $0.reason.contains("changed after it was recorded") })
        #expect(record.rechained().chainBreaks.isEmpty, "--allow-history-edit chains the entries again as they read")
    }

    @Test func aRemovedEntryBreaksTheChainAfterIt() throws {
        var file = try JSONSerialization.jsonObject(with: Data(Self.sample().fileBytes())) as! [String: Any]
        var policies = file["policies"] as! [String: Any]
        var privacy = policies["privacy"] as! [Any]
        privacy.remove(at: 1)
        policies["privacy"] = privacy
        file["policies"] = policies
        let record = try SiteRecord.parse(try JSONSerialization.data(withJSONObject: file), path: "policygen.lock").get()
        #expect(record.chainBreaks.map(\.entry) == [2])
        #expect(record.chainBreaks.first?.reason.contains("does not follow") == true)
    }

    @Test func theStandingEntryIsTheLatestAndAWithdrawnTextLeaves() {
        var record = Self.sample()
        record.append(Self.entry("v2", "en", effective: "2025-02-01", text: "second, moved"), policy: "privacy")
        var withdrawn = Self.entry("v1", "ja", effective: "2024-01-01", text: "")
        withdrawn.event = .withdrawn
        record.append(withdrawn, policy: "privacy")
        let standing = record.standing["privacy"]
        #expect(standing?["v2"]?["en"]?.effective == "2025-02-01")
        #expect(standing?["v1"]?["ja"] == nil)
        #expect(standing?["v1"]?["en"] != nil)
        #expect(record.chainBreaks.isEmpty)
    }

    @Test func anUnreadableRecordIsAnErrorNotAnEmptyRecord() {
        for bad in ["{", "{\"format\": \"policygen.lock 9\", \"policies\": {}}", "{\"policies\": {}}"] {
            guard case .failure(let problem) = SiteRecord.parse(Data(bad.utf8), path: "policygen.lock") else {
                Issue.record("'\(bad)' was read")
                continue
            }
            #expect(problem.code.rawValue == "PG126")
            #expect(problem.location.path == "policygen.lock")
        }
    }

    @Test func theHashCoversEveryField() {
        let base = Self.entry("v1", "en", effective: "2024-01-01", text: "first").chained(after: nil, policy: "privacy")
        var variants: [RecordEntry] = []
        var e = base; e.version = "v2"; variants.append(e)
        e = base; e.language = "ja"; variants.append(e)
        e = base; e.effective = "2024-01-02"; variants.append(e)
        e = base; e.published = "2024-01-02"; variants.append(e)
        e = base; e.recorded = "2024-01-02"; variants.append(e)
        e = base; e.translated = false; variants.append(e)
        e = base; e.textSHA256 = nil; variants.append(e)
        e = base; e.sourceSHA256 = nil; variants.append(e)
        e = base; e.event = .corrected; variants.append(e)
        for variant in variants {
            #expect(variant.chained(after: nil, policy: "privacy").hash != base.hash)
        }
        #expect(base.chained(after: nil, policy: "terms").hash != base.hash)
    }
}
