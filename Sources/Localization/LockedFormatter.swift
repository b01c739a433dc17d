import Foundation
import Synchronization

/// Foundation's formatters are not Sendable; each is owned by one box and only used behind
/// its lock, so a format can be shared by concurrent renders.
final class LockedFormatter<Value: Formatter>: Sendable {
    private let formatter: Mutex<Value>

    init(_ formatter: sending Value) { self.formatter = Mutex(formatter) }

    func withFormatter<Result: Sendable>(_ body: (inout sending Value) -> Result) -> Result {
        formatter.withLock { body(&$0) }
    }
}
