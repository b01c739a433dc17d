import Diff
import Foundation
import Testing

/// `policygen diff --format json`: the schema of docs/diff-json.md.
@Suite struct RedlineReportTests {
    private func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static let subject = RedlineSubject(
        policy: "privacy", language: "en",
        old: ComparedVersion(id: "v1", effective: "2024-01-01", title: "Privacy"),
        new: ComparedVersion(id: "v2", effective: "2025-01-01", title: "Privacy notice", summary: "Shorter retention."))

    @Test func versionsSummaryAndBlocks() throws {
        let old = "Intro.\n\n## Retention\n\nWe keep data for 12 months.\n\n| Data | Period |\n|---|---|\n| Logs | 30 days |\n\n## Gone\n\nOld text.\n"
        let new = "Intro.\n\n## Retention\n\nWe keep data for 6 months.\n\n| Data | Period |\n|---|---|\n| Logs | 14 days |\n| Backups | 90 days |\n"
        let json = RedlineReport(redline(old, new), subject: Self.subject).json()
        #expect(json.hasSuffix("}\n"))
        let report = try object(json)
        #expect(report["policy"] as? String == "privacy")
        #expect(report["language"] as? String == "en")
        let oldSide = try #require(report["old"] as? [String: Any])
        #expect(oldSide["id"] as? String == "v1" && oldSide["effective"] as? String == "2024-01-01")
        #expect(oldSide["summary"] is NSNull, "no summary is null")
        #expect((report["new"] as? [String: Any])?["summary"] as? String == "Shorter retention.")
        #expect((report["new"] as? [String: Any])?["title"] as? String == "Privacy notice")

        let summary = try #require(report["summary"] as? [String: Any])
        #expect((summary["changed"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["retention"])
        #expect((summary["removed"] as? [[String: Any]])?.compactMap { $0["heading"] as? String } == ["Gone"])
        #expect(summary["words_added"] as? Int == 5)
        #expect(summary["words_removed"] as? Int == 5)

        let blocks = try #require(report["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["change"] as? String } == ["changed", "changed", "deleted", "deleted", "inserted"])
        #expect(blocks.map { $0["kind"] as? String } == ["paragraph", "table_row", "heading", "paragraph", "table_row"])
        let paragraph = blocks[0]
        #expect(paragraph["section"] as? String == "retention")
        #expect(paragraph["old_index"] as? Int == 2 && paragraph["new_index"] as? Int == 2)
        let runs = try #require(paragraph["runs"] as? [[String: String]])
        #expect(runs == [["op": "equal", "text": "We keep data for "], ["op": "deleted", "text": "12"],
                         ["op": "inserted", "text": "6"], ["op": "equal", "text": " months."]])
        #expect(paragraph["text"] == nil && paragraph["fields"] == nil && paragraph["cells"] == nil)
        let row = try #require(blocks[1]["fields"] as? [[[String: String]]])
        #expect(row[1] == [["op": "deleted", "text": "30"], ["op": "inserted", "text": "14"], ["op": "equal", "text": " days"]])
        #expect(blocks[2]["text"] as? String == "Gone" && blocks[2]["new_index"] is NSNull)
        #expect(blocks[2]["section"] as? String == "gone", "a deleted block is in its old section")
        #expect(blocks[4]["cells"] as? [String] == ["Backups", "90 days"])
        #expect(blocks[4]["old_index"] is NSNull, "an inserted block has no old index")
    }

    @Test func movedBlocksCarryBothIndexesAtBothPlaces() throws {
        let moving = "Backups are encrypted and kept for thirty days in two regions."
        let old = "## Storage\n\n\(moving)\n\nWe store data in the EU.\n\n## Security\n\nWe use TLS.\n"
        let new = "## Storage\n\nWe store data in the EU.\n\n## Security\n\nWe use TLS.\n\n\(moving)\n"
        let blocks = try #require(try object(RedlineReport(redline(old, new), subject: Self.subject).json())["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["change"] as? String } == ["moved_away", "moved"])
        for block in blocks {
            #expect(block["old_index"] as? Int == 1 && block["new_index"] as? Int == 4)
            #expect(block["text"] as? String == moving)
        }
        #expect(blocks.map { $0["section"] as? String } == ["storage", "security"])
    }

    @Test func keysAreSortedAndTheOutputIsStable() {
        let json = RedlineReport(redline("A b.\n", "A c.\n"), subject: Self.subject).json()
        #expect(json == RedlineReport(redline("A b.\n", "A c.\n"), subject: Self.subject).json())
        let keys = ["\"blocks\"", "\"language\"", "\"new\"", "\"old\"", "\"policy\"", "\"summary\""]
        let positions = keys.map { json.range(of: "\n  " + $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func identicalVersionsHaveNoBlocks() throws {
        let report = try object(RedlineReport(redline("Same.\n", "Same.\n"), subject: Self.subject).json())
        #expect((report["blocks"] as? [Any])?.isEmpty == true)
    }
}
