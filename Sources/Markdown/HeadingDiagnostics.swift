import Diagnostics
import Outline

/// PG301 for a malformed `{#…}` or one a footnote already takes, PG300 for a custom id used twice.
enum HeadingDiagnostics {
    static func check(_ headings: [ParsedHeading], footnoteIDs: Set<String>, in source: MarkdownSource) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstUse: [String: ParsedHeading] = [:]
        for heading in headings {
            switch heading.customIDMarker {
            case .invalid(let written)?:
                diagnostics.append(.error(
                    .invalidHeadingID, at: location(of: heading, in: source),
                    written.isEmpty ? "the heading id {#} is empty"
                        : "the heading id {#\(written)} may only contain letters, digits, '-' and '_'",
                    hint: "write it as {#\(HeadingSlug.slug(for: written))}, or put a literal {#…} in a code span"))
            case .valid(let id)? where footnoteIDs.contains(id):
                diagnostics.append(.error(
                    .invalidHeadingID, at: location(of: heading, in: source),
                    "the heading id {#\(id)} is the id of a footnote in this document",
                    hint: "choose another id; footnotes take fn-<label> and fnref-<label>"))
            case .valid(let id)?:
                if let first = firstUse[id] {
                    diagnostics.append(.error(
                        .duplicateHeadingID, at: location(of: heading, in: source),
                        "the heading id {#\(id)} is already used on line \(fileLine(of: first, in: source))",
                        hint: "give each heading its own id"))
                } else {
                    firstUse[id] = heading
                }
            case nil:
                break
            }
        }
        return diagnostics
    }

    /// The heading's position in the file. cmark counts columns in bytes, SourceLocation in
    /// Unicode scalars; they agree here because a heading's column is where its block starts,
    /// and only white space and container markers (`>`, `-`, `1.`), all ASCII, can precede it
    /// on its line.
    private static func location(of heading: ParsedHeading, in source: MarkdownSource) -> SourceLocation {
        SourceLocation(path: source.path, line: fileLine(of: heading, in: source), column: heading.column)
    }

    private static func fileLine(of heading: ParsedHeading, in source: MarkdownSource) -> Int {
        source.firstLine + heading.line - 1
    }
}
