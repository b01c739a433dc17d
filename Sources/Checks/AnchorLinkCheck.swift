import Config
import Diagnostics
import Foundation
import Markdown

/// PG201: a `#anchor` link to no heading or footnote of the same text. A bare `#` names no
/// anchor: PG204 judges it; `#top` leads to the top of the page.
enum AnchorLinkCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.brokenAnchor: .error]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        let anchors = Anchors(text.document)
        var hints = NameHints(text.document.headings.map(\.id))
        var found: [Diagnostic] = []
        for link in text.document.links where link.destination.hasPrefix("#") && link.destination != "#" {
            let anchor = String(link.destination.dropFirst())
            guard !anchors.leadSomewhere(anchor) else { continue }
            found.append(.error(.brokenAnchor, at: text.location(of: link.start),
                                "no heading has the id '\(anchor)' in this text", hint: hints.hint(for: anchor)))
        }
        return found
    }
}

/// The ids a link can end at in one text: headings, the text's HTML elements (`<a id>`), and
/// the footnotes cmark names `fn-…` and `fnref-…`; an anchor leads there as written or
/// percent-decoded.
struct Anchors {
    private let ids: Set<String>

    init(_ document: RenderedDocument) {
        var ids = Set(document.headings.map(\.id)).union(document.htmlIDs)
        for block in document.blocks {
            if case .footnoteDefinition(let label) = block.kind {
                ids.insert("fn-\(label)")
                ids.insert("fnref-\(label)")
            }
        }
        self.ids = ids
    }

    init(_ ids: Set<String>) {
        self.ids = ids
    }

    /// `#top` with no element of that id is the top of the page, by HTML's rule.
    func leadSomewhere(_ anchor: String) -> Bool {
        if ids.contains(anchor) { return true }
        if anchor.utf8.contains(UInt8(ascii: "%")), let decoded = anchor.removingPercentEncoding, ids.contains(decoded) {
            return true
        }
        return anchor.utf8.count == 3 && anchor.lowercased() == "top"
    }
}

/// "did you mean …?" for names written wrong: the candidate within two edits of the name
/// (the fewest edits first, then the first listed), as `YAMLMapping.closest` finds it. Each name
/// is compared with every candidate, by an edit distance cut off past two, while a text's budget
/// of comparisons lasts: a text with thousands of broken links would otherwise cost their
/// number times its headings.
struct NameHints {
    private let candidates: [(name: String, scalars: [Unicode.Scalar])]
    private var made: [String: String?] = [:]
    private var comparisonsLeft = Self.comparisons
    static let comparisons = 20_000
    /// The rows of the edit distance, made once for every comparison.
    private var rows: ([Int], [Int]) = ([], [])

    init(_ candidates: [String]) {
        self.candidates = candidates.map { ($0, Array($0.unicodeScalars)) }
    }

    mutating func hint(for name: String) -> String? {
        if let known = made[name] { return known }
        guard comparisonsLeft >= candidates.count else { return nil }
        comparisonsLeft -= max(candidates.count, 1)
        let written = Array(name.unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates where abs(candidate.scalars.count - written.count) <= 2 {
            guard let distance = Self.distance(written, candidate.scalars, rows: &rows),
                  distance < (best?.distance ?? 3) else { continue }
            best = (candidate.name, distance)
        }
        let hint = best.map { "did you mean '\($0.name)'?" }
        made[name] = hint
        return hint
    }

    /// The edit distance of `a` and `b` when it is two at most, else nil: only the diagonal band
    /// of two each side is worked out, and the work stops once every cell of a row is past two.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], rows: inout ([Int], [Int])) -> Int? {
        let limit = 2
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let infinity = limit + 1
        var (previous, current) = rows
        defer { rows = (previous, current) }
        if previous.count < b.count + 1 {
            previous = [Int](repeating: infinity, count: b.count + 1)
            current = previous
        }
        for j in 0...b.count { previous[j] = min(j, infinity) }
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[0] = min(i, infinity)
            if low > 1 { current[low - 1] = infinity }
            var rowBest = current[0]
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, infinity)
                rowBest = min(rowBest, current[j])
            }
            if high < b.count { current[high + 1] = infinity }
            if rowBest > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
