import Diff
import Foundation
import Markdown
import Outline

// Measures how close the redlines of a corpus's consecutive versions are to a minimal edit
// script (`RedlineMinimality`): `swift run -c release RedlineMinimality CORPUS/content`, or
// `scripts/minimality.sh` for the generated L corpus (docs/performance.md).
//
// Every policy folder's versions are read in the order of their names, each language's text
// compared with the one before it; front-matter is left out. Prints the totals, the ratio of
// the totals, and the distribution of the pairs' ratios.

let arguments = CommandLine.arguments.dropFirst()
guard let root = arguments.first else {
    FileHandle.standardError.write(Data("usage: RedlineMinimality CONTENT_FOLDER\n".utf8))
    exit(64)
}
let files = FileManager.default
let contentURL = URL(fileURLWithPath: root)

func body(_ url: URL) -> String? {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
    guard text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex)
    else { return text }
    return String(text[end.upperBound...])
}

func blocks(_ text: String, _ path: String) -> [DocumentBlock] {
    MarkdownRenderer.render(MarkdownSource(text: text, path: path), options: MarkdownOptions()).document.blocks
}

var marked = 0, minimal = 0, pairs = 0
var ratios: [Double] = []
var worst: (ratio: Double, pair: String) = (0, "")
let start = Date()
for policy in (try? files.contentsOfDirectory(atPath: root))?.sorted() ?? [] {
    let policyURL = contentURL.appendingPathComponent(policy)
    let versions = ((try? files.contentsOfDirectory(atPath: policyURL.path)) ?? []).sorted().filter { version in
        var isFolder: ObjCBool = false
        return files.fileExists(atPath: policyURL.appendingPathComponent(version).path, isDirectory: &isFolder) && isFolder.boolValue
    }
    for (older, newer) in zip(versions, versions.dropFirst()) {
        let languages = ((try? files.contentsOfDirectory(atPath: policyURL.appendingPathComponent(newer).path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        for language in languages {
            let oldURL = policyURL.appendingPathComponent(older).appendingPathComponent(language)
            let newURL = policyURL.appendingPathComponent(newer).appendingPathComponent(language)
            guard let oldText = body(oldURL), let newText = body(newURL) else { continue }
            let (a, b) = (blocks(oldText, oldURL.path), blocks(newText, newURL.path))
            let measure = RedlineMinimality(old: a, new: b, redline: Redline(old: a, new: b))
            marked += measure.marked
            minimal += measure.minimal
            pairs += 1
            if measure.minimal > 0 { ratios.append(measure.ratio) }
            if measure.ratio > worst.ratio { worst = (measure.ratio, "\(policy) \(older) → \(newer) \(language)") }
        }
    }
}
ratios.sort()
let sorted = ratios
func percentile(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
print("pairs: \(pairs), in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
print("tokens marked changed: \(marked); minimal edit script: \(minimal); ratio of totals: \(String(format: "%.3f", minimal == 0 ? 1 : Double(marked) / Double(minimal)))")
print("per pair: median \(String(format: "%.3f", percentile(0.5))), p90 \(String(format: "%.3f", percentile(0.9))), "
      + "p99 \(String(format: "%.3f", percentile(0.99))), max \(String(format: "%.3f", worst.ratio)) (\(worst.pair))")
