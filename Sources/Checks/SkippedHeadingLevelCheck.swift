import Diagnostics

/// PG207: a heading deeper than the one before it by more than a level (`##` then `####`), which
/// breaks the outline screen readers and the table of contents follow. The title is the page's
/// `<h1>`, so the body starts at `##`: a first heading at `###` skips a level, and a `#` in the
/// body is a second `<h1>`, reported too.
enum SkippedHeadingLevelCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.skippedHeadingLevel: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var previous = 1
        for (heading, location) in text.placedHeadings {
            defer { previous = heading.level }
            if heading.level == 1 {
                found.append(.warning(.skippedHeadingLevel, at: location,
                                      "'\(heading.text)' is a level-1 heading (#), but the title is the page's level-1 heading",
                                      hint: "start the body's sections at ## (level 2)"))
            } else if heading.level > previous + 1 {
                let after = previous == 1 ? "the title" : "a level-\(previous) heading"
                let skipped = previous + 1 == heading.level - 1 ? "level \(previous + 1) is"
                                                                  : "levels \(previous + 1) to \(heading.level - 1) are"
                found.append(.warning(.skippedHeadingLevel, at: location,
                                      "'\(heading.text)' is a level-\(heading.level) heading after \(after): \(skipped) skipped",
                                      hint: "write \(String(repeating: "#", count: previous + 1)) here, or add the heading it belongs under"))
            }
        }
        return found
    }
}
