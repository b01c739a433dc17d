import Content
import Foundation
import Diagnostics
import Outline

/// Warnings a text marks as intended: `ignore: [PG203]` in its front-matter silences a code in
/// the whole file, `<!-- policygen-ignore PG203 -->` in the block that follows the comment.
/// Errors are never silenced.
struct Suppressions {
    private struct Scope {
        var codes: Set<String>
        /// File lines; nil for the whole file.
        var lines: ClosedRange<Int>?
    }

    private var scopes: [String: [Scope]] = [:]
    /// Codes named that no check has.
    private(set) var problems: [Diagnostic] = []

    init(_ site: CheckedSite) {
        for text in site.texts {
            let frontMatter = text.translation.frontMatter
            if !frontMatter.ignore.isEmpty {
                let location = frontMatter.textStarts["ignore"]?.location ?? SourceLocation(path: text.path)
                scopes[text.path, default: []].append(Scope(codes: known(frontMatter.ignore, at: location), lines: nil))
            }
            for (index, block) in text.document.blocks.enumerated() {
                guard case .htmlBlock(let html) = block.kind, let codes = Self.codes(inComment: html) else { continue }
                let location = text.location(ofBlock: index)
                guard index + 1 < text.document.blocks.count else { continue }
                let first = text.document.blockStarts[index + 1].line
                let last = index + 2 < text.document.blockStarts.count
                    ? max(text.document.blockStarts[index + 2].line - 1, first) : Int.max
                scopes[text.path, default: []].append(Scope(codes: known(codes, at: location), lines: first...last))
            }
        }
    }

    private mutating func known(_ codes: [String], at location: SourceLocation) -> Set<String> {
        for code in codes where !QualityChecks.silenceableCodes.contains(DiagnosticCode(rawValue: code)) {
            problems.append(.warning(.unknownIgnoredCode, at: location,
                                     "'\(code)' is not the code of a check that can be silenced",
                                     hint: "name a warning or information code (PG2xx) from docs/diagnostics.md"))
        }
        return Set(codes)
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

    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { diagnostic in
            guard diagnostic.severity != .error, let fileScopes = scopes[diagnostic.location.path] else { return true }
            return !fileScopes.contains { scope in
                guard scope.codes.contains(diagnostic.code.rawValue) else { return false }
                guard let lines = scope.lines else { return true }
                return diagnostic.location.line.map(lines.contains) ?? false
            }
        } + problems
    }
}
