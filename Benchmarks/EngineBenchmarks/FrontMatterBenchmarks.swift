import Benchmark
import Content
import Diagnostics

/// `FrontMatterParser.parse`: the YAML block of one content file read and validated, and
/// the body split off, as `ContentLoader` does for every file.
func frontMatterBenchmarks() {
    Benchmark("Front-matter, one 23 KB content file", configuration: EngineMetrics.thousandTimes) { benchmark in
        let file = BenchmarkInputs.policyFile
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var diagnostics: [Diagnostic] = []
            blackHole(FrontMatterParser.parse(file, path: "content/privacy/v1/en.md", diagnostics: &diagnostics))
        }
    }
}
