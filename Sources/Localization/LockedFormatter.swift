import Foundation
import Synchronization

/// Foundation's formatters are not Sendable; each is owned by one box and only used behind
/// its lock, so a format can be shared by concurrent renders.
final class LockedFormatter<Value: Formatter>: Sendable {
    private let formatter: Mutex<Value>
    /// Strings the formatter wrote, by the whole number they are of (`withFormatter(keeping:)`).
    private let kept = Mutex<[Int: String]>([:])

    init(_ formatter: sending Value) { self.formatter = Mutex(formatter) }

    func withFormatter<Result: Sendable>(_ body: (inout sending Value) -> Result) -> Result {
        formatter.withLock { body(&$0) }
    }

    /// The string `body` writes of `key`, written once: a formatter's output is a function of
    /// what it is given.
    func withFormatter(keeping key: Int, _ body: (inout sending Value) -> String) -> String {
        if let known = kept.withLock({ $0[key] }) { return known }
        let made = formatter.withLock { body(&$0) }
        kept.withLock { $0[key] = made }
        return made
    }
}
