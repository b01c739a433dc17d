import Dispatch
import Synchronization

/// A value worked out on another thread from when it is made, for a stage that needs it later:
/// what only the end of a build needs (the record's bytes), or only its pages (what a recycled
/// site holds), is made while the stages before it run.
public final class BackgroundValue<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let done = DispatchGroup()

    public init(_ make: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async { [self] in
            let made = make()
            value.withLock { $0 = made }
            done.leave()
        }
    }

    /// The value, once it is made.
    public func wait() -> Value {
        done.wait()
        return value.withLock { $0! }
    }
}
