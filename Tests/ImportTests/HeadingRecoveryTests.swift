import Content
import Foundation
import Import
import Testing

/// Headings recovered from plain-text policies numbered in the shapes scraped pages use
/// (`1.`, `1.1`, `1)`, `1、`, `一、`, `(a)`, `Article 3`, lines in capitals), measured on
/// fixtures of our own: each `headings/NAME.txt` with the headings it has, as Markdown, in
/// `NAME.headings`. A heading counts when it is recovered with its number, text and level.
@Suite struct HeadingRecoveryTests {
    static let folder = GoldenImportTests.fixtures.appendingPathComponent("headings")
    static let names = ["dotted", "chinese", "articles", "capitals", "parenthesized"]

    private static func recovered(_ name: String, language: String) throws -> (found: [String], expected: [String]) {
        let url = folder.appendingPathComponent(name + ".txt")
        let source = try ImportSource.read(url, shownAs: name + ".txt").get()
        let request = PolicyImport.Request(policy: "privacy", language: language, effective: EffectiveDate("2024-01-01"))
        let planned = try PolicyImport.plan([source], request).get()
        let found = planned.document.blocks.compactMap { block -> String? in
            guard case .heading(let heading) = block else { return nil }
            return String(repeating: "#", count: heading.level) + " "
                + [heading.number, heading.text.plainText].compactMap { $0 }.joined(separator: " ")
        }
        let expected = try String(contentsOf: folder.appendingPathComponent(name + ".headings"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        return (found, expected)
    }

    @Test func atLeastFourFifthsOfTheHeadingsAreRecoveredWithTheirLevels() throws {
        var matched = 0, total = 0, extra = 0
        var report: [String] = []
        for name in Self.names {
            let recovered = try Self.recovered(name, language: name == "chinese" ? "zh" : "en")
            // Compared without spaces: "1、 Text" is "1、Text" as written.
            let found = recovered.found.map { $0.filter { $0 != " " } }, expected = recovered.expected.map { $0.filter { $0 != " " } }
            let hits = expected.filter(found.contains).count
            matched += hits
            total += expected.count
            extra += found.filter { !expected.contains($0) }.count
            report.append("\(name): \(hits)/\(expected.count); missed \(expected.filter { !found.contains($0) }); extra \(found.filter { !expected.contains($0) })")
        }
        let share = Double(matched) / Double(total)
        print("heading recovery: \(matched)/\(total) = \(Int((share * 100).rounded()))%, \(extra) false headings\n" + report.joined(separator: "\n"))
        #expect(share >= 0.8, Comment(rawValue: report.joined(separator: "\n")))
        #expect(extra <= total / 10, Comment(rawValue: report.joined(separator: "\n")))
    }
}
