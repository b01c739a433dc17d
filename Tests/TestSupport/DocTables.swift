import Foundation

/// A page of docs/ read as the tests that keep the documentation and the code in step need it:
/// its sections, and the names written in backticks in the first column of their tables.
public struct DocPage {
    public let lines: [String]

    /// `name`: a file of docs/ (`themes.md`).
    public init(_ name: String) throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: repository.appendingPathComponent("docs").appendingPathComponent(name), encoding: .utf8)
        // Code blocks hold examples, not sections: their lines are left out.
        var inCode = false
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            if line.hasPrefix("```") {
                inCode.toggle()
                return nil
            }
            return inCode ? nil : String(line)
        }
    }

    /// The lines of the section under the heading `heading` (its text, without the `#`s), up
    /// to the next heading of the same level or higher; empty when there is no such heading.
    public func section(_ heading: String) -> [String] {
        guard let start = lines.firstIndex(where: { Self.heading($0)?.text == heading }),
              let level = Self.heading(lines[start])?.level else { return [] }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { Self.heading($0).map { $0.level <= level } ?? false } ?? lines.endIndex
        return Array(lines[(start + 1)..<end])
    }

    /// The names in backticks in the first column of the section's tables.
    public func tableNames(_ heading: String) -> [String] {
        section(heading).filter { $0.hasPrefix("| `") }.flatMap { line -> [String] in
            let firstCell = line.dropFirst(1).prefix { $0 != "|" }
            return Self.backticked(String(firstCell))
        }
    }

    /// The names in backticks in the cell of the row whose first column names `name`, in the
    /// section's tables: what a list's items are documented to have.
    public func rowNames(_ heading: String, row name: String) -> [String] {
        guard let line = section(heading).first(where: { $0.hasPrefix("| `") && Self.backticked(String($0.dropFirst(1).prefix { $0 != "|" })).contains(name) })
        else { return [] }
        let cells = line.split(separator: "|", omittingEmptySubsequences: false)
        return cells.count > 2 ? Self.backticked(cells.dropFirst(2).joined(separator: "|")) : []
    }

    /// Every name in backticks in `text`.
    public static func backticked(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    private static func heading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes > 0, line.dropFirst(hashes).hasPrefix(" ") else { return nil }
        return (hashes, String(line.dropFirst(hashes + 1)))
    }
}
