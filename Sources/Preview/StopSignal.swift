import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C (SIGINT) or SIGTERM, taken as a request to stop: the preview then removes its
/// private folder before the process ends. A second Ctrl-C ends the process at once.
public enum StopSignal {
    /// Returns when one of the signals arrives; returns early if the task is cancelled.
    public static func wait() async {
        let (signals, continuation) = AsyncStream<Int32>.makeStream()
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        for await _ in signals { break }
        for source in sources { source.cancel() }
        // From now on the signals act as usual: a second Ctrl-C during clean-up ends the process.
        for number in [SIGINT, SIGTERM] { signal(number, SIG_DFL) }
    }
}
