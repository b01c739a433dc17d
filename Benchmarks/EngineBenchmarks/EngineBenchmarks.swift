// The engine's hot paths, measured with ordo-one/benchmark on generated inputs (no file of
// the repository or of ../shared is read):
//
//   swift package benchmark --target EngineBenchmarks
//   swift package benchmark --target EngineBenchmarks --filter "Redline.*"
//
// docs/performance.md says what each benchmark measures and how to compare two runs.

import Benchmark

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: EngineMetrics.standard, timeUnits: .microseconds,
                                           maxDuration: .seconds(2))
    frontMatterBenchmarks()
    markdownBenchmarks()
    safeHTMLBenchmarks()
    hostileHTMLBenchmarks()
    outlineBenchmarks()
    redlineBenchmarks()
    templateBenchmarks()
    siteBuildBenchmarks()
}
