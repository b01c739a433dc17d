import Diagnostics
import Markdown

/// Where each link of a text starts in the file, parallel to `document.links`.
///
/// cmark-gfm places autolinks badly: those its extension finds in plain text (bare `http://…`
/// URLs, e-mail addresses) have no position at all, which reaches the checks as the body's
/// first line, column 1; `<https://…>` and `www.…` ones after a paragraph's first line have
/// the right line but a column off by one or counted from the paragraph's start. An autolink
/// not written where it is said to start is found again in the file:
/// - with a line, the occurrence on that line nearest the column given;
/// - without one, the n-th such link written `T` is the n-th occurrence of `T` standing bare
///   (not after `<`, `[`, `](` or a backtick), outside code blocks.
/// Every other link keeps the position cmark gave it.
struct LinkLocations {
    private(set) var locations: [SourceLocation] = []

    init(_ text: CheckedText) {
        let firstLine = text.translation.bodyFirstLine
        let lines = text.translation.body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Array($0.unicodeScalars) }
        let codeLines = Self.codeBlockLines(of: text)
        var seenBare: [String: Int] = [:]
        for link in text.document.links {
            let written = Array(link.text.unicodeScalars)
            let point: SourcePoint?
            if !Self.isAutolink(link) || written.isEmpty {
                point = link.start
            } else if Self.lacksPosition(link, firstLine: firstLine, lines: lines) {
                let ordinal = seenBare[link.text, default: 0]
                seenBare[link.text] = ordinal + 1
                point = Self.bareOccurrence(ordinal, of: written, in: lines, skipping: codeLines, firstLine: firstLine)
            } else {
                let line = lines.indices.contains(link.start.line - firstLine) ? lines[link.start.line - firstLine] : []
                point = Self.nearestOccurrence(of: written, in: line, to: link.start.column)
                    .map { SourcePoint(line: link.start.line, column: $0) }
            }
            locations.append(text.location(of: point ?? link.start))
        }
    }

    /// A link cmark made of a URL or address written as it is: `<…>`, `www.…`, or bare.
    private static func isAutolink(_ link: DocumentLink) -> Bool {
        !link.isImage && [link.text, "mailto:" + link.text, "http://" + link.text].contains(link.destination)
    }

    /// At the spot where a missing position lands, and not an angle autolink written there.
    private static func lacksPosition(_ link: DocumentLink, firstLine: Int, lines: [[Unicode.Scalar]]) -> Bool {
        let angle = Array(("<" + link.text).unicodeScalars)
        return link.start == SourcePoint(line: firstLine, column: 1) && !(lines.first?.starts(with: angle) ?? false)
    }

    /// The column where the link written `needle` starts on `line` (at its `<` when it has
    /// one), choosing the occurrence nearest `column`.
    private static func nearestOccurrence(of needle: [Unicode.Scalar], in line: [Unicode.Scalar], to column: Int) -> Int? {
        occurrences(of: needle, in: line)
            .map { $0 > 0 && line[$0 - 1] == "<" ? $0 : $0 + 1 }
            .min { abs($0 - column) < abs($1 - column) }
    }

    private static func bareOccurrence(_ ordinal: Int, of needle: [Unicode.Scalar], in lines: [[Unicode.Scalar]],
                                       skipping codeLines: Set<Int>, firstLine: Int) -> SourcePoint? {
        var remaining = ordinal
        for (offset, line) in lines.enumerated() where !codeLines.contains(firstLine + offset) {
            for start in occurrences(of: needle, in: line) {
                let before = start > 0 ? line[start - 1] : " "
                guard !["<", "[", "`"].contains(before), !(before == "(" && start > 1 && line[start - 2] == "]") else {
                    continue
                }
                if remaining == 0 { return SourcePoint(line: firstLine + offset, column: start + 1) }
                remaining -= 1
            }
        }
        return nil
    }

    /// The 0-based offsets at which `needle` occurs in `line`.
    private static func occurrences(of needle: [Unicode.Scalar], in line: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, line.count >= needle.count else { return [] }
        return (0...(line.count - needle.count)).filter { line[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    /// The file lines of fenced and indented code blocks, where nothing is a link.
    private static func codeBlockLines(of text: CheckedText) -> Set<Int> {
        var lines = Set<Int>()
        let document = text.document
        for (index, block) in document.blocks.enumerated() {
            guard case .codeBlock = block.kind, document.blockStarts.indices.contains(index) else { continue }
            let first = document.blockStarts[index].line
            let last = document.blockStarts.indices.contains(index + 1)
                ? max(document.blockStarts[index + 1].line - 1, first)
                : text.translation.bodyFirstLine + text.translation.body.count(where: { $0 == "\n" })
            lines.formUnion(first...last)
        }
        return lines
    }
}
