import Diagnostics

/// PG207: a heading deeper than the one before it by more than a level (`##` then `####`), which
/// breaks the outline screen readers and the table of contents follow. The title is the page's
/// `<h1>`, so the body starts at `##`.
///
/// How a whole text is laid out is reported once per file, at its first heading of the kind,
/// not at every heading: level-1 headings in the body (the title written again as `# Title`, or
/// sections written `#`), and sections that start deeper than `##` after the title or a `#`
/// heading (a text that simply starts at `###`). A level skipped inside the body is reported
/// where it stands.
enum SkippedHeadingLevelCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.skippedHeadingLevel: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        let headings = text.placedHeadings
        var found: [Diagnostic] = []
        let topLevel = headings.filter { $0.level == 1 }
        if let first = topLevel.first {
            if topLevel.count == 1, headings.first?.level == 1 {
                let repeats = first.text == text.translation.frontMatter.title ? ", repeating the title" : ""
                found.append(.warning(.skippedHeadingLevel, at: first.location,
                                      "'\(first.text)' is a level-1 heading (#) at the start of the text\(repeats); "
                                          + "the page shows the title as its level-1 heading already",
                                      hint: "delete it (the title comes from the front-matter), and start the sections at ##"))
            } else {
                found.append(.warning(.skippedHeadingLevel, at: first.location,
                                      "this text has \(topLevel.count) level-1 heading\(topLevel.count == 1 ? "" : "s") (#), "
                                          + "the first '\(first.text)', but the title is the page's level-1 heading",
                                      hint: "start the body's sections at ## (level 2)"))
            }
        }
        var previous = 1
        var sectionStarts: [(heading: String, level: Int, location: SourceLocation)] = []
        for heading in headings {
            let location = heading.location
            defer { previous = heading.level }
            guard heading.level > previous + 1 else { continue }
            if previous == 1 {
                sectionStarts.append((heading.text, heading.level, location))
                continue
            }
            found.append(.warning(.skippedHeadingLevel, at: location,
                                  "'\(heading.text)' is a level-\(heading.level) heading after a level-\(previous) heading: "
                                      + "\(skipped(from: previous, to: heading.level)) skipped",
                                  hint: "write \(String(repeating: "#", count: previous + 1)) here, or add the heading it belongs under"))
        }
        if let first = sectionStarts.first {
            let more = sectionStarts.count > 1 ? " (and \(sectionStarts.count - 1) more sections after a level-1 heading)" : ""
            let after = first.location == headings.first?.location ? "the title" : "a level-1 heading"
            found.append(.warning(.skippedHeadingLevel, at: first.location,
                                  "'\(first.heading)' is a level-\(first.level) heading after \(after): the text's sections "
                                      + "start at level \(first.level), \(skipped(from: 1, to: first.level)) skipped\(more)",
                                  hint: "start the body's sections at ## (level 2)"))
        }
        return found.sorted { $0.location < $1.location }
    }

    private static func skipped(from previous: Int, to level: Int) -> String {
        previous + 1 == level - 1 ? "level \(previous + 1) is" : "levels \(previous + 1) to \(level - 1) are"
    }
}
