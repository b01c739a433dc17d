import Benchmark
import Content
import Diagnostics

/// `SourceText.checked` and `FrontMatterParser.parse`: one content file's bytes checked, its
/// YAML block read and validated, and the body made, as `ContentLoader` does for every file.
func frontMatterBenchmarks() {
    Benchmark("Front-matter, one 23 KB content file", configuration: EngineMetrics.thousandTimes) { benchmark in
        let bytes = Array(BenchmarkInputs.policyFile.utf8)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var diagnostics: [Diagnostic] = []
            guard case .success(let source) = SourceText.checked(bytes, path: "content/privacy/v1/en.md") else {
                fatalError("the benchmark file breaks SourceText's rules")
            }
            blackHole(FrontMatterParser.parse(source, path: "content/privacy/v1/en.md", diagnostics: &diagnostics))
        }
    }
}
