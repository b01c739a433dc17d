import Benchmark
import Markdown
import SafeHTML

/// `MarkdownRenderer.render`: one body through cmark-gfm to HTML, with heading ids, the
/// table of contents, the blocks a redline compares and the links the checks read.
func markdownBenchmarks() {
    Benchmark("Markdown render, one 23 KB policy") { benchmark in
        let body = BenchmarkInputs.policyBody
        benchmark.startMeasurement()
        blackHole(BenchmarkInputs.render(body))
    }
}

/// `html: safe`: the same bodies with the HTML policies use (a `<sup>` or `<br>` every few
/// paragraphs, `<abbr>`, a `<details>` block), sanitized by libxml2 with cmark's output; and a
/// body ten times as long, for the ratio that shows the cost linear in the size.
func safeHTMLBenchmarks() {
    Benchmark("Markdown render, one 23 KB policy with inline HTML") { benchmark in
        let body = BenchmarkInputs.policyBodyWithHTML
        benchmark.startMeasurement()
        blackHole(BenchmarkInputs.render(body))
    }
    Benchmark("Markdown render, one 230 KB policy with inline HTML") { benchmark in
        let body = BenchmarkInputs.longPolicyBodyWithHTML
        benchmark.startMeasurement()
        blackHole(BenchmarkInputs.render(body))
    }
    Benchmark("Markdown render, one 230 KB policy without HTML") { benchmark in
        let body = BenchmarkInputs.longPolicyBody
        benchmark.startMeasurement()
        blackHole(BenchmarkInputs.render(body))
    }
}

/// The sanitizer on hostile HTML: elements nested deep, then end tags that close none of them,
/// which libxml2 alone handles in time growing with the square of the size.
func hostileHTMLBenchmarks() {
    for count in [20_000, 40_000] {
        Benchmark("HTML sanitizer, \(count) nested tags and \(count) stray end tags") { benchmark in
            var document = MixedHTML()
            document.appendAuthored((String(repeating: "<span>", count: count) + String(repeating: "</div>", count: count)).utf8)
            benchmark.startMeasurement()
            blackHole(HTMLSanitizer.sanitize(document))
        }
    }
}
