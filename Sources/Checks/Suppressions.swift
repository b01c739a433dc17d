import Content
import Foundation
import Diagnostics
import Outline

/// Findings a text marks as intended: `ignore: [PG203]` in its front-matter silences a code in
/// the whole file, `<!-- policygen-ignore PG203 -->` in the block that follows the comment.
/// Errors are never silenced (`checks:` sets a code's level for a site or a policy).
enum Suppressions {
    /// What the text silences, and the codes it names that no check has (PG230).
    static func scopes(of text: CheckedText) -> (scopes: [SuppressedCodes], problems: [Diagnostic]) {
        var scopes: [SuppressedCodes] = []
        var problems: [Diagnostic] = []
        func known(_ codes: [String], at location: SourceLocation) -> [String] {
            for code in codes where !DiagnosticCode.qualityChecks.contains(DiagnosticCode(rawValue: code)) {
                problems.append(.warning(.unknownIgnoredCode, at: location,
                                         "'\(code)' is not the code of a check that can be silenced",
                                         hint: "name a quality check's code (PG2xx) from docs/diagnostics.md"))
            }
            return codes
        }
        let frontMatter = text.translation.frontMatter
        if !frontMatter.ignore.isEmpty {
            let location = frontMatter.textStarts["ignore"]?.location ?? SourceLocation(path: text.path)
            scopes.append(SuppressedCodes(codes: known(frontMatter.ignore, at: location), lines: nil))
        }
        let blocks = text.document.blocks, starts = text.document.blockStarts
        for (index, block) in blocks.enumerated() {
            guard case .htmlBlock(let html) = block.kind, let codes = Self.codes(inComment: html) else { continue }
            let location = text.location(ofBlock: index)
            guard index + 1 < blocks.count, index + 1 < starts.count else { continue }
            let first = starts[index + 1].line
            let last = index + 2 < starts.count ? max(starts[index + 2].line - 1, first) : Int.max
            scopes.append(SuppressedCodes(codes: known(codes, at: location), lines: first...last))
        }
        return (scopes, problems)
    }

    /// `["PG203", "PG205"]` for `<!-- policygen-ignore PG203, PG205 -->`; nil for other HTML.
    static func codes(inComment html: String) -> [String]? {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let words = trimmed.dropFirst(4).dropLast(3)
            .split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard words.first == "policygen-ignore", words.count > 1 else { return nil }
        return Array(words.dropFirst())
    }

}

/// A file's scopes by code, so that a finding is judged by a look-up and a bisection whatever
/// the number of comments the file holds.
struct SilencedCodes {
    private var whole: Set<String> = []
    /// The lines each code is silenced on, by where they start: a comment's block ends where the
    /// next block starts, so they do not overlap.
    private var lines: [String: [ClosedRange<Int>]] = [:]

    init(_ scopes: [SuppressedCodes]) {
        for scope in scopes {
            for code in scope.codes {
                if let range = scope.lines { lines[code, default: []].append(range) } else { whole.insert(code) }
            }
        }
        for code in lines.keys { lines[code]!.sort { $0.lowerBound < $1.lowerBound } }
    }

    /// Whether a finding (not an error) in the file is silenced.
    func silence(_ diagnostic: Diagnostic) -> Bool {
        let code = diagnostic.code.rawValue
        if whole.contains(code) { return true }
        guard let ranges = lines[code], let line = diagnostic.location.line else { return false }
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= line { low = middle + 1 } else { high = middle }
        }
        return low > 0 && ranges[low - 1].contains(line)
    }
}
