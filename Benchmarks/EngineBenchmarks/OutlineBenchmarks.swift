import Benchmark
import Outline

/// `HeadingIDs.assign` and `TableOfContents`: the anchor ids of one document's headings
/// (slugs, with suffixes for repeated ones) and their nesting, as the Markdown stage makes
/// them for every document.
func outlineBenchmarks() {
    Benchmark("Heading ids and TOC, one 23 KB policy", configuration: EngineMetrics.thousandTimes) { benchmark in
        let headings = BenchmarkInputs.renderedPolicy.headings
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let ids = HeadingIDs.assign(headings.map { (text: $0.text, customID: nil) })
            let outline = zip(headings, ids).map { heading, id in
                OutlineHeading(level: heading.level, text: heading.text, id: id, isCustomID: false)
            }
            blackHole(TableOfContents(headings: outline, maxLevel: 3))
        }
    }
}
