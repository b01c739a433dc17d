import Benchmark
import Diff

/// `Redline(old:new:)`: the block alignment, move detection and word-level diff of two
/// versions, at three sizes to show that the time grows linearly, and once with all the
/// text in one paragraph. The result is freed outside the measurement.
func redlineBenchmarks() {
    let pairs: [(name: String, iterations: Int, pair: @Sendable () -> EditedPair)] = [
        ("100 KB", 200, { EditedPair.kb100 }),
        ("1 MB", 40, { EditedPair.mb1 }),
        ("4 MB", 10, { EditedPair.mb4 }),
        ("1 MB, one paragraph", 10, { EditedPair.mb1OneParagraph }),
    ]
    for (name, iterations, pair) in pairs {
        Benchmark("Redline \(name), 5 % edited",
                  configuration: .init(metrics: EngineMetrics.standard + [EngineMetrics.changedTokensPerMille],
                                       maxDuration: .seconds(10), maxIterations: iterations)) { benchmark in
            let pair = pair()
            benchmark.startMeasurement()
            let redline = Redline(old: pair.old, new: pair.new)
            benchmark.stopMeasurement()
            benchmark.measurement(EngineMetrics.changedTokensPerMille, pair.changedTokensPerMille(redline))
            blackHole(redline)
        }
    }
}
