import Benchmark

/// What every engine benchmark records.
enum EngineMetrics {
    /// Wall clock, CPU (user + system) and the number of heap allocations, per iteration.
    static let standard: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal]

    /// For work of well under a millisecond: a thousand runs per sample, figures shown per
    /// run. getrusage counts CPU time in 10 ms ticks on Linux, so a single run reads 0 or 10 ms.
    static var thousandTimes: Benchmark.Configuration { .init(scalingFactor: .kilo, maxDuration: .seconds(5)) }

    /// Tokens a redline marks as deleted or inserted, per thousand tokens of the old version,
    /// a moved block counting for its edits only: its quality, not its speed. The generated edits
    /// change about 4 % of the tokens in place (about 5 % counting moved paragraphs as deleted
    /// and inserted), so a minimal redline reads about 40.
    static let changedTokensPerMille = BenchmarkMetric.custom("Changed tokens (‰)", polarity: .prefersSmaller,
                                                             useScalingFactor: false)
}
