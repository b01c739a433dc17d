import Benchmark
import Content
import Foundation
import Build

/// `SiteBuild.run`: the whole `policygen build` of a small site in one process: load,
/// render, checks, compare pages, templates, and the atomic write of output/.
func siteBuildBenchmarks() {
    Benchmark("Site build, \(SmallSite.documents) documents of 23 KB",
              configuration: .init(maxDuration: .seconds(10), maxIterations: 20,
                                   teardown: { try? FileManager.default.removeItem(at: SmallSite.location) })) { benchmark in
        let options = BuildOptions(source: SmallSite.folder, output: SmallSite.output,
                                   asOf: EffectiveDate(year: 2026, month: 1, day: 1)!)
        benchmark.startMeasurement()
        let outcome = SiteBuild.run(options)
        benchmark.stopMeasurement()
        guard case .built = outcome.status else {
            fatalError("the benchmark site did not build: \(outcome.diagnostics.map(\.message))")
        }
    }
}
