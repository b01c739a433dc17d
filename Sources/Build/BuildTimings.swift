import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a build's time went, stage by stage: wall time, and the processor time of the whole
/// process (both cores), which stays meaningful on a busy machine. Shown by `--profile`.
public struct BuildTimings: Sendable {
    public struct Stage: Sendable {
        public var name: String
        public var wallSeconds: Double
        public var cpuSeconds: Double
        /// The process's peak resident memory so far, in MiB: which stage reached the peak.
        public var peakMiB: Int
    }

    public private(set) var stages: [Stage] = []

    public init() {}

    /// Runs `body` as the stage `name`.
    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let wallStart = ContinuousClock.now, cpuStart = Self.processorSeconds()
        defer {
            let wall = ContinuousClock.now - wallStart
            stages.append(Stage(name: name, wallSeconds: wall / .seconds(1),
                                cpuSeconds: Self.processorSeconds() - cpuStart, peakMiB: Self.peakMiB()))
        }
        return try body()
    }

    /// The wall time of every stage together, in whole milliseconds: "Wrote 50 pages in 94 ms."
    public var wallMilliseconds: Int {
        Int((stages.reduce(0) { $0 + $1.wallSeconds } * 1000).rounded())
    }

    /// The table `--profile` prints: each stage's wall and processor time and share of the whole.
    public var report: String {
        let totalWall = stages.reduce(0) { $0 + $1.wallSeconds }
        let width = max(5, stages.map(\.name.count).max() ?? 0)
        func row(_ name: String, _ wall: String, _ cpu: String, _ share: String, _ peak: String) -> String {
            name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + wall.leftPadded(9) + "  " + cpu.leftPadded(9)
                + "  " + share.leftPadded(6) + "  " + peak.leftPadded(8)
        }
        var lines = [row("stage", "wall ms", "cpu ms", "share", "peak MiB")]
        for stage in stages {
            lines.append(row(stage.name, Self.milliseconds(stage.wallSeconds), Self.milliseconds(stage.cpuSeconds),
                             totalWall > 0 ? String(format: "%.0f%%", stage.wallSeconds / totalWall * 100) : "-",
                             String(stage.peakMiB)))
        }
        lines.append(row("total", Self.milliseconds(totalWall), Self.milliseconds(stages.reduce(0) { $0 + $1.cpuSeconds }), "",
                         String(stages.last?.peakMiB ?? 0)))
        return lines.joined(separator: "\n")
    }

    /// Tenths of a millisecond: a short text's stages take a few milliseconds, where whole ones
    /// would hide a third of the difference between two of them.
    private static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }

    /// The peak resident set of the process so far (Linux reports kilobytes).
    static func peakMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) / 1024
    }

    /// User and system time of every thread of the process so far.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
