import Benchmark
import Markdown

/// `MarkdownRenderer.render`: one body through cmark-gfm to HTML, with heading ids, the
/// table of contents, the blocks a redline compares and the links the checks read.
func markdownBenchmarks() {
    Benchmark("Markdown render, one 23 KB policy") { benchmark in
        let body = BenchmarkInputs.policyBody
        benchmark.startMeasurement()
        blackHole(BenchmarkInputs.render(body))
    }
}
