// Times the diff engine on a generated policy and an edited copy (about 5% of tokens
// changed) at several sizes. Not a test: run it in release and read the figures.
//
//   swift run -c release DiffBenchmark [--sizes 100,1000,4000] [--runs N] [--write DIR] [--one-paragraph]
//
// --one-paragraph runs the same text written as a single paragraph: the worst case for the
// diff inside a block, which then sees every change at once.
// --write DIR also writes each pair as Markdown (DIR/<size>KB-old.md, -new.md) and as the
// blocks' plain text, one block per line (-old.txt, -new.txt), for other diff tools
// (`diffbench.py --count OLD NEW`); the changed-token count printed here uses the same
// token rule as those tools: words, and every other non-space character on its own.

import Diff
import Foundation
import Markdown
import Outline

struct Options {
    var sizesKB = [100, 1000, 4000]
    var runs = 5
    var writeDirectory: String?
    var oneParagraph = false

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--sizes": sizesKB = rest.popFirst()!.split(separator: ",").map { Int($0)! }
            case "--runs": runs = Int(rest.popFirst()!)!
            case "--write": writeDirectory = rest.popFirst()!
            case "--one-paragraph": oneParagraph = true
            default: fatalError("usage: DiffBenchmark [--sizes 100,1000,4000] [--runs N] [--write DIR] [--one-paragraph]")
            }
        }
    }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// CPU time of this thread: other processes on the machine barely change it, unlike wall time.
func threadCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

func parse(_ markdown: String) -> [DocumentBlock] {
    MarkdownRenderer.render(MarkdownSource(text: markdown, path: "benchmark.md"), options: MarkdownOptions()).document.blocks
}

/// Tokens a reader sees as changed, counted as the other tools count them: non-space tokens
/// deleted or inserted; a moved block counts only for its edits, and, as line and word diffs
/// see it, for all its tokens on both sides (`withMoves`).
func changedTokens(_ redline: Redline) -> (changed: Int, withMoves: Int, movedBlocks: Int) {
    var changed = 0, movedEdits = 0, movedTokens = 0, moved = 0
    func count(_ block: DocumentBlock) -> Int {
        RedlineToken.tokens(of: block).joined().count { $0.kind != .space }
    }
    for block in redline.blocks {
        switch block.change {
        case .unchanged, .movedAway: break
        case .inserted, .deleted: changed += count(block.block)
        case .changed, .moved:
            let edits = block.fields.joined().filter { $0.operation != .equal }.reduce(0) { $0 + $1.tokens.count { $0.kind != .space } }
            changed += edits
            if case .moved = block.change {
                moved += 1
                movedEdits += edits
                movedTokens += count(block.old!.block) + count(block.new!.block)
            }
        }
    }
    return (changed, changed - movedEdits + movedTokens, moved)
}

let options = Options(CommandLine.arguments)
let clock = ContinuousClock()
var baselinePerMB: Double?
print("size      blocks  old tokens  parse ms  diff ms (wall, min)  cpu ms (min)  cpu ms/MB  ×100KB/MB  changed tokens  moved  moves as del+ins")
for sizeKB in options.sizesKB {
    var text = PolicyText(seed: 2026)
    let oldModel = text.document(bytes: sizeKB * 1000)
    let newModel = text.edited(oldModel)
    let oldMarkdown = PolicyText.markdown(oldModel, oneParagraph: options.oneParagraph)
    let newMarkdown = PolicyText.markdown(newModel, oneParagraph: options.oneParagraph)
    let parseStart = clock.now
    let old = parse(oldMarkdown), new = parse(newMarkdown)
    let parseTime = milliseconds(clock.now - parseStart)

    var best = Double.infinity, bestCPU = Double.infinity
    var redline = Redline(old: [], new: [])
    // More runs of the small sizes, whose times the machine's noise moves most.
    let runs = sizeKB <= 200 ? options.runs * 4 : sizeKB >= 2000 ? max(2, options.runs / 2) : options.runs
    for _ in 0..<max(1, runs) {
        let start = clock.now, startCPU = threadCPUMilliseconds()
        let result = Redline(old: old, new: new)
        bestCPU = min(bestCPU, threadCPUMilliseconds() - startCPU)
        best = min(best, milliseconds(clock.now - start))
        // The previous result is freed here, outside the timing.
        redline = result
    }
    let megabytes = Double(oldMarkdown.utf8.count) / 1_000_000
    let perMB = bestCPU / megabytes
    if baselinePerMB == nil { baselinePerMB = perMB }
    let oldTokens = old.reduce(0) { $0 + RedlineToken.tokens(of: $1).joined().count { $0.kind != .space } }
    let (changed, withMoves, moved) = changedTokens(redline)
    print(String(format: "%5d KB  %6d  %10d  %8.1f  %19.1f  %12.1f  %9.1f  %9.2f  %7d (%.1f%%)  %5d  %15d",
                 sizeKB, old.count, oldTokens, parseTime, best, bestCPU, perMB, perMB / baselinePerMB!,
                 changed, 100 * Double(changed) / Double(oldTokens), moved, withMoves))

    if let directory = options.writeDirectory {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        func plain(_ blocks: [DocumentBlock]) -> String { blocks.map(\.plainText).joined(separator: "\n") + "\n" }
        for (name, contents) in [("old.md", oldMarkdown), ("new.md", newMarkdown), ("old.txt", plain(old)), ("new.txt", plain(new))] {
            try contents.write(toFile: "\(directory)/\(sizeKB)KB-\(name)", atomically: true, encoding: .utf8)
        }
    }
}
