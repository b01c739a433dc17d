import Foundation

/// Runs the `policygen` binary built beside the test bundle.
struct PolicygenCommand {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static var binary: URL {
        // The test bundle and the product are built into the same folder.
        let bundle = Bundle.main.bundleURL
        let folder = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        return folder.appendingPathComponent("policygen")
    }

    /// Runs the binary with `NO_COLOR=1`, or (`noColor: false`) with `NO_COLOR` unset, and any
    /// `extraEnvironment`. Its standard output is a pipe either way, never a terminal.
    static func run(_ arguments: [String], in folder: URL? = nil, noColor: Bool = true,
                    extraEnvironment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor ? "1" : nil
        environment.merge(extraEnvironment) { _, extra in extra }
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting, so a chatty process cannot fill one and stall.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }
}
